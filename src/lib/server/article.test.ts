import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise, parseArticle } from './article';

describe('parseArticle', () => {
	const article = parseArticle(readFileSync('content/source/article.txt', 'utf8'));

	it('splits the source into title, dek, 60 paragraphs, subheads and 7 sources', () => {
		expect(article.title).toBe("Washington's First Direct Talks with Hamas: A Shift in Strategy?");
		expect(article.dek).toBe('The first historic meeting signals recognition of Hamas.');
		expect(article.paragraphs).toHaveLength(60);
		expect(article.subheads).toEqual([
			'Direct Implications',
			"Trump's Threat",
			'Behind the Negotiations'
		]);
		expect(article.sources).toHaveLength(7);
		expect(article.sources[0]).toBe(
			"Trump says Ukraine willing to negotiate, Russia 'ready for peace'"
		);
	});

	it('reads a small article', () => {
		const small = parseArticle(
			'Title\n\nDek.\nFirst paragraph.\nA Subhead\nSecond “quoted” one.\nSources\n- A\n- B\n'
		);
		expect(small).toEqual({
			title: 'Title',
			dek: 'Dek.',
			paragraphs: ['First paragraph.', 'Second “quoted” one.'],
			subheads: ['A Subhead'],
			sources: ['A', 'B']
		});
	});
});

describe('normalise', () => {
	it('straightens typographic quotes and collapses whitespace only', () => {
		expect(normalise('  “It’s”\u00a0 here ')).toBe(`"It's" here`);
		expect(normalise('Rubio')).not.toBe(normalise('Rubia'));
	});
});
