import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { drawingShown, expectShowing, scrollToStep, steps, story } from './story';

test('every request stays on this origin', async ({ page, baseURL }) => {
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(baseURL!) && !/^(data|blob):/.test(url)) elsewhere.push(url);
	});
	await page.goto('/');
	await scrollToStep(page, 'stakes-4');
	await expectShowing(page, 'stakes-4');
	await page.goto('/the-stakes/');
	await page.goto('/notes/');
	await page.waitForLoadState('networkidle');
	expect(elsewhere).toEqual([]);
});

test('the page carries a strict content security policy and runs under it', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.goto('/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("default-src 'self'");
	const scripts = policy!
		.split(';')
		.find((directive) => directive.trim().startsWith('script-src'))!;
	expect(scripts).not.toContain('unsafe-inline');
	await scrollToStep(page, 'both-sides-2');
	await expectShowing(page, 'both-sides-2');
	expect(violations).toEqual([]);
});

test('a first visit asks for no web font; a return visit reads in them from first paint', async ({
	page
}) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') fonts.push(request.url());
	});
	/** The faces the title is drawn with, as the browser reports them. */
	const titleFaces = async () => {
		const cdp = await page.context().newCDPSession(page);
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
		await cdp.send('CSS.enable');
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.map((font) => `${font.familyName}${font.isCustomFont ? ' (web)' : ''}`);
	};
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForLoadState('networkidle');
	expect(fonts).toEqual([]);
	await expect(page.locator('link[data-webfonts]')).toHaveAttribute('disabled');
	expect(await titleFaces()).not.toContainEqual(expect.stringContaining('(web)'));

	// The service worker has cached the fonts with the rest: a return visit reads in them. (Preloaded,
	// an optional face holds first paint back only briefly; on a machine this busy the first return may
	// miss it and read in the platform faces, so visits are repeated until one does.)
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await expect(page.locator('link[data-webfonts]')).not.toHaveAttribute('disabled');
	await expect
		.poll(async () => {
			await page.reload();
			await page.evaluate(() => document.fonts.ready);
			return titleFaces();
		})
		.toEqual([expect.stringMatching(/^Source Serif 4.* \(web\)$/)]);
});

test('after one visit the story, a section page and the notes open offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// Let the service worker take control of this page, then go offline.
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('h1')).toBeVisible();
	await page.goto('/the-stakes/');
	await expect(page.locator('#the-stakes h2')).toBeVisible();
	await expectShowing(page, 'stakes-1');
	await page.goto('/notes/');
	await expect(page.locator('.notes')).toBeVisible();
	await context.setOffline(false);
});

test('should its script never arrive, the browser still shows every section and drawing', async ({
	page
}) => {
	// The page keeps each section and drawing from the browser until its script lays it out.
	await page.route('**/_app/immutable/islands.*.js', (route) => route.abort());
	await page.goto('/');
	for (const section of story.sections) {
		const last = section.steps.at(-1)!.id;
		await page.locator(`[data-step="${last}"]`).scrollIntoViewIfNeeded();
		await expect(page.locator(`[data-step="${last}"]`)).toBeVisible();
		await expect.poll(() => drawingShown(page, section.slug)).toBe(true);
	}
	// No script ran: nothing was laid out by it.
	await expect(page.locator('[data-drawn]')).toHaveCount(0);
});

test('rotating the phone and zooming keep the step and its graphic state', async ({
	page,
	isMobile
}) => {
	test.skip(!isMobile, 'rotation is a phone matter');
	await page.goto('/');
	await scrollToStep(page, 'signal-3');
	await expectShowing(page, 'signal-3');
	await page.setViewportSize({ width: 844, height: 390 });
	await page.waitForTimeout(400);
	await expectShowing(page, 'signal-3');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.waitForTimeout(400);
	await expectShowing(page, 'signal-3');
	// 200% zoom: half the CSS pixels.
	await page.setViewportSize({ width: 195, height: 422 });
	await page.waitForTimeout(400);
	await expectShowing(page, 'signal-3');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(195);
	// The address bar showing and hiding changes only the height: no jump.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.waitForTimeout(400);
	const y = await page.evaluate(() => scrollY);
	await page.setViewportSize({ width: 390, height: 780 });
	await page.waitForTimeout(400);
	expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(2);
	await expectShowing(page, 'signal-3');
});

test('at 200% zoom a quote’s attribution in a graphic is not cut off', async ({
	page,
	isMobile
}) => {
	test.skip(!isMobile, 'a phone at 200% zoom');
	await page.setViewportSize({ width: 195, height: 422 });
	await page.goto('/');
	await scrollToStep(page, 'reasons-2');
	await expectShowing(page, 'reasons-2');
	const said = page.locator('[data-graphic="reasons"] .said');
	await expect(said).toBeVisible();
	// The graphic's box clips what overflows it: the attribution must end inside it.
	const [inside, box] = await said.evaluate((element) => [
		element.getBoundingClientRect().right,
		element.closest('.reasons')!.getBoundingClientRect().right
	]);
	expect(inside).toBeLessThanOrEqual(box + 0.5);
});

test('the contents bar keeps its label clear of its switches down to 160 px wide', async ({
	page,
	isMobile
}) => {
	test.skip(!isMobile, 'phone widths, 320 px at 200% zoom the narrowest');
	await page.goto('/');
	for (const width of [160, 195, 320, 390]) {
		await page.setViewportSize({ width, height: 700 });
		const [label, toggle] = await Promise.all(
			['.toc .label', '.toc .switches'].map((selector) => page.locator(selector).boundingBox())
		);
		expect(label!.x + label!.width, `${width} px`).toBeLessThanOrEqual(toggle!.x);
		expect(toggle!.x + toggle!.width, `${width} px`).toBeLessThanOrEqual(width);
	}
});

test('the reduce-motion toggle skips the animation, and is remembered', async ({ page }) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Reduce motion' });
	// The toggle works once the page has started (it then marks <html> with the motion in force).
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
	await scrollToStep(page, 'both-sides-1');
	await expectShowing(page, 'both-sides-1');
	await scrollToStep(page, 'both-sides-2');
	await expect(page.locator('html')).toHaveAttribute('data-active-step', 'both-sides-2');
	await expect(page.locator('[data-graphic="actors"]').first()).toHaveAttribute(
		'data-state',
		'both-sides-2',
		{ timeout: 150 }
	);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('the system setting turns the toggle on by default', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('step changes are announced once the reader settles, not on every step passed', async ({
	page
}) => {
	await page.goto('/');
	const announcer = page.locator('[data-step-announcer]');
	await scrollToStep(page, 'both-sides-2');
	await scrollToStep(page, 'both-sides-3');
	await scrollToStep(page, 'both-sides-4');
	await expectShowing(page, 'both-sides-4');
	const index = steps.findIndex((step) => step.id === 'both-sides-4');
	await expect(announcer).toHaveText(`Step ${index + 1} of ${steps.length}: ${steps[index].alt}`);
	await expect(announcer).not.toContainText('Step 2 of');
});

test('axe finds no violations in the dark theme, at a step of every section', async ({ page }) => {
	test.slow();
	await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	await page.goto('/');
	const firsts = steps.filter((step, i) => i === 0 || steps[i - 1].section !== step.section);
	for (const step of [...firsts, ...steps.filter((s) => /-3$/.test(s.id))]) {
		await scrollToStep(page, step.id);
		await expectShowing(page, step.id);
		const { violations } = await new AxeBuilder({ page }).include(`#${step.section}`).analyze();
		expect(violations, step.id).toEqual([]);
	}
});
