/**
 * The one way a graphic wires itself to the animator: an attachment on its root element that shows the
 * current step's look — at once the first time (the server already drew the first look; a deep link or
 * reload may land elsewhere), then through GSAP on every step change — and cleans up on unmount.
 */
import type { Attachment } from 'svelte/attachments';
import { createAnimator } from './gsap';
import type { Look } from './look';

export function animateLooks(
	look: (step: string) => Look,
	step: () => string,
	onsettle: (step: string) => void
): Attachment<Element> {
	return (root) => {
		const animator = createAnimator(root, (id) => onsettle(id));
		let first = true;
		$effect(() => {
			const id = step();
			animator.show(id, look(id), first);
			first = false;
		});
		return () => animator.destroy();
	};
}
