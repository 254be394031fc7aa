/** Shared helpers for the e2e specs: the story as the build read it, and ways to move through it. */
import { expect, type Page } from '@playwright/test';
import { loadStory } from '../src/lib/server/content';
import { normalise } from '../src/lib/server/article';

export const story = loadStory();
export const steps = story.sections.flatMap((section) =>
	section.steps.map((step) => ({ ...step, section: section.slug, graphic: section.graphic }))
);
export { normalise };

/** Scroll so a step's top sits well above the trigger line (and the next step's well below it). */
export async function scrollToStep(page: Page, id: string) {
	await page.evaluate((id) => {
		const element = document.querySelector(`[data-step="${id}"]`)!;
		window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - innerHeight * 0.35);
	}, id);
}

/** Wait until the story shows `id`: the active step on <html> and its graphic settled in that state. */
export async function expectShowing(page: Page, id: string) {
	const step = steps.find((s) => s.id === id)!;
	await expect(page.locator('html')).toHaveAttribute('data-active-step', id);
	await expect(page.locator('html')).toHaveAttribute('data-active-section', step.section);
	await expect(page.locator(`[data-section="${step.section}"] [data-graphic]`)).toHaveAttribute(
		'data-state',
		id
	);
}

/** A section's drawing: the box the page (or, with JavaScript off, the browser) lays out near the screen. */
export const drawing = (page: Page, slug: string) =>
	page.locator(`[data-section="${slug}"] [data-graphic] [data-deferred]`);

/** Is the drawing's content rendered (not skipped by content-visibility)? */
export const drawingShown = (page: Page, slug: string) =>
	drawing(page, slug).evaluate((box) => box.firstElementChild!.checkVisibility());
