import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectShowing, scrollToStep, steps } from './story';

/** What a graphic draws now: every animated element's opacity and dash offset, and its canvas pixels. */
async function drawn(page: Page, section: string): Promise<string> {
	return page.locator(`[data-section="${section}"] [data-graphic]`).evaluate((graphic) => {
		const parts = [...graphic.querySelectorAll<HTMLElement>('[data-el]')].map((element) => {
			const style = getComputedStyle(element);
			return `${element.dataset.el}:${Number(style.opacity).toFixed(2)}:${style.strokeDashoffset}`;
		});
		for (const canvas of graphic.querySelectorAll('canvas')) {
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let sum = 0;
			for (let i = 3; i < data.length; i += 4) sum += data[i];
			parts.push(`canvas:${sum}`);
		}
		return parts.join('|');
	});
}

test('every step brings its graphic to that state, and each step changes what is drawn', async ({
	page
}) => {
	test.setTimeout(120_000); // every step, each waited on until its tween ends
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	let previous: { section: string; drawing: string } | undefined;
	for (const step of steps) {
		await scrollToStep(page, step.id);
		await expectShowing(page, step.id);
		const drawing = await drawn(page, step.section);
		if (previous?.section === step.section)
			expect(drawing, `${step.id} draws the same as the step before it`).not.toBe(previous.drawing);
		previous = { section: step.section, drawing };
	}
	expect(errors).toEqual([]);
});

test('the last stakes step fills with its scroll progress, and only that step follows it', async ({
	page
}) => {
	const last = steps.filter((step) => step.section === 'the-stakes').at(-1)!;
	await page.goto('/');
	await scrollToStep(page, last.id);
	await expectShowing(page, last.id);
	// The step's top just past the trigger line: nothing of the 9,500 drawn yet.
	const trigger = () =>
		page.evaluate(() => (innerWidth < 896 ? Math.round(innerHeight * 0.72) : innerHeight / 2));
	const placeAt = async (share: number) => {
		const y = await trigger();
		await page.evaluate(
			({ id, y, share }) => {
				const box = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect();
				// A whole pixel, so the same share lands on the same point from above and from below
				// (a pixel is some twenty marks of the 9,500).
				window.scrollTo(0, Math.round(scrollY + box.top - y + box.height * share));
			},
			{ id: last.id, y, share }
		);
		await page.waitForTimeout(900);
		return drawn(page, 'the-stakes');
	};
	const start = await placeAt(0.02);
	const later = await placeAt(0.3);
	expect(later).not.toBe(start);
	// Only the change is drawn as the fill follows the scroll: the same point reached back from further
	// on (marks cleared, not drawn) shows the same marks.
	expect(await placeAt(0.6)).not.toBe(later);
	expect(await placeAt(0.3), 'the fill, scrolled back to the same point').toBe(later);
	expect(
		await page
			.locator('[data-step]')
			.evaluateAll((all) =>
				all
					.filter((s) => 'progress' in (s as HTMLElement).dataset)
					.map((s) => (s as HTMLElement).dataset.step)
			)
	).toEqual(steps.filter((step) => step.section === 'the-stakes').map((step) => step.id));
});

test('axe finds no violations at any step', async ({ page }) => {
	// Thirty-odd full axe runs: ≈ 40 s on an idle machine, more than twice that on a busy CI one.
	test.setTimeout(240_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	for (const step of steps) {
		await scrollToStep(page, step.id);
		await expectShowing(page, step.id);
		const { violations } = await new AxeBuilder({ page }).include(`#${step.section}`).analyze();
		expect(violations, step.id).toEqual([]);
	}
});

test('reduced motion reaches every state without tweening', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	for (const step of steps) {
		await scrollToStep(page, step.id);
		await expect(page.locator('html')).toHaveAttribute('data-active-step', step.id);
		// A figure comes to life as it nears the screen (its code may still be loading at the story's
		// first steps); once alive, it reaches each step's state within a couple of frames, far shorter
		// than any tween.
		const figure = page.locator(`[data-section="${step.section}"] [data-graphic]`);
		await expect(figure).toHaveAttribute('data-live', '');
		await expect(figure).toHaveAttribute('data-state', step.id, { timeout: 150 });
	}
});

test('a fast jump top → bottom → middle ends in the state of the step in view', async ({
	page
}) => {
	await page.goto('/');
	await scrollToStep(page, steps[0].id);
	await expectShowing(page, steps[0].id);
	const middle = steps[Math.floor(steps.length / 2)];
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.waitForTimeout(30);
	await scrollToStep(page, middle.id);
	await expectShowing(page, middle.id);
	// Settled means settled: the drawing no longer changes.
	const once = await drawn(page, middle.section);
	await page.waitForTimeout(900);
	expect(await drawn(page, middle.section)).toBe(once);
});
