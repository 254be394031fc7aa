import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalise, parseArticle } from './article';
import { describe, expect, it } from 'vitest';
import { ContentError, loadStory, parseGraphicCopy, parseStory, STORY_FILE } from './content';

const article = readFileSync('content/source/article.txt', 'utf8');

const minimal = (sections: string, extra = '') => `eyebrow: E
title: T
dek: D
credit: C
description: Desc
${extra}
[sections]
${sections}
[]
[sources]
* One
[]
`;

const section = (slug: string, steps: string, fields = 'heading: H\nsummary: S\ngraphic: actors') =>
	`slug: ${slug}\n${fields}\n[.steps]\n${steps}\n[]\n`;
const step = (id: string, body = '[.paragraphs]\n* A paragraph.\n[]') =>
	`id: ${id}\nalt: Alt.\n${body}\n`;

/** The error a bad story raises, checked to be a ContentError. */
function errorOf(source: string, withArticle?: string): string {
	try {
		parseStory(source, STORY_FILE, withArticle);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as Error).message;
	}
	throw new Error('expected the story to be rejected');
}

describe('the real story', () => {
	const story = loadStory();

	it('has the article title, dek and at least 8 sections in order', () => {
		expect(story.title).toBe("Washington's First Direct Talks with Hamas: A Shift in Strategy?");
		expect(story.dek).toBe('The first historic meeting signals recognition of Hamas.');
		expect(story.sections.length).toBeGreaterThanOrEqual(8);
		expect(story.sections[0].slug).toBe('talk-to-both-sides');
	});

	it('carries all 60 body paragraphs and the 7 sources', () => {
		const paragraphs = story.sections.flatMap((s) => s.steps.flatMap((step) => step.paragraphs));
		expect(paragraphs).toHaveLength(60);
		expect(paragraphs[0]).toMatch(/^“It's time to stop this madness/);
		expect(paragraphs.at(-1)).toMatch(/Taliban/);
		expect(story.sources).toHaveLength(7);
	});

	it('gives every step a text alternative', () => {
		for (const s of story.sections)
			for (const st of s.steps) expect(st.alt.length).toBeGreaterThan(20);
	});
});

describe('valid minimal content', () => {
	it('parses into a typed story with defaults', () => {
		const story = parseStory(
			minimal(
				section('one', step('one-1')) +
					section(
						'two',
						step('two-1', 'caption: A note.'),
						'heading: H2\nsummary: S2\ngraphic: stakes'
					)
			)
		);
		expect(story.sections.map((s) => s.slug)).toEqual(['one', 'two']);
		expect(story.sections[1].steps[0]).toMatchObject({
			id: 'two-1',
			paragraphs: [],
			caption: 'A note.'
		});
	});
});

describe('bad content is a clear error naming file, section, step and field', () => {
	it('a missing field', () => {
		expect(errorOf(minimal(section('one', 'id: one-1\n[.paragraphs]\n* P.\n[]')))).toBe(
			'content/story.aml: section "one" › step "one-1" › alt: is missing'
		);
	});

	it('a missing top-level field', () => {
		expect(errorOf(minimal(section('one', step('one-1'))).replace('dek: D\n', ''))).toBe(
			'content/story.aml: dek: is missing'
		);
	});

	it('a misspelled field', () => {
		expect(errorOf(minimal(section('one', step('one-1'), 'headng: H\ngraphic: actors')))).toBe(
			'content/story.aml: section "one": unknown field "headng" (misspelled?)'
		);
	});

	it('an unknown field on a step', () => {
		expect(errorOf(minimal(section('one', step('one-1') + 'captoin: x\n')))).toBe(
			'content/story.aml: section "one" › step "one-1": unknown field "captoin" (misspelled?)'
		);
	});

	it('an unknown graphic', () => {
		expect(
			errorOf(minimal(section('one', step('one-1'), 'heading: H\nsummary: S\ngraphic: pie')))
		).toBe(
			'content/story.aml: section "one" › graphic: must be one of: actors, whiplash, stakes, deals, reasons, taboo'
		);
	});

	it('a duplicate slug', () => {
		expect(errorOf(minimal(section('one', step('one-1')) + section('one', step('one-2'))))).toBe(
			'content/story.aml: section "one" › slug: is a duplicate'
		);
	});

	it('a duplicate step id', () => {
		expect(errorOf(minimal(section('one', step('one-1')) + section('two', step('one-1'))))).toBe(
			'content/story.aml: section "two" › step "one-1" › id: is a duplicate'
		);
	});

	it('an empty step', () => {
		expect(errorOf(minimal(section('one', step('one-1', ''))))).toBe(
			'content/story.aml: section "one" › step "one-1": is empty: give it article paragraphs or a caption'
		);
	});

	it('a section without steps', () => {
		expect(errorOf(minimal('slug: one\nheading: H\nsummary: S\ngraphic: actors\n'))).toBe(
			'content/story.aml: section "one" › steps: is missing'
		);
	});

	it('an id that is not kebab-case', () => {
		expect(errorOf(minimal(section('One Two', step('one-1'))))).toMatch(
			/section "One Two" › slug: must be lowercase kebab-case/
		);
	});

	it('a note without its attribution', () => {
		expect(errorOf(minimal(section('one', step('one-1') + 'note: A label.\n')))).toBe(
			'content/story.aml: section "one" › step "one-1" › by: is missing: name who said it'
		);
	});
});

describe('fidelity to the article', () => {
	const real = readFileSync(STORY_FILE, 'utf8');

	it('accepts the real story, every paragraph of the article in it', () => {
		const story = parseStory(real, STORY_FILE, article);
		const carried = story.sections.flatMap((s) => s.steps.flatMap((step) => step.paragraphs));
		expect(carried.map(normalise)).toEqual(parseArticle(article).paragraphs.map(normalise));
	});

	it('rejects a paragraph changed by one word', () => {
		const edited = real.replace("It's time to halt the killing.", "It's time to stop the killing.");
		expect(errorOf(edited, article)).toMatch(
			/^content\/story.aml: section "talk-to-both-sides" › step "both-sides-1" › paragraphs › item #1: does not match content\/source\/article.txt word for word/
		);
	});

	it('rejects a dropped paragraph', () => {
		const dropped = real.replace(/\* First, Washington's belief[^\n]*\n/, '');
		expect(errorOf(dropped, article)).toMatch(
			/step "signal-2" › paragraphs › item #1: skips paragraph 10 of content\/source\/article.txt/
		);
	});

	it('rejects a repeated paragraph', () => {
		const line = real.match(/\* Yet, some analysts[^\n]*\n/)![0];
		expect(errorOf(real.replace(line, line + line), article)).toMatch(
			/step "reversal-2" › paragraphs › item #2: repeats paragraph 6/
		);
	});

	it('accepts typographic quotes normalised to straight ones', () => {
		expect(() =>
			parseStory(real.replaceAll('“', '"').replaceAll('”', '"'), STORY_FILE, article)
		).not.toThrow();
	});

	it('rejects a quote that is not word for word in the article', () => {
		const misquoted = real.replace(
			'quote: part of the negotiation',
			'quote: just part of the negotiation'
		);
		expect(errorOf(misquoted, article)).toBe(
			'content/story.aml: section "talk-to-both-sides" › step "both-sides-4" › quote: is not word for word in content/source/article.txt'
		);
	});

	it("rejects a kicker that is not one of the article's subheads", () => {
		const edited = real.replace('kicker: Direct Implications', 'kicker: Direct Consequences');
		expect(errorOf(edited, article)).toBe(
			`content/story.aml: section "the-reversal" › kicker: must be one of the article's subheads, word for word: Direct Implications · Trump's Threat · Behind the Negotiations`
		);
	});

	it('rejects a changed source list', () => {
		expect(
			errorOf(real.replace('* Exclusive: U.S. holding secret talks with Hamas\n', ''), article)
		).toBe("content/story.aml: sources: must list the article's 7 sources exactly as it does");
	});
});

describe("a graphic's words", () => {
	const labels = readFileSync('content/graphics/actors.aml', 'utf8');

	it('parse into labels and quotes', () => {
		const copy = parseGraphicCopy('actors', labels, undefined, article);
		expect(copy.labels.us).toBe('United States');
		expect(copy.quotes).toEqual([]);
	});

	it('fail on a missing label, naming file and key', () => {
		expect(() => parseGraphicCopy('actors', labels.replace(/^dark: .*\n/m, ''))).toThrow(
			'content/graphics/actors.aml: labels › dark: is missing'
		);
	});

	it('fail on a label the graphic does not use', () => {
		expect(() => parseGraphicCopy('actors', labels.replace('{}', 'drak: x\n{}'))).toThrow(
			'content/graphics/actors.aml: labels › drak: is not used by the actors graphic (misspelled?)'
		);
	});

	it('fail on a quote that is not word for word in the article', () => {
		const quote = '[quotes]\nid: x\ntext: Peace is at hand.\nby: Nobody\n[]\n';
		expect(() => parseGraphicCopy('stakes', quote, 'content/graphics/stakes.aml', article)).toThrow(
			/content\/graphics\/stakes.aml: quote "x"/
		);
	});
});

describe('the whole story on disk', () => {
	it('fails clearly when the article is missing', () => {
		expect(() => loadStory('/nonexistent')).toThrow(
			'content/source/article.txt: is missing or unreadable'
		);
	});

	it('fails clearly when a graphic has no words file', () => {
		const root = mkdtempSync(join(tmpdir(), 'story-'));
		cpSync('content', join(root, 'content'), { recursive: true });
		rmSync(join(root, 'content/graphics/taboo.aml'));
		expect(() => loadStory(root)).toThrow('content/graphics/taboo.aml: is missing or unreadable');
	});
});

describe("the explainer's own words", () => {
	const withArticle = (sections: string) => errorOf(minimal(sections), article);
	const realStep = (id: string, extra: string) =>
		step(id, `${extra}\n[.paragraphs]\n${paragraphOne}\n[]`);
	const paragraphOne = `* ${article.split('\n')[3]}`;

	it('refuse a date the article does not give, naming the file, step, field and date', () => {
		const message = withArticle(
			section('s', realStep('s-1', 'caption: The direct talks of March 4–6, 2025.'))
		);
		expect(message).toBe(
			'content/story.aml: section "s" › step "s-1" › caption: gives "March 4-6", a number or date the article does not give'
		);
	});

	it('refuse an attributed figure without its attribution, in a summary', () => {
		const message = withArticle(
			section(
				's',
				realStep('s-1', ''),
				'heading: H\nsummary: There are 59 prisoners in Gaza.\ngraphic: actors'
			)
		);
		expect(message).toBe(
			`content/story.aml: section "s" › summary: gives 59 (say "Israel's estimate") without the article's attribution`
		);
	});

	it('refuse a figure in a graphic label whose -source label drops the attribution', () => {
		const labels = `{labels}\ngaza: 59 prisoners in Gaza\ngaza-source: figures as reported\n{}`;
		expect(() =>
			parseGraphicCopy('stakes', labels, 'content/graphics/stakes.aml', article)
		).toThrow(
			`content/graphics/stakes.aml: labels › gaza: gives 59 (say "Israel's estimate") without the article's attribution`
		);
	});

	it("refuse a preview that is not one of the section's steps", () => {
		const message = errorOf(
			minimal(section('s', step('s-1'), 'heading: H\nsummary: S\npreview: s-9\ngraphic: actors'))
		);
		expect(message).toBe(
			'content/story.aml: section "s" › preview: must be the id of one of its steps'
		);
	});
});
