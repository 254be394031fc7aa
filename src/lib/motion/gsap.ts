/**
 * GSAP, loaded once and only in the browser after first paint, and the one way graphics move:
 * from whatever is on screen to a target look (see Look), instantly under reduced motion.
 */
import type { Look, Props } from './look';

export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
// gsap.matchMedia runs its function only while one of the conditions matches: name both cases.
const FULL_MOTION = '(prefers-reduced-motion: no-preference)';
const DURATION = 0.6; // seconds; matches --duration in tokens.css
const STAGGER = 0.04;

type Gsap = typeof import('gsap').gsap;
let loading: Promise<Gsap> | undefined;
export const loadGsap = () => (loading ??= import('gsap').then((module) => module.gsap));

const vars = (props: Props) => ({
	...(props.opacity !== undefined && { opacity: props.opacity }),
	...(props.draw !== undefined && { strokeDashoffset: 1 - props.draw })
});

export interface Animator {
	/** Move to `look`, then report `id` as reached. `instant` skips the tween (first paint, jumps). */
	show(id: string, look: Look, instant?: boolean): void;
	destroy(): void;
}

/**
 * Drives the elements of `root` that carry `data-el="<key>"` for each key of a Look. Runs inside
 * gsap.matchMedia (scoped to root, so revert() cleans up), which re-applies the current look at once
 * when the reduced-motion preference changes.
 */
export function createAnimator(root: Element, onsettle: (id: string) => void): Animator {
	let current: { id: string; look: Look } | undefined;
	let play: ((instant: boolean) => void) | undefined;
	let revert: (() => void) | undefined;
	let destroyed = false;

	loadGsap().then((gsap) => {
		if (destroyed) return;
		const mm = gsap.matchMedia(root);
		revert = () => mm.revert();
		mm.add({ reduce: REDUCED_MOTION, full: FULL_MOTION }, (context) => {
			const reduce = Boolean(context.conditions?.reduce);
			let timeline: gsap.core.Timeline | undefined;
			let shown: Look = {};
			play = (instant) =>
				context.add(() => {
					if (!current) return;
					const { id, look } = current;
					timeline?.kill();
					if (instant || reduce) {
						for (const [key, props] of Object.entries(look))
							gsap.set(root.querySelectorAll(`[data-el="${key}"]`), vars(props));
						shown = look;
						onsettle(id);
						return;
					}
					timeline = gsap.timeline({ onComplete: () => onsettle(id) });
					let order = 0;
					for (const [key, props] of Object.entries(look)) {
						const changed = JSON.stringify(shown[key]) !== JSON.stringify(props);
						const targets = root.querySelectorAll(`[data-el="${key}"]`);
						if (!changed || targets.length === 0) continue;
						timeline.to(
							targets,
							{ ...vars(props), duration: DURATION, ease: 'power2.out' },
							order++ * STAGGER
						);
					}
					shown = look;
					if (order === 0) onsettle(id);
				});
			play(true);
			return () => timeline?.kill();
		});
	});

	return {
		show(id, look, instant = false) {
			current = { id, look };
			play?.(instant);
		},
		destroy() {
			destroyed = true;
			revert?.();
		}
	};
}
