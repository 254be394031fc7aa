import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { normalise, story } from './story';

test.skip(({ isMobile }) => isMobile, 'the handout is printed once, from the desktop project');

test('the printed handout holds every heading, the sources and the QR code', async ({
	page
}, testInfo) => {
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	// Every graphic in its section's final state, no fixed or sticky parts, no controls.
	for (const section of story.sections)
		await expect(page.locator(`#${section.slug} [data-graphic]`)).toHaveAttribute(
			'data-state',
			section.steps.at(-1)!.id
		);
	const positions = await page.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((element) => element.checkVisibility())
			.map((element) => getComputedStyle(element).position)
	);
	expect(positions).not.toContain('fixed');
	expect(positions).not.toContain('sticky');
	await expect(page.getByRole('button', { name: /Share/ }).first()).toBeHidden();
	await expect(page.locator('.handout-qr svg')).toBeVisible();

	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const file = testInfo.outputPath('handout.pdf');
	writeFileSync(file, pdf);
	const pdfDocument = await getDocument({ data: new Uint8Array(pdf) }).promise;
	let text = '';
	for (let n = 1; n <= pdfDocument.numPages; n++) {
		const content = await (await pdfDocument.getPage(n)).getTextContent();
		text += ' ' + content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
	}
	const flat = normalise(text);
	for (const section of story.sections) expect(flat).toContain(normalise(section.heading));
	for (const source of story.sources) expect(flat).toContain(normalise(source));
	expect(flat).toContain(normalise(story.title));
	// The article is ~14,000 characters with nine drawings: a couple of dozen pages at most.
	expect(pdfDocument.numPages).toBeGreaterThanOrEqual(6);
	expect(pdfDocument.numPages).toBeLessThanOrEqual(30);
	testInfo.annotations.push({ type: 'handout pages', description: String(pdfDocument.numPages) });
	// For looking at: first pages as images, where poppler is installed.
	if (existsSync('/usr/bin/pdftoppm'))
		execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '4', file, testInfo.outputPath('page')]);
});
