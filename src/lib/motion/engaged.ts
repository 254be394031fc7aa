/**
 * Resolves when the reader first engages with the page (scrolls, touches, clicks, presses a key) or after
 * a few idle seconds, whichever comes first: the moment to fetch the scroll engine and GSAP, so neither
 * costs anything before the page is first usable.
 */
import { nextTask } from '$lib/tasks';

const EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
const IDLE_MS = 4000;

let engaged: Promise<void> | undefined;

/**
 * Each caller's continuation runs in a task of its own: what waits on engagement (the scroll engine,
 * GSAP, the presenter, the figures' code) would otherwise all run inside the reader's first scroll
 * event, one long task on a slow phone.
 */
export function whenEngaged(): Promise<void> {
	return engagement().then(nextTask);
}

function engagement(): Promise<void> {
	return (engaged ??= new Promise((done) => {
		const go = () => {
			for (const type of EVENTS) removeEventListener(type, go, true);
			clearTimeout(timer);
			done();
		};
		for (const type of EVENTS) addEventListener(type, go, { capture: true, passive: true });
		const timer = setTimeout(go, IDLE_MS);
	}));
}
