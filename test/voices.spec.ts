/** Who is speaking: the switch and its labels, the who-said-what page, slides and presenter notes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectShowing, story } from './story';

const toggle = (page: Page) => page.getByRole('button', { name: 'Who is speaking' });
/** The label before the first paragraph of a step. */
const label = (page: Page, step: string, voice: string) =>
	page.locator(`[data-step="${step}"] .card [data-voice="${voice}"]`).first();

test('the switch shows each passage’s voice, is off at first, and is remembered', async ({
	page
}) => {
	await page.goto('/#signal-2');
	await expectShowing(page, 'signal-2');
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	await expect(label(page, 'signal-2', 'abu-obaida')).toBeHidden();

	await toggle(page).click();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(label(page, 'signal-2', 'abu-obaida')).toBeVisible();
	await expect(label(page, 'signal-2', 'abu-obaida')).toHaveText(/^Abu Obaida/);
	await expect(label(page, 'signal-2', 'article')).toBeVisible();
	// The step's note beside the graphic names its voice the same way.
	await expect(
		page.locator('[data-section="what-talks-signal"] figcaption [data-voice]')
	).toHaveText([/^The article/]);

	await page.reload();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(label(page, 'signal-2', 'abu-obaida')).toBeVisible();
	await toggle(page).click();
	await expect(label(page, 'signal-2', 'abu-obaida')).toBeHidden();
	await page.reload();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	await expect(label(page, 'signal-2', 'abu-obaida')).toBeHidden();
});

test('a voice label leads to its voice on the who-said-what page', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('who-is-speaking', 'on'));
	await page.goto('/#reversal-3');
	await expectShowing(page, 'reversal-3');
	await label(page, 'reversal-3', 'tibon').click();
	await expect(page).toHaveURL(/\/who-said-what\/#tibon$/);
	await expect(page.locator('#tibon h2')).toHaveText('Amir Tibon');
	await expect(page.locator('#tibon li')).toHaveCount(1);
});

test('a who-said-what line opens the story at its step, in state', async ({ page }) => {
	await page.goto('/who-said-what/');
	await expect(page.locator('[data-voice-section]')).toHaveCount(story.voices.length);
	await page.locator('#ziad [data-step-link="signal-5"]').first().click();
	await expect(page).toHaveURL(/\/#signal-5$/);
	await expectShowing(page, 'signal-5');
	await expect(page.locator('[data-step="signal-5"]')).toBeInViewport();
});

test('the Sections menu links to who said what', async ({ page }) => {
	await page.goto('/');
	await page.locator('.toc summary').click();
	await page.getByRole('link', { name: 'Who said what' }).click();
	await expect(page).toHaveURL(/\/who-said-what\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who said what');
});

test('axe finds no violations with the labels shown, nor on the who-said-what page', async ({
	page
}) => {
	await page.goto('/#israel-3');
	await expectShowing(page, 'israel-3');
	await toggle(page).click();
	await expect(label(page, 'israel-3', 'israeli-source')).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.goto('/who-said-what/');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('each slide shows who is speaking, and the notes window lists the step’s voices', async ({
	context,
	isMobile
}) => {
	test.skip(isMobile, 'presentation mode is tested at 1280×720');
	const deck = await context.newPage();
	await deck.goto('/?present#signal-3');
	await expect(deck.locator('html')).toHaveAttribute('data-mode', 'present');
	await expect(deck.locator('html')).toHaveAttribute('data-active-step', 'signal-3');
	// Shown whatever the reader's switch says (it is off here).
	await expect(deck.locator('.present .text [data-voice="hamas-source"]')).toHaveCount(3);
	await expect(deck.locator('.present .text [data-voice="hamas-source"]').first()).toBeVisible();

	const notes = await context.newPage();
	await notes.goto('/notes/');
	await expect(notes.locator('[data-notes-step]')).toHaveAttribute('data-notes-step', 'signal-3');
	await expect(notes.locator('[data-notes-voices] [data-voice]')).toHaveText([
		/^a source from Hamas/
	]);
	await notes.getByRole('button', { name: 'Next →' }).click();
	await expect(deck.locator('html')).toHaveAttribute('data-active-step', 'signal-4');
	await expect(notes.locator('[data-notes-voices] [data-voice]')).toHaveText([/^Saeed Ziad/]);
	await expect(deck.locator('.present .text [data-voice="ziad"]')).toHaveCount(3);
});

test('on the narrowest screens the switch is in the Sections menu', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'phone widths');
	await page.setViewportSize({ width: 195, height: 700 });
	await page.goto('/#signal-2');
	await expectShowing(page, 'signal-2');
	await expect(toggle(page)).toBeHidden();
	await page.locator('.toc summary').click();
	await toggle(page).click();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(label(page, 'signal-2', 'abu-obaida')).toBeVisible();
});

test('a graphic’s quote cards name their voice the same way', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('who-is-speaking', 'on'));
	await page.goto('/#threat-5');
	await expectShowing(page, 'threat-5');
	const cards = page.locator('[data-section="trumps-threat"] [data-graphic] [data-voice="trump"]');
	await expect(cards.last()).toBeVisible();
	await expect(cards.last()).toHaveAttribute('data-kind', 'person');
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	await toggle(page).click();
	await expect(cards.last()).toBeHidden();
});
