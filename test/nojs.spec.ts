import { expect, test } from '@playwright/test';
import { drawing, drawingShown, normalise, story } from './story';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the whole text, every heading, the drawings and the sources are there', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('h1')).toHaveText(story.title);
	for (const section of story.sections) {
		await expect(page.locator(`section#${section.slug} h2`)).toHaveText(section.heading);
	}
	// Each step's card holds its paragraphs (read from the DOM: sections off screen are not rendered
	// until the reader nears them, so innerText would leave them out).
	for (const section of story.sections)
		for (const step of section.steps) {
			const card = page.locator(`[data-step="${step.id}"] .card`);
			await expect(card).toBeVisible();
			const text = normalise((await card.textContent()) ?? '');
			for (const paragraph of step.paragraphs) expect(text).toContain(normalise(paragraph));
		}
	// Each drawing is drawn as the reader nears it: by the browser here (with scripts on, by the page).
	for (const section of story.sections) {
		const box = drawing(page, section.slug);
		await box.scrollIntoViewIfNeeded();
		await expect(box.locator('> *')).toBeVisible();
		expect(await drawingShown(page, section.slug)).toBe(true);
	}
	for (const source of story.sources)
		await expect(page.getByText(source, { exact: true })).toBeVisible();
	// Readable: reading text at 17 px or more.
	const size = await page
		.locator('[data-step] p')
		.first()
		.evaluate((p) => getComputedStyle(p).fontSize);
	expect(parseFloat(size)).toBeGreaterThanOrEqual(17);
});
