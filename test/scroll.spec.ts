import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { drawing, drawingShown, expectShowing, scrollToStep, steps, story } from './story';

test('scrolling through the story activates every step in turn', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).not.toHaveAttribute('data-active-step');
	await scrollToStep(page, steps[0].id);
	await expectShowing(page, steps[0].id);

	// Record every value <html data-active-step> takes while the reader scrolls down in small moves.
	await page.evaluate(() => {
		const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
		new MutationObserver(() => {
			const id = document.documentElement.dataset.activeStep;
			if (id && id !== seen.at(-1)) seen.push(id);
		}).observe(document.documentElement, { attributeFilter: ['data-active-step'] });
	});
	const end = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
	// Moves smaller than any step, each given two frames to be read.
	for (let y = await page.evaluate(() => scrollY); y < end; y += 240) {
		await page.evaluate(
			() =>
				new Promise((done) => {
					window.scrollBy(0, 240);
					requestAnimationFrame(() => requestAnimationFrame(done));
				})
		);
	}
	await expect(page.locator('html')).toHaveAttribute('data-active-step', steps.at(-1)!.id);
	const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
	expect(seen).toEqual(steps.slice(1).map((step) => step.id));
});

test('scrolling back above the first step clears the active step', async ({ page }) => {
	await page.goto('/');
	await scrollToStep(page, steps[1].id);
	await expectShowing(page, steps[1].id);
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(page.locator('html')).not.toHaveAttribute('data-active-step');
});

test('a reload in the middle of the story shows the same step and graphic state', async ({
	page
}) => {
	const middle = 'signal-3';
	await page.goto('/');
	await scrollToStep(page, middle);
	await expectShowing(page, middle);
	await page.reload();
	await expectShowing(page, middle);
	// The graphic shows that step's look, not the opening one: the direct channel is drawn.
	const direct = page.locator('[data-section="what-talks-signal"] [data-el="direct"]');
	await expect(direct).toHaveCSS('opacity', '1');
});

test('the page lays each drawing out a screen ahead of the reader, and shows it from then on', async ({
	page
}) => {
	const shown = (slug: string) => drawingShown(page, slug);
	const first = story.sections[0].slug;
	const last = story.sections.at(-1)!.slug;
	await page.goto('/');
	// Near at load: drawn by the page before the reader does anything. Far: left alone.
	await expect(drawing(page, first)).toHaveAttribute('data-drawn');
	expect(await shown(first)).toBe(true);
	await expect(drawing(page, last)).not.toHaveAttribute('data-drawn');
	expect(await shown(last)).toBe(false);
	await scrollToStep(page, story.sections.at(-1)!.steps[0].id);
	await expect(drawing(page, last)).toHaveAttribute('data-drawn');
	await expect.poll(() => shown(last)).toBe(true);
	await expect(drawing(page, last).locator('> *')).toBeVisible();
});

test('a fast jump to the end and back to the middle ends in the right state', async ({ page }) => {
	await page.goto('/');
	await scrollToStep(page, steps[0].id);
	await expectShowing(page, steps[0].id);
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.waitForTimeout(50);
	await scrollToStep(page, 'both-sides-3');
	await expectShowing(page, 'both-sides-3');
	await expect(page.locator('[data-section="talk-to-both-sides"] [data-el="threat"]')).toHaveCSS(
		'opacity',
		'1'
	);
});

test('the graphic layer is hidden from assistive tech and the step is described in text', async ({
	page
}) => {
	await page.goto('/');
	await scrollToStep(page, 'both-sides-2');
	await expectShowing(page, 'both-sides-2');
	const figure = page.locator('[data-graphic="actors"]').first();
	// The drawing sits in a layer hidden from assistive tech (the svg itself, or the box around it).
	await expect(
		figure.locator('svg').locator('xpath=ancestor-or-self::*[@aria-hidden="true"]')
	).toHaveCount(1);
	await expect(figure.locator('figcaption > .visually-hidden')).toHaveText(
		steps.find((step) => step.id === 'both-sides-2')!.alt
	);
});

test('reduced motion reaches each state at once', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await scrollToStep(page, 'both-sides-1');
	await expectShowing(page, 'both-sides-1');
	// The figure comes to life once the reader engages and its code has arrived (the first scroll).
	await page.waitForLoadState('networkidle');
	await scrollToStep(page, 'both-sides-2');
	// No tween: the channel is fully drawn by the first frame after the step changes.
	await page.waitForFunction(() => document.documentElement.dataset.activeStep === 'both-sides-2');
	await page.waitForTimeout(100);
	await expect(page.locator('[data-graphic="actors"]').first()).toHaveAttribute(
		'data-state',
		'both-sides-2',
		{ timeout: 100 }
	);
});

test('axe finds no violations at the top and mid-story', async ({ page }) => {
	await page.goto('/');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await scrollToStep(page, 'israel-5');
	await expectShowing(page, 'israel-5');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('nothing scrolls sideways at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/');
	for (const id of ['both-sides-1', 'stakes-1', 'israel-5', 'taboo-4']) {
		await scrollToStep(page, id);
		await expectShowing(page, id);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
	}
});

test('the interactive parts come to life on the server’s own markup, without a warning', async ({
	page
}) => {
	const messages: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text());
	});
	page.on('pageerror', (error) => messages.push(error.message));
	await page.goto('/');
	// Tag each island's server-rendered elements before anything is hydrated…
	const islands = await page.evaluate(() => {
		const roots = [...document.querySelectorAll('[data-island]')].flatMap((island) => [
			...island.children
		]);
		for (const root of roots) (root as unknown as { server: boolean }).server = true;
		return roots.length;
	});
	expect(islands).toBeGreaterThan(20);
	// …then read the whole story, which brings every figure to life, and open the menu.
	for (const step of steps) await scrollToStep(page, step.id);
	await expectShowing(page, steps.at(-1)!.id);
	await page.getByText('Sections', { exact: true }).click();
	await expect(page.locator('.toc ol')).toBeVisible();
	// Hydration kept the server's elements (a mismatch would have replaced them) and said nothing.
	const kept = await page.evaluate(
		() =>
			[...document.querySelectorAll('[data-island]')]
				.flatMap((island) => [...island.children])
				.filter((root) => (root as unknown as { server?: boolean }).server).length
	);
	expect(kept).toBe(islands);
	expect(messages).toEqual([]);
});
