import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILE } from './article';
import { ContentError, loadStory } from './content';
import { applyVoices, VOICES_FILE } from './voices';

const article = readFileSync(ARTICLE_FILE, 'utf8');
const source = readFileSync(VOICES_FILE, 'utf8');
const story = loadStory();
const step = (id: string) =>
	story.sections.flatMap((section) => section.steps).find((candidate) => candidate.id === id)!;

/** The error the voices file raises once `edit` has changed it, checked to be a ContentError. */
function errorOf(edit: (text: string) => string): string {
	const edited = edit(source);
	expect(edited, 'the edit changed nothing').not.toBe(source);
	try {
		applyVoices(story, edited, VOICES_FILE, article);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as Error).message;
	}
	throw new Error('expected the voices to be rejected');
}

/** Replaces the one place `find` occurs (the test fails if it is not there exactly once). */
const once = (find: string, replace: string) => (text: string) => {
	expect(text.split(find), `"${find}" once in ${VOICES_FILE}`).toHaveLength(2);
	return text.replace(find, replace);
};

describe('the voices as the story uses them', () => {
	it('gives each paragraph its voices, in order, several where the article reports someone', () => {
		expect(step('both-sides-1').voices).toEqual([
			[{ id: 'trump', kind: 'person', name: 'Donald Trump' }]
		]);
		expect(step('reversal-2').voices[0].map((voice) => voice.id)).toEqual([
			'analysts',
			'us-administration'
		]);
		expect(step('signal-3').voices.map((voices) => voices.map((voice) => voice.id))).toEqual([
			['hamas-source'],
			['hamas-source'],
			['hamas-source']
		]);
	});

	it("gives a step's quote or note its voice, and a step with neither none", () => {
		expect(step('both-sides-1').calloutVoices.map((voice) => voice.id)).toEqual(['trump']);
		expect(step('israel-1').calloutVoices.map((voice) => voice.id)).toEqual(['haaretz', 'axios']);
		expect(step('reversal-1').calloutVoices).toEqual([]);
		expect(step('stakes-2')).toMatchObject({ voices: [], calloutVoices: [] });
	});

	it('gives each quote a graphic draws its voice', () => {
		for (const copy of Object.values(story.graphics))
			for (const quote of copy.quotes) expect(quote.voice?.id, quote.id).toBeTruthy();
		const witkoff = story.graphics.taboo.quotes.find((quote) => quote.id === 'witkoff');
		expect(witkoff?.voice).toEqual({ id: 'witkoff', kind: 'person', name: 'Steve Witkoff' });
	});

	it('lists every voice once, in the order each first speaks, described as the article gives it', () => {
		expect(story.voices.slice(0, 3).map((voice) => voice.id)).toEqual([
			'trump',
			'article',
			'analysts'
		]);
		expect(new Set(story.voices.map((voice) => voice.id)).size).toBe(story.voices.length);
		expect(story.voices.find((voice) => voice.id === 'abu-obaida')).toEqual({
			id: 'abu-obaida',
			kind: 'person',
			name: 'Abu Obaida',
			as: 'a spokesperson for Hamas’s al-Qassam Brigades, Abu Obaida'
		});
	});
});

describe('bad voices are a clear error naming file, step and field', () => {
	it('an unknown voice', () => {
		expect(errorOf(once('* article, abu-obaida', '* article, abu-obayda'))).toBe(
			'content/voices.aml: step "signal-2" › paragraphs › item #1: "abu-obayda" is not a voice listed in [voices]'
		);
	});

	it('an unknown voice for a callout', () => {
		expect(errorOf(once('id: both-sides-1\nquote: trump', 'id: both-sides-1\nquote: trumpp'))).toBe(
			'content/voices.aml: step "both-sides-1" › quote: "trumpp" is not a voice listed in [voices]'
		);
	});

	it('a paragraph without a voice', () => {
		expect(errorOf(once('* article, trump\n', ''))).toBe(
			'content/voices.aml: step "both-sides-3" › paragraphs › item #1: is missing: name who speaks in paragraph 1 of the step'
		);
	});

	it('a step without its voices', () => {
		expect(errorOf(once('id: reversal-3\n[.paragraphs]\n* tibon\n[]\n', ''))).toBe(
			'content/voices.aml: step "reversal-3": is missing: say who speaks in its paragraphs and its quote or note'
		);
	});

	it('a voice for a paragraph the step does not have', () => {
		expect(errorOf(once('* tibon\n', '* tibon\n* article\n'))).toBe(
			'content/voices.aml: step "reversal-3" › paragraphs › item #2: is one too many: the step has 1 paragraph'
		);
	});

	it('a step the story does not have', () => {
		expect(errorOf(once('id: reversal-3\n', 'id: reversal-9\n'))).toBe(
			'content/voices.aml: step "reversal-9" › id: is not a step of the story (misspelled?)'
		);
	});

	it('a quote without its voice, and a voice for a callout the step does not have', () => {
		expect(errorOf(once('id: both-sides-1\nquote: trump\n', 'id: both-sides-1\n'))).toBe(
			'content/voices.aml: step "both-sides-1" › quote: is missing: name who speaks in the step\'s quote'
		);
		expect(
			errorOf(once('id: both-sides-1\nquote: trump\n', 'id: both-sides-1\nnote: trump\n'))
		).toBe('content/voices.aml: step "both-sides-1" › note: is not needed: the step has no note');
	});

	it('a voice the article does not name, by name or description', () => {
		expect(errorOf(once('name: Saeed Ziad', 'name: Dr Saeed Ziad'))).toBe(
			'content/voices.aml: voice "ziad" › name: is not word for word in content/source/article.txt: give the voice as the article names it'
		);
		expect(
			errorOf(once('as: Palestinian analyst Saeed Ziad', 'as: Palestinian scholar Saeed Ziad'))
		).toBe(
			'content/voices.aml: voice "ziad" › as: is not word for word in content/source/article.txt: give the voice as the article names it'
		);
	});

	it('a kind that is not one of the five', () => {
		expect(errorOf(once('id: ziad\nkind: person', 'id: ziad\nkind: analyst'))).toBe(
			'content/voices.aml: voice "ziad" › kind: must be one of: author, person, unnamed, outlet, government'
		);
	});

	it('a voice listed twice, or listed and never heard', () => {
		expect(errorOf(once('id: youssef\n', 'id: ziad\n'))).toBe(
			'content/voices.aml: voice "ziad" › id: is a duplicate'
		);
		expect(
			errorOf(
				once(
					'[voices]\n',
					'[voices]\nid: tibon-2\nkind: person\nname: Amir Tibon\nas: Amir Tibon\n\n'
				)
			)
		).toBe('content/voices.aml: voice "tibon-2": speaks in no passage: give it one, or remove it');
	});

	it("a graphic's quote without its voice, or a voice for a quote it does not draw", () => {
		expect(errorOf(once('appease: youssef\n', ''))).toBe(
			'content/voices.aml: graphics › reasons › appease: is missing: name who speaks in this quote'
		);
		expect(errorOf(once('appease: youssef\n', 'appease: youssef\nappeese: youssef\n'))).toBe(
			'content/voices.aml: graphics › reasons › appeese: is not a quote the reasons graphic draws'
		);
	});

	it('a misspelled field', () => {
		expect(errorOf(once('id: reversal-3\n', 'id: reversal-3\nqoute: tibon\n'))).toBe(
			'content/voices.aml: step "reversal-3": unknown field "qoute" (misspelled?)'
		);
	});
});
