import { readFileSync } from 'node:fs';
import { createFontStack, type FontMetrics } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import notoSerif from '@capsizecss/metrics/notoSerif';
import roboto from '@capsizecss/metrics/roboto';
import sourceSans3 from '@capsizecss/metrics/sourceSans3';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/lib/styles/fonts.css', 'utf8');
const webfonts = readFileSync('src/lib/styles/webfonts.css', 'utf8');
const tokens = readFileSync('src/lib/styles/tokens.css', 'utf8');

/** The descriptors of the @font-face rule for one family, as written in fonts.css. */
function face(family: string) {
	const rule = css.split('@font-face').find((block) => block.includes(`font-family: '${family}';`));
	if (!rule) throw new Error(`fonts.css has no @font-face for "${family}"`);
	return Object.fromEntries(
		[...rule.matchAll(/([a-z-]+-override|size-adjust):\s*([\d.]+%)/g)].map((m) => [m[1], m[2]])
	);
}

/** capsize's overrides for each fallback of a web font. */
function expected(web: FontMetrics, fallbacks: FontMetrics[]) {
	const faces = createFontStack([web, ...fallbacks]).fontFaces;
	return fallbacks.map((fallback) => {
		const block = faces
			.split('@font-face')
			.find((b) => b.includes(`Fallback: ${fallback.familyName}`))!;
		const values = Object.fromEntries(
			[...block.matchAll(/([a-z-]+-override|size-adjust):\s*([\d.]+%)/g)].map((m) => [m[1], m[2]])
		);
		return { family: `${web.familyName} Fallback: ${fallback.familyName}`, values };
	});
}

describe('fallback fonts', () => {
	const stacks = [
		...expected(sourceSerif4, [timesNewRoman, notoSerif]),
		...expected(sourceSans3, [arial, roboto])
	];

	it.each(stacks)('$family is sized to match its web font', ({ family, values }) => {
		const written = face(family);
		for (const [descriptor, value] of Object.entries(values))
			expect(written[descriptor], descriptor).toBe(value);
	});

	it('sit right after their web font in the font stacks, which name it only on a return visit', () => {
		const stack = (css: string, name: string) => css.match(new RegExp(`--${name}:([^;]+);`))![1];
		expect(stack(tokens, 'fallback-serif')).toMatch(
			/^\s*'Source Serif 4 Fallback: Times New Roman',\s*'Source Serif 4 Fallback: Noto Serif'/
		);
		expect(stack(tokens, 'fallback-sans')).toMatch(
			/^\s*'Source Sans 3 Fallback: Arial',\s*'Source Sans 3 Fallback: Roboto'/
		);
		expect(stack(tokens, 'font-serif').trim()).toBe('var(--fallback-serif)');
		expect(stack(tokens, 'font-sans').trim()).toBe('var(--fallback-sans)');
		expect(stack(webfonts, 'font-serif').trim()).toBe("'Source Serif 4', var(--fallback-serif)");
		expect(stack(webfonts, 'font-sans').trim()).toBe("'Source Sans 3', var(--fallback-sans)");
	});

	it('never swap a web font in after first paint', () => {
		// The page's own CSS declares none (a first visit reads in the faces above); the sheet a return
		// visit gets declares five, never swapped in.
		expect(css).not.toContain('url(');
		const webFaces = webfonts.split('@font-face').filter((rule) => rule.includes('url('));
		expect(webFaces).toHaveLength(5);
		for (const rule of webFaces) expect(rule).toMatch(/font-display: optional;/);
	});
});
