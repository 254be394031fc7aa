/**
 * The story pages' only script. The page is server HTML, readable and in its opening state as it
 * arrives; this brings its interactive parts to life as separate Svelte roots ("islands"), each
 * hydrated in a task of its own so no one task holds the main thread for long:
 * - at once: the scroll engine (a deep link is opened before anything else), the menu, the share buttons;
 * - each section's figure as it nears the screen, once the reader engages (its graphics' code loads then);
 * - the presenter when the reader first engages (a key pressed before it arrives is replayed to it),
 *   or at once for `?present`;
 * - for a student's `?follow=<room>` link only, the code that follows the class (src/lib/classroom).
 * Their props come from the page's JSON (see $lib/islands/data).
 */
import { hydrate, type Component } from 'svelte';
import ShareButton from '$lib/components/ShareButton.svelte';
import Toc from '$lib/components/Toc.svelte';
import { WHO_SAID_WHAT } from '$lib/content/voices';
import { whenEngaged } from '$lib/motion/engaged';
import { motion } from '$lib/motion/gsap';
import { startEngine } from '$lib/scrolly/engine.svelte';
import { commandFor } from '$lib/state/channel';
import { StoryPosition } from '$lib/state/position.svelte';
import { showVoices, voicesOn } from '$lib/state/voices';
import { nextTask } from '$lib/tasks';
import { storyFromPage } from './data';

// Svelte's hydration markers (svelte/src/constants.js: HYDRATION_START, HYDRATION_END).
const HYDRATION_START = '[';
const HYDRATION_END = ']';

const element = <T extends Element = HTMLElement>(
	selector: string,
	root: ParentNode = document
) => {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`islands: the page has no ${selector}`);
	return found;
};

/**
 * Hydrates a component the server rendered alone inside `target`, as part of the page. Svelte finds a
 * root's server HTML between the markers its own render() puts around a whole page; a component
 * rendered within the page is instead followed by an empty comment (its anchor). The markers are put
 * in here: one before, and the anchor turned into the end.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as svelte's own hydrate() types it
function hydrateIsland<Props extends Record<string, any>>(
	component: Component<Props>,
	target: HTMLElement,
	props: Props
) {
	const anchor = target.lastChild;
	if (!(anchor instanceof Comment) || anchor.data !== '')
		throw new Error(`islands: ${target.dataset.island} is not one component's server HTML`);
	anchor.data = HYDRATION_END;
	target.prepend(document.createComment(HYDRATION_START));
	hydrate(component, { target, props });
}

/** Runs `work` in a task of its own, after the islands asked for before it (one failing stops no other). */
let queue = Promise.resolve();
const later = (work: () => void) =>
	(queue = queue.then(
		() =>
			new Promise<void>((done) =>
				setTimeout(() => {
					try {
						work();
					} finally {
						done();
					}
				})
			)
	));

// A follow link's key is in its #fragment, which the page replaces with the reader's section. Its code
// (and the broker's) is asked for at once: a student who joins late lands on the class's step sooner.
const followHash = new URLSearchParams(location.search).has('follow') ? location.hash : null;
const following = followHash === null ? null : import('$lib/classroom/follow');

// The voice labels the reader left on, before first paint where the script is here by then.
showVoices(voicesOn());

// The page is right as it arrives (a section page is rendered in its section's state): nothing here is
// needed for its first paint, so none of it runs before. What follows at once runs in three tasks
// (the story read from the page; the engine; the rest): on a 4×-throttled phone, one was 55–125 ms.
await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

const { data, story } = storyFromPage(document);
const position = new StoryPosition(story.sections, data.start ?? undefined);
const ui = $state({ presenting: false });

const announcer = element('[data-announcer]');
const announce = (message: string) => (announcer.textContent = message);

await nextTask();
startEngine(element('[data-story]'), position);
await nextTask();

// Offline after one visit (src/service-worker.ts). The worker sits at the site's root, where this
// script's _app/ folder is. Registered once the page has loaded, in a task of its own (6–25 ms on a
// 4×-throttled phone), so it never competes with the page.
if ('serviceWorker' in navigator) {
	const worker = import.meta.url.replace(/_app\/.*$/, 'service-worker.js');
	const register = () => later(() => navigator.serviceWorker.register(worker));
	if (document.readyState === 'complete') register();
	else addEventListener('load', register);
}

$effect.root(() => {
	// Step changes are announced once the reader settles on a step, not on every step a fast scroll
	// passes: "Step k of n: what the graphic shows".
	const stepAnnouncer = element('[data-step-announcer]');
	const steps = story.sections.flatMap((section) => section.steps);
	$effect(() => {
		const index = position.order.findIndex((ref) => ref.id === position.step);
		if (index === -1) return;
		const message = `Step ${index + 1} of ${position.order.length}: ${steps[index].alt}`;
		const timer = setTimeout(() => (stepAnnouncer.textContent = message), 800);
		return () => clearTimeout(timer);
	});
});

following?.then(({ follow }) => follow(position, followHash!));

// The presenter: loaded once, on the first key, menu button, engagement or `?present`.
let presenter: Promise<void> | undefined;
const loadPresenter = () =>
	(presenter ??= import('$lib/components/Presenter.svelte').then(({ default: Presenter }) =>
		later(() => {
			removeEventListener('keydown', early);
			hydrateIsland(Presenter, element('[data-island="presenter"]'), {
				story,
				position,
				share: { url: `${data.origin}/`, qr: data.qr },
				get presenting() {
					return ui.presenting;
				},
				set presenting(value) {
					ui.presenting = value;
				}
			});
		})
	));
// A presentation key pressed before the presenter is here is handed to it once it is.
function early(event: KeyboardEvent) {
	if (!commandFor(event)) return;
	const target = event.target ?? window;
	loadPresenter().then(() => target.dispatchEvent(new KeyboardEvent('keydown', event)));
}
addEventListener('keydown', early);
if (new URLSearchParams(location.search).has('present')) loadPresenter();
else whenEngaged().then(loadPresenter);

// Each section's figure comes to life as it nears the screen.
let figureCode: Promise<typeof import('$lib/components/SectionFigure.svelte')> | undefined;
const loadFigures = () => (figureCode ??= import('$lib/components/SectionFigure.svelte'));
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not state
const waiting = new Map<Element, (typeof story.sections)[number]>();
const hydrateFigure = (figure: HTMLElement) => {
	const section = waiting.get(figure);
	if (!section) return;
	waiting.delete(figure);
	nearing.unobserve(figure);
	loadFigures().then(({ default: SectionFigure }) =>
		later(() => {
			hydrateIsland(SectionFigure, figure, {
				section,
				copy: story.graphics[section.graphic],
				position,
				onsettle: (step) => (figure.dataset.state = step)
			});
			// From here on the figure follows the steps (until now it showed its server drawing).
			figure.dataset.live = '';
		})
	);
};
const nearing = new IntersectionObserver(
	(entries) => {
		for (const entry of entries)
			if (entry.isIntersecting) hydrateFigure(entry.target as HTMLElement);
	},
	{ rootMargin: '0px 0px 25% 0px' }
);

for (const section of story.sections) {
	const root = element(`[data-section="${section.slug}"]`);
	later(() =>
		hydrateIsland(ShareButton, element('[data-island="share"]', root), {
			title: story.title,
			heading: section.heading,
			url: `${data.origin}/${section.slug}/`,
			announce
		})
	);
	waiting.set(element('[data-island="figure"]', root), section);
}
// The menu after the share buttons: the first island pays for the runtime's first use (≈ 40 ms on a
// 4×-throttled phone), and a share button is the smallest to pay it with.
later(() =>
	hydrateIsland(Toc, element('[data-island="toc"]'), {
		sections: story.sections,
		position,
		onpresent: () => loadPresenter().then(() => (ui.presenting = true)),
		// At the site's root, where this script's _app/ folder is, whatever path the site is served under.
		voicesPage: import.meta.url.replace(/_app\/.*$/, `${WHO_SAID_WHAT}/`)
	})
);

// The graphics' code is the largest part of the page's script: it comes once the reader engages
// (the figures are drawn in their opening state without it).
whenEngaged().then(() => {
	loadFigures();
	for (const figure of waiting.keys()) nearing.observe(figure);
});

// The printed handout shows every graphic in its section's final state, drawn at once: every figure
// not yet alive is brought to life for it.
{
	const print = matchMedia('print');
	const set = (printing: boolean) => {
		motion.instant = printing;
		position.printing = printing;
		if (printing) for (const figure of [...waiting.keys()]) hydrateFigure(figure as HTMLElement);
	};
	set(print.matches);
	addEventListener('beforeprint', () => set(true));
	addEventListener('afterprint', () => set(false));
	print.addEventListener('change', () => set(print.matches));
}
