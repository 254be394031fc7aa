/**
 * The scroll engine: the only place that knows scrollama. Owns the story's single scrollama instance over
 * every `[data-step]` inside `root`, writes the active step and its progress into `position`, marks the
 * active card, and mirrors them on <html> as data-active-section / data-active-step. It also carries out
 * jumps (deep links, back/forward, `position.go()`): engine paused, scroll set, state applied directly,
 * heading focused. The address bar's hash follows the active section. `/?debug` shows scrollama's
 * trigger overlay.
 */
import { untrack } from 'svelte';
import type { StoryPosition } from '$lib/state/position.svelte';
import { whenEngaged } from '$lib/motion/engaged';
import { nextTask } from '$lib/tasks';
import { layOut, layOutAhead } from './ahead';
import { activeIndex, resolveTarget, stepProgress } from '$lib/state/steps';
import type { ScrollamaInstance, ScrollamaOptions } from 'scrollama';

// scrollama's bundled types lag its API: offsets may be "123px", and offset() changes them later.
type Offset = string | number;
interface Scroller extends Omit<ScrollamaInstance, 'setup'> {
	setup(options: Omit<ScrollamaOptions, 'offset'> & { offset: Offset }): Scroller;
	offset(value: Offset): Scroller;
}

/** Phones use a pixel trigger line below the sticky graphic (stable while the address bar moves). */
const PHONE = '(max-width: 55.99rem)';
const triggerOffset = () =>
	matchMedia(PHONE).matches ? `${Math.round(innerHeight * 0.72)}px` : 0.5;
const triggerY = (offset: Offset) =>
	typeof offset === 'number' ? innerHeight * offset : parseFloat(offset);
const hashTarget = () => decodeURIComponent(location.hash.slice(1));

/**
 * The page has no SvelteKit router (see src/lib/islands): the address changes through the History API
 * itself, keeping whatever state the browser holds.
 */
const replaceAddress = (url: string) => history.replaceState(history.state, '', url);
/** Keeps the reader's step in the history entry, for a reload or a return to it. */
const keepStep = (step: string | null) => history.replaceState({ ...history.state, step }, '');

/** Starts the engine over the steps inside `root`, for the life of the page. */
export function startEngine(root: HTMLElement, position: StoryPosition) {
	let scroller: Scroller | undefined;
	let offset = triggerOffset();
	let jumping = false;
	// The last jump's target, held until the reader scrolls: fonts arriving or the browser's own
	// fragment scroll at load can move the page after it, and it is then put back.
	let anchor: string | null = null;
	let frame = 0;
	let resizeTimer: ReturnType<typeof setTimeout> | undefined;
	const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
	const sectionOf = new Map(steps.map((step) => [step, step.closest('section') ?? step]));

	// Scrollama fires skipped steps out of order when landing mid-page or jumping; read the answer
	// off the layout instead, once per frame at most.
	const sync = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			if (jumping || position.locked) return;
			const y = triggerY(offset);
			// A section the line does not cross is read as one box: its steps are all above the line or all
			// below, and reading only its box leaves its text unlaid-out while it is off screen (see
			// StorySection: content-visibility).
			const boxes = steps.map((step) => {
				const section = sectionOf.get(step)!.getBoundingClientRect();
				return section.top <= y && section.bottom > y ? step.getBoundingClientRect() : section;
			});
			const index = activeIndex(
				boxes.map((box) => box.top),
				y
			);
			const id = index === -1 ? null : (steps[index].dataset.step ?? null);
			if (id !== position.step) {
				position.step = id;
				// Landing mid-step (a jump, a reload) reports no progress until the next scroll.
				position.progress =
					index === -1 ? 0 : stepProgress(boxes[index].top, boxes[index].height, y);
			}
		});
	};

	// Open a section (its first step) or a step at once: the engine is paused so no step in between
	// plays, the step's top is put just past the trigger line, and the graphics apply the state directly.
	const jump = (target: string | null, focus = true): boolean => {
		const found = resolveTarget(position.order, target);
		if (!found) return false;
		const step = steps.find((element) => element.dataset.step === found.step);
		const section = step?.closest('section');
		if (!step || !section) return false;
		anchor = target;
		jumping = true;
		scroller?.disable();
		// Sections off screen are not laid out (content-visibility, see StorySection), and one never drawn
		// holds an estimated height: a jump lays them all out, so the step lands where it is, and they stay
		// so until the reader moves on (as the anchor below).
		document.documentElement.dataset.landing = '';
		const heading = section.querySelector('h2');
		// The step's top just past the trigger line, so the layout agrees with the state we set; for a
		// section's first step that leaves its heading in view above the graphic.
		const top = step.getBoundingClientRect().top - triggerY(offset) + 2;
		window.scrollTo({ top: window.scrollY + top, behavior: 'instant' });
		position.step = found.step;
		position.progress = 0;
		keepStep(found.step);
		if (focus) heading?.focus({ preventScroll: true });
		requestAnimationFrame(() => {
			jumping = false;
			scroller?.enable();
			sync();
		});
		return true;
	};

	const start = async () => {
		const { default: scrollama } = await import('scrollama');
		// Its setup reads every step's box, which would lay out all the sections not yet drawn in one
		// task: lay out every deferred box first (the sections and their drawings), one task each.
		for (const box of root.querySelectorAll<HTMLElement>('[data-deferred]:not([data-drawn])')) {
			await nextTask();
			layOut(box);
		}
		scroller = scrollama() as unknown as Scroller;
		scroller
			.setup({
				step: steps,
				offset,
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
				debug: new URLSearchParams(location.search).has('debug')
			})
			.onStepEnter(sync)
			.onStepExit(sync);
		sync();
	};

	// A graphic that follows the step's scroll progress (its steps carry data-progress) gets it read
	// off the layout once a frame while one of its steps is active. (Scrollama's own progress mode
	// watches every step with hundreds of intersection thresholds: profiled as the largest script
	// cost of scrolling on a slow phone.)
	let progressFrame = 0;
	const onScroll = () => {
		if (progressFrame) return;
		progressFrame = requestAnimationFrame(() => {
			progressFrame = 0;
			const step = steps.find((element) => element.dataset.step === position.step);
			if (jumping || position.locked || step?.dataset.progress === undefined) return;
			const box = step.getBoundingClientRect();
			position.progress = stepProgress(box.top, box.height, triggerY(offset));
		});
	};

	// Rotation and zoom reflow the page under the reader: hold the step they were on and put it back
	// once the size settles. A height-only change (the phone's address bar) just moves the trigger.
	let width = innerWidth;
	let held: string | null = null;
	const onResize = () => {
		if (innerWidth !== width && held === null && position.step) {
			held = position.step;
			jumping = true;
		}
		clearTimeout(resizeTimer);
		resizeTimer = setTimeout(() => {
			width = innerWidth;
			offset = triggerOffset();
			scroller?.offset(offset);
			jumping = false;
			if (held) jump(held, false);
			else sync();
			held = null;
		}, 150);
	};
	// Back/forward between deep links, or a link to a #slug on this page.
	const onHashChange = () => jump(hashTarget());
	const reanchor = () => requestAnimationFrame(() => anchor && jump(anchor, false));
	const release = () => {
		anchor = null;
		delete document.documentElement.dataset.landing;
	};
	const input = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
	for (const type of input) addEventListener(type, release, { passive: true });
	addEventListener('load', reanchor);
	document.fonts?.ready.then(reanchor);

	// A deep link (#section, #step, or a section page) opens in its state before anything else runs.
	// On reload or back/forward the reader returns to the step they were on (kept in the history entry,
	// below), held there until they move. The browser's own restoration is in pixels, and the page above
	// can lay out differently on a second visit (the web fonts arrive for it): Chromium corrected for
	// that, then now and then re-applied the old offset late in the load, a step off.
	const navigation = performance.getEntriesByType('navigation')[0] as
		PerformanceNavigationTiming | undefined;
	const restored = navigation?.type === 'reload' || navigation?.type === 'back_forward';
	// A reload before this script had run (no step kept yet) opens the address as a first visit does.
	const kept: string | null | undefined = restored ? history.state?.step : undefined;
	const target = kept !== undefined ? kept : hashTarget() || untrack(() => position.step);
	if (!(target && jump(target, !restored))) sync();
	// Between sections no step crosses the trigger line, so a jump landing there fires no scrollama
	// event: read the layout once more when scrolling ends.
	addEventListener('scrollend', sync);
	addEventListener('scroll', onScroll, { passive: true });
	addEventListener('hashchange', onHashChange);
	addEventListener('resize', onResize);
	visualViewport?.addEventListener('resize', onResize);
	layOutAhead(root);
	// Load the engine once the reader engages (or after a few idle seconds): the text is readable, and
	// the state right, before any of it arrives — `scrollend` and jumps work without it.
	whenEngaged().then(start);
	$effect.root(() => {
		// Controls ask for jumps through the position.
		$effect(() => {
			const request = position.request;
			if (!request) return;
			untrack(() => {
				position.request = null;
				if (jump(request.target)) replaceAddress(`#${request.target}`);
			});
		});

		$effect(() => {
			for (const step of steps)
				step.classList.toggle('active', step.dataset.step === position.step);
			const html = document.documentElement;
			if (position.step && position.section) {
				html.dataset.activeStep = position.step;
				html.dataset.activeSection = position.section;
			} else {
				delete html.dataset.activeStep;
				delete html.dataset.activeSection;
			}
		});

		// The history entry keeps the reader's step (at once after a jump; past fast scrolling here).
		$effect(() => {
			const step = position.step;
			const timer = setTimeout(() => keepStep(step), 400);
			return () => clearTimeout(timer);
		});

		// The address follows the reader: #<section> for the active section (a #step link inside it stays
		// as it is), replaced rather than pushed so no history piles up; debounced past fast scrolling.
		$effect(() => {
			const section = position.section;
			const address = location.href;
			const timer = setTimeout(() => {
				// The address moved on its own meanwhile (a #link, back/forward): its jump is on the way.
				if (location.href !== address) return;
				const current = resolveTarget(position.order, hashTarget());
				if (section === null ? !location.hash : current?.section === section) return;
				// A section page at its own section needs no hash.
				if (!location.hash && section === position.start) return;
				replaceAddress(section ? `#${section}` : location.pathname + location.search);
			}, 400);
			return () => clearTimeout(timer);
		});
	});
}
