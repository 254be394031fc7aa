import { expect, test } from '@playwright/test';
import { drawingShown, expectShowing, scrollToStep, steps, story } from './story';

const sections = story.sections;

test('each section page opens at its section, heading in view, graphic in that state', async ({
	page
}) => {
	for (const section of sections) {
		await page.goto(`/${section.slug}/`);
		await expectShowing(page, section.steps[0].id);
		await expect(page.locator(`#${section.slug} h2`)).toBeInViewport();
		await expect(page.locator(`#${section.slug} h2`)).toBeFocused();
	}
});

test('#section and #step links open there, without playing the steps in between', async ({
	page
}) => {
	const seen: string[] = [];
	await page.exposeFunction('seen', (id: string) => seen.push(id));
	await page.addInitScript(() => {
		// Every step the page shows, from the first (which may be set before DOMContentLoaded).
		addEventListener('DOMContentLoaded', () => {
			const report = () => {
				const id = document.documentElement.dataset.activeStep;
				if (id) (window as unknown as { seen: (id: string) => void }).seen(id);
			};
			report();
			new MutationObserver(report).observe(document.documentElement, {
				attributeFilter: ['data-active-step']
			});
		});
	});
	await page.goto('/#why-threaten');
	await expectShowing(page, 'reasons-1');
	await expect(page.locator('#why-threaten h2')).toBeInViewport();
	expect(seen).toEqual(['reasons-1']);

	await page.goto('/#deals-4');
	// Reloaded once the page has opened the link (reloading within the same task as the hash change
	// raced its hashchange event: the history entry still held the step before).
	await expectShowing(page, 'deals-4');
	await page.reload();
	await expectShowing(page, 'deals-4');
	await expect(page.locator('[data-step="deals-4"]')).toBeInViewport();
});

test('a #section link shows its drawing with the page, before any script runs', async ({
	page
}) => {
	// The page's script never arrives: the browser draws the linked section's drawing all the same
	// (other drawings wait for the script to lay them out, src/lib/scrolly/ahead.ts).
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.goto('/#why-threaten');
	await expect(page.locator('#why-threaten h2')).toBeInViewport();
	expect(await drawingShown(page, 'why-threaten')).toBe(true);
	expect(await drawingShown(page, sections[0].slug)).toBe(false);
});

test('an unknown link falls back to the top without errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/#no-such-section');
	await page.waitForTimeout(500);
	await expect(page.locator('h1')).toBeInViewport();
	await expect(page.locator('html')).not.toHaveAttribute('data-active-step');
	expect(errors).toEqual([]);
});

test('the hash follows the reader without adding history entries', async ({ page }) => {
	await page.goto('/');
	const before = await page.evaluate(() => history.length);
	for (const id of ['both-sides-2', 'stakes-1', 'signal-2']) {
		await scrollToStep(page, id);
		await expectShowing(page, id);
	}
	const section = steps.find((step) => step.id === 'signal-2')!.section;
	await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${section}`);
	expect(await page.evaluate(() => history.length)).toBe(before);
});

test('back and forward move between two deep links in their states', async ({ page }) => {
	await page.goto('/#the-stakes');
	await expectShowing(page, 'stakes-1');
	await page.goto('/#a-taboo-broken');
	await expectShowing(page, 'taboo-1');
	await page.goBack();
	await expectShowing(page, 'stakes-1');
	await page.goForward();
	await expectShowing(page, 'taboo-1');
});

test('without a share sheet, share copies the section link and says so', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'canShare', { value: undefined });
	});
	await page.goto('/the-stakes/');
	await page.locator('#the-stakes').getByRole('button', { name: /Share/ }).click();
	await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^https?:\/\/[^/]+\/the-stakes\/$/);
});

test('the table of contents jumps to a section and marks the current one', async ({ page }) => {
	await page.goto('/');
	const toc = page.getByRole('navigation', { name: 'Sections' });
	await toc.getByText('Sections', { exact: true }).click();
	await toc.getByRole('link', { name: /Two deals, as sources describe them/ }).click();
	await expectShowing(page, 'deals-1');
	await expect(page.locator('#behind-the-negotiations h2')).toBeInViewport();
	await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute(
		'href',
		'#behind-the-negotiations'
	);
	await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
});
