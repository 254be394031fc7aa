/**
 * GSAP, loaded once and only in the browser after first paint, and the one way graphics move:
 * from whatever is on screen to a target look (see Look), instantly under reduced motion.
 */
import { whenEngaged } from './engaged';
import { propsOf, styleProps, type Look, type Props } from './look';

export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
// gsap.matchMedia runs its function only while one of the conditions matches: name both cases.
const FULL_MOTION = '(prefers-reduced-motion: no-preference)';
const DURATION = 0.6; // seconds; matches --duration in tokens.css
const STAGGER = 0.04;

/**
 * `instant` is set while printing (the page prints in its final state); `reduce` is the reader's own
 * "reduce motion" choice in the page, on top of the system setting that gsap.matchMedia follows.
 */
export const motion = { instant: false, reduce: false };
export const MOTION_KEY = 'reduce-motion';

// GSAP's core only: looks are numbers (opacity, how much of a path is drawn) tweened on plain objects
// and written as inline styles by styleProps, so the CSS plugin (≈ 7.5 KB gzip) is not needed.
type Gsap = typeof import('gsap/gsap-core').gsap;
let loading: Promise<Gsap> | undefined;
export const loadGsap = () =>
	(loading ??= whenEngaged()
		.then(() => import('gsap/gsap-core'))
		.then((module) => module.gsap));

export interface Animator {
	/**
	 * Move to `look`, then report `id` as reached. `instant` skips the tween (first paint, jumps);
	 * so does reduced motion, and so does a change that comes before GSAP has loaded.
	 */
	show(id: string, look: Look, instant?: boolean): void;
	destroy(): void;
}

/**
 * Drives the elements of `root` that carry `data-el="<key>"` for each key of a Look. Tweens run in a
 * gsap.matchMedia context scoped to root (its revert() cleans up); when the reduced-motion preference
 * changes, the context is rebuilt and the current look re-applied at once.
 */
export function createAnimator(root: Element, onsettle: (id: string) => void): Animator {
	let current: { id: string; look: Look } | undefined;
	let shown: Look = {};
	let timeline: ReturnType<Gsap['timeline']> | undefined;
	let tween: ((id: string, look: Look) => void) | undefined;
	let revert: (() => void) | undefined;
	let destroyed = false;

	const targets = (key: string) =>
		root.querySelectorAll<HTMLElement | SVGElement>(`[data-el="${key}"]`);
	const write = (elements: Iterable<HTMLElement | SVGElement>, props: Props) => {
		for (const element of elements) Object.assign(element.style, styleProps(props));
	};
	// Instant changes need no library: write the same inline styles the server rendered.
	const applyNow = (id: string, look: Look) => {
		timeline?.kill();
		for (const [key, props] of Object.entries(look)) write(targets(key), props);
		shown = look;
		onsettle(id);
	};

	loadGsap().then((gsap) => {
		if (destroyed) return;
		const mm = gsap.matchMedia(root);
		revert = () => mm.revert();
		mm.add({ reduce: REDUCED_MOTION, full: FULL_MOTION }, (context) => {
			const reduce = Boolean(context.conditions?.reduce);
			tween = reduce
				? undefined
				: (id, look) =>
						context.add(() => {
							// Interrupted mid-way, elements sit between looks: move every one, not just the
							// ones whose target changed.
							if (timeline && timeline.progress() < 1) shown = {};
							timeline?.kill();
							timeline = gsap.timeline({ onComplete: () => onsettle(id) });
							let order = 0;
							for (const [key, props] of Object.entries(look)) {
								if (JSON.stringify(shown[key]) === JSON.stringify(props)) continue;
								const elements = targets(key);
								if (elements.length === 0) continue;
								// From what is on screen (an interrupted tween leaves it mid-way) to the target.
								const now = propsOf(elements[0], props);
								timeline.to(
									now,
									{
										...props,
										duration: DURATION,
										ease: 'power2.out',
										onUpdate: () => write(elements, now)
									},
									order++ * STAGGER
								);
							}
							shown = look;
							if (order === 0) onsettle(id);
						});
			if (current) applyNow(current.id, current.look);
			return () => timeline?.kill();
		});
	});

	// Only what the reader can see moves; a graphic off screen (a section passed in a jump) just takes
	// its new look. Watched, not measured: reading its box in show() laid out the whole page mid-update
	// (traced at 100–150 ms on a 4×-throttled phone).
	let seen = false;
	const visibility = new IntersectionObserver(([entry]) => (seen = entry.isIntersecting));
	visibility.observe(root);

	return {
		show(id, look, instant = false) {
			current = { id, look };
			if (instant || motion.instant || motion.reduce || !tween || !seen) applyNow(id, look);
			else tween(id, look);
		},
		destroy() {
			destroyed = true;
			visibility.disconnect();
			timeline?.kill();
			revert?.();
		}
	};
}
