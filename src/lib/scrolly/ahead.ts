/**
 * Laying out ahead of the reader. The boxes marked data-deferred — each section (StorySection) and each
 * section's drawing (SectionFigure) — are not laid out while away from the screen (content-visibility).
 * Left to the browser, a box is laid out in the rendering frame in which it comes near, and a section
 * comes near with its drawing: at load that frame held the first section's text and drawing together
 * (≈ 100 ms on a 4×-throttled phone). Here each box is laid out in a task of its own, a screen before
 * it is needed; a box, which the browser leaves alone while scripts run (StorySection, SectionFigure),
 * is shown from then on.
 */

/** Lays out a deferred box now (in the caller's task), and marks it drawn. */
export function layOut(box: HTMLElement) {
	box.dataset.drawn = '';
	void (box.firstElementChild as HTMLElement | null)?.offsetHeight;
}

/** Lays out each deferred box inside `root` as it comes within a screen of the viewport, a task each. */
export function layOutAhead(root: ParentNode) {
	const near = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				near.unobserve(entry.target);
				setTimeout(() => layOut(entry.target as HTMLElement));
			}
		},
		{ rootMargin: '100% 0px' }
	);
	for (const box of root.querySelectorAll<HTMLElement>('[data-deferred]')) near.observe(box);
}
