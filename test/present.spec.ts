import { expect, test, type Page } from '@playwright/test';
import { expectShowing, scrollToStep, steps } from './story';

// Presentation mode is for a 16:9 projector.
test.use({ viewport: { width: 1280, height: 720 } });
test.skip(({ isMobile }) => isMobile, 'presentation mode is tested at 1280×720');

const html = (page: Page) => page.locator('html');

/** Open a URL in presentation mode and wait until it is running. */
async function present(page: Page, url = '/?present') {
	await page.goto(url);
	if (url.includes('#')) await page.reload();
	await expect(html(page)).toHaveAttribute('data-mode', 'present');
}
const slide = (page: Page) => page.locator('.present [data-graphic]');

async function expectSlide(page: Page, id: string) {
	const index = steps.findIndex((step) => step.id === id);
	await expect(html(page)).toHaveAttribute('data-active-step', id);
	await expect(page.locator('[data-counter]')).toHaveText(`${index + 1} / ${steps.length}`);
	await expect(slide(page)).toHaveAttribute('data-state', id);
}

test('p enters at the reader’s step; Escape leaves at the step shown', async ({ page }) => {
	await page.goto('/');
	await scrollToStep(page, 'stakes-2');
	await expectShowing(page, 'stakes-2');
	await page.keyboard.press('p');
	await expect(html(page)).toHaveAttribute('data-mode', 'present');
	await expectSlide(page, 'stakes-2');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expectSlide(page, 'stakes-4');
	await page.keyboard.press('Escape');
	await expect(html(page)).not.toHaveAttribute('data-mode');
	await expectShowing(page, 'stakes-4');
	await expect(page.locator('[data-step="stakes-4"]')).toBeInViewport();
});

test('the first key the page gets can be p: it presents, though the presenter loads only then', async ({
	page
}) => {
	await page.goto('/');
	// The page's script is running (the menu is alive); nothing has engaged it yet.
	await expect(html(page)).toHaveAttribute('data-motion', 'full');
	expect(await page.evaluate(() => document.querySelector('.present'))).toBeNull();
	await page.keyboard.press('p');
	await expect(html(page)).toHaveAttribute('data-mode', 'present');
	await expect(page.locator('.present h1')).toBeVisible();
});

test('the menu’s Present button starts presenting at the reader’s step', async ({ page }) => {
	await page.goto('/');
	await scrollToStep(page, 'deals-2');
	await expectShowing(page, 'deals-2');
	await page.getByText('Sections', { exact: true }).click();
	await page.getByRole('button', { name: /^Present/ }).click();
	await expect(html(page)).toHaveAttribute('data-mode', 'present');
	await expectSlide(page, 'deals-2');
});

test('?present opens on the title with the QR code; ?present#step starts at that step', async ({
	page
}) => {
	await present(page);
	await expect(page.locator('.present h1')).toBeVisible();
	await expect(page.locator('.present .qr svg')).toBeVisible();
	await present(page, '/?present#deals-2');
	await expectSlide(page, 'deals-2');
});

test('PageDown walks every step in order, PageUp walks back; Home and End', async ({ page }) => {
	test.setTimeout(120_000);
	await present(page);
	// A long step's text may take more than one press (it turns in pages), never a skipped step.
	const press = async (key: string, id: string) => {
		for (let i = 0; i < 6 && (await html(page).getAttribute('data-active-step')) !== id; i++)
			await page.keyboard.press(key);
		await expect(html(page)).toHaveAttribute('data-active-step', id);
	};
	for (const step of steps) await press('PageDown', step.id);
	await expectSlide(page, steps.at(-1)!.id);
	for (const step of [...steps].reverse().slice(1)) await press('PageUp', step.id);
	await page.keyboard.press('End');
	await expectSlide(page, steps.at(-1)!.id);
	await page.keyboard.press('Home');
	await expectSlide(page, steps[0].id);
});

test('a step too long for the slide turns in pages before the next step', async ({ page }) => {
	const longest = steps.reduce((a, b) =>
		(b.paragraphs.join(' ') + (b.caption ?? '')).length >
		(a.paragraphs.join(' ') + (a.caption ?? '')).length
			? b
			: a
	);
	const index = steps.indexOf(longest);
	await present(page, `/?present#${longest.id}`);
	await expectSlide(page, longest.id);
	const text = page.locator('.present .text');
	const box = () =>
		text.evaluate((el) => ({ top: el.scrollTop, room: el.clientHeight, height: el.scrollHeight }));
	const first = await box();
	expect(first.height, 'the longest step overflows its slide at 1280×720').toBeGreaterThan(
		first.room
	);
	await expect(page.locator('[data-more-text]')).toBeVisible();
	// Next shows the rest of the text, then the next step.
	let pages = 0;
	for (let now = first; now.top + now.room < now.height - 1; now = await box()) {
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, longest.id);
		pages++;
		expect(pages).toBeLessThan(6);
	}
	expect(pages).toBeGreaterThan(0);
	await expect(page.locator('[data-more-text]')).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, steps[index + 1].id);
	// Back to the long step: it starts at its top; back again pages nowhere and leaves it.
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, longest.id);
	expect((await box()).top).toBe(0);
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, steps[index - 1].id);
});

test('the step text is projector size and the section is named', async ({ page }) => {
	await present(page, '/?present#both-sides-2');
	await expectSlide(page, 'both-sides-2');
	const size = await page
		.locator('.present .text p')
		.first()
		.evaluate((p) => getComputedStyle(p).fontSize);
	expect(parseFloat(size)).toBeGreaterThanOrEqual(32);
	await expect(page.locator('.present .bar')).toContainText('Talking to both sides');
});

test('b and . black out and back; f asks for fullscreen without errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await present(page);
	await page.keyboard.press('b');
	await expect(html(page)).toHaveAttribute('data-blackout');
	await expect(page.locator('.blackout')).toBeVisible();
	await page.keyboard.press('b');
	await expect(html(page)).not.toHaveAttribute('data-blackout');
	await page.keyboard.press('.');
	await expect(html(page)).toHaveAttribute('data-blackout');
	await page.keyboard.press('.');
	await expect(html(page)).not.toHaveAttribute('data-blackout');
	await page.keyboard.press('f');
	await page.waitForTimeout(300);
	expect(errors).toEqual([]);
});

test('g opens the step grid; it jumps to the third step; Escape closes it first', async ({
	page
}) => {
	await present(page);
	await page.keyboard.press('g');
	const grid = page.locator('[data-step-grid]');
	await expect(grid).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(grid).toBeHidden();
	await expect(html(page)).toHaveAttribute('data-mode', 'present');
	await page.keyboard.press('g');
	await grid.getByRole('button', { name: '3', exact: true }).click();
	await expect(grid).toBeHidden();
	await expectSlide(page, steps[2].id);
	// Keyboard-usable too: Tab to a step and press Enter.
	await page.keyboard.press('g');
	await grid.getByRole('button', { name: '5', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expectSlide(page, steps[4].id);
});

test('holding the key down ends in the right state', async ({ page }) => {
	await present(page);
	for (let i = 0; i < 20; i++) await page.keyboard.press('PageDown', { delay: 0 });
	// Where 20 presses land (long steps take more than one): well into the story.
	const target = (await html(page).getAttribute('data-active-step'))!;
	expect(steps.findIndex((step) => step.id === target)).toBeGreaterThan(12);
	await expectSlide(page, target);
	const drawn = () =>
		slide(page).evaluate((graphic) =>
			[...graphic.querySelectorAll<HTMLElement>('[data-el]')]
				.map((element) => `${element.dataset.el}:${getComputedStyle(element).opacity}`)
				.join('|')
		);
	const fast = await drawn();
	await present(page, `/?present#${target}`);
	await expectSlide(page, target);
	expect(fast).toBe(await drawn());
});

test('the notes window and the presented story stay in sync both ways', async ({ context }) => {
	const story = await context.newPage();
	await present(story);
	const notes = await context.newPage();
	await notes.goto('/notes/');
	await expect(notes.locator('[data-connected="true"]')).toBeVisible();
	await expect(notes.locator('[data-notes-counter]')).toHaveText(`Title / ${steps.length}`);

	await story.bringToFront();
	await story.keyboard.press('PageDown');
	await expect(notes.locator('[data-notes-step]')).toHaveAttribute('data-notes-step', steps[0].id);
	await expect(notes.locator('[data-notes-counter]')).toHaveText(`1 / ${steps.length}`);
	await expect(notes.locator('.now')).toContainText(steps[0].paragraphs[0].slice(0, 40));
	await expect(notes.locator('.next')).toContainText(steps[1].paragraphs[0].slice(0, 30));

	await notes.getByRole('button', { name: 'Next →' }).click();
	await expect(html(story)).toHaveAttribute('data-active-step', steps[1].id);
	await notes.getByRole('button', { name: '← Previous' }).click();
	await expect(html(story)).toHaveAttribute('data-active-step', steps[0].id);
	await expect(notes.locator('[data-clock]')).toHaveText(/^\d\d:\d\d$/);
});

test('n opens the presenter notes', async ({ page, context }) => {
	await present(page);
	const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
	await notes.waitForLoadState();
	expect(new URL(notes.url()).pathname).toBe('/notes/');
});

test('while reading, → and ← step through the story', async ({ page }) => {
	await page.goto('/');
	await scrollToStep(page, 'deals-2');
	await expectShowing(page, 'deals-2');
	await page.mouse.click(5, 300);
	await page.keyboard.press('ArrowRight');
	await expectShowing(page, 'deals-3');
	await page.keyboard.press('ArrowLeft');
	await expectShowing(page, 'deals-2');
});
