import { describe, expect, it } from 'vitest';
import { loadStory } from '../server/content';
import { asTheArticleGivesIt, stepVoices, whoSaidWhat } from './voices';

const story = loadStory();

describe('who said what', () => {
	const said = whoSaidWhat(story);

	it('lists every voice, each with the paragraphs it speaks in, in the article order', () => {
		expect(said.map(({ voice }) => voice.id)).toEqual(story.voices.map((voice) => voice.id));
		const ziad = said.find(({ voice }) => voice.id === 'ziad')!;
		expect(ziad.passages.map((passage) => passage.step)).toEqual([
			'signal-4',
			'signal-4',
			'signal-4',
			'signal-5',
			'signal-5'
		]);
		const section = story.sections.find((candidate) => candidate.slug === 'what-talks-signal')!;
		expect(ziad.passages[0]).toMatchObject({ heading: section.heading });
		expect(ziad.passages[0].text).toMatch(/^Palestinian analyst Saeed Ziad noted/);
		const numbers = said.flatMap(({ passages }) => passages.map((passage) => passage.number));
		expect(Math.min(...numbers)).toBe(1);
	});

	it('lists a paragraph under each of its voices', () => {
		const under = (id: string) => said.find(({ voice }) => voice.id === id)!.passages;
		const reported = under('hamas-source')[0].text;
		expect(under('hamas-source').length).toBe(3);
		expect(under('analysts').some((passage) => passage.step === 'reversal-2')).toBe(true);
		expect(under('us-administration').map((passage) => passage.step)).toEqual(['reversal-2']);
		expect(reported).toMatch(/a source from Hamas told Al-Estiklal\.$/);
	});
});

describe('a step’s voices and a voice as the article gives it', () => {
	const step = (id: string) =>
		story.sections.flatMap((section) => section.steps).find((candidate) => candidate.id === id)!;

	it('names each voice of a step once, paragraphs first, then the callout', () => {
		expect(stepVoices(step('taboo-2')).map((voice) => voice.id)).toEqual(['witkoff', 'article']);
		expect(stepVoices(step('israel-3')).map((voice) => voice.id)).toEqual([
			'israel-hayom',
			'israeli-source',
			'channel-12'
		]);
	});

	it('gives the article’s own words for a voice, and refuses an unknown one', () => {
		expect(asTheArticleGivesIt(story.voices, 'nunu')).toBe(
			"Taher al-Nunu, media adviser to Hamas' political chief, told Al Jazeera Mubasher"
		);
		expect(() => asTheArticleGivesIt(story.voices, 'nobody')).toThrow(/no voice "nobody"/);
	});
});
