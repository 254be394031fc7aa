/**
 * Reads content/voices.aml at build time: the voices the article names, and who speaks in each passage
 * of the story (each paragraph, each step's quote or note, each quote a graphic draws). The build stops,
 * naming the file, the step and the field, on a voice the article does not name, a passage without a
 * voice, or a voice not listed.
 */
import * as v from 'valibot';
import {
	GRAPHIC_NAMES,
	VOICE_KINDS,
	type GraphicCopy,
	type GraphicName,
	type Story,
	type StoryText,
	type Voice
} from '../content/types.ts';
import { fail, id, text, validate } from './aml.ts';
import { ARTICLE_FILE, normalise } from './article.ts';

export const VOICES_FILE = 'content/voices.aml';

/** "trump, article" → ["trump", "article"]: the voices of one passage. */
const voiceList = v.pipe(
	text,
	v.transform((line) => line.split(',').map((item) => item.trim()))
);

const VoicesSchema = v.strictObject({
	voices: v.pipe(
		v.array(
			v.strictObject({
				id,
				kind: v.picklist(VOICE_KINDS, `must be one of: ${VOICE_KINDS.join(', ')}`),
				name: text,
				as: text
			}),
			'must be a [voices] list'
		),
		v.nonEmpty('is empty')
	),
	steps: v.array(
		v.strictObject({
			id,
			paragraphs: v.optional(v.array(voiceList, 'must be a list of "* " lines'), []),
			quote: v.optional(voiceList),
			note: v.optional(voiceList)
		}),
		'must be a [steps] list'
	),
	graphics: v.optional(
		v.record(
			v.picklist(GRAPHIC_NAMES, `must be one of: ${GRAPHIC_NAMES.join(', ')}`),
			v.record(
				v.string(),
				voiceList,
				'must be a {graphics.<name>} block of "quote-id: voice" lines'
			)
		),
		{}
	)
});

/**
 * The story with who speaks in every passage, from the voices file; `article` (the source's text)
 * enables the check that every voice is one the article names, in its words.
 */
export function applyVoices(
	story: StoryText & { graphics: Record<GraphicName, GraphicCopy> },
	source: string,
	file = VOICES_FILE,
	article?: string
): Story {
	const parsed = validate(VoicesSchema, source, file);

	const byId = new Map<string, Voice>();
	for (const voice of parsed.voices) {
		if (byId.has(voice.id)) fail(file, `voice "${voice.id}" › id`, 'is a duplicate');
		byId.set(voice.id, voice);
	}
	if (article !== undefined) {
		const whole = normalise(article).toLowerCase();
		for (const voice of parsed.voices)
			for (const field of voice.kind === 'author' ? (['as'] as const) : (['name', 'as'] as const))
				if (!whole.includes(normalise(voice[field]).toLowerCase()))
					fail(
						file,
						`voice "${voice.id}" › ${field}`,
						`is not word for word in ${ARTICLE_FILE}: give the voice as the article names it`
					);
	}
	const spoke = new Set<Voice>();
	const resolve = (ids: string[], at: string) =>
		ids.map((voiceId) => {
			const voice = byId.get(voiceId);
			if (!voice) fail(file, at, `"${voiceId}" is not a voice listed in [voices]`);
			spoke.add(voice);
			return { id: voice.id, kind: voice.kind, name: voice.name };
		});

	const mapped = new Map<string, (typeof parsed.steps)[number]>();
	for (const entry of parsed.steps) {
		if (mapped.has(entry.id)) fail(file, `step "${entry.id}" › id`, 'is a duplicate');
		mapped.set(entry.id, entry);
	}
	const stepIds = new Set(
		story.sections.flatMap((section) => section.steps.map((step) => step.id))
	);
	for (const entry of parsed.steps)
		if (!stepIds.has(entry.id))
			fail(file, `step "${entry.id}" › id`, 'is not a step of the story (misspelled?)');

	const sections = story.sections.map((section) => ({
		...section,
		steps: section.steps.map((step) => {
			const at = `step "${step.id}"`;
			const callout = step.quote ? 'quote' : step.note ? 'note' : undefined;
			const entry = mapped.get(step.id);
			if (!entry) {
				if (step.paragraphs.length === 0 && !callout)
					return { ...step, voices: [], calloutVoices: [] };
				fail(file, at, 'is missing: say who speaks in its paragraphs and its quote or note');
			}
			const count = Math.max(step.paragraphs.length, entry.paragraphs.length);
			const voices = Array.from({ length: count }, (_, i) => {
				const here = `${at} › paragraphs › item #${i + 1}`;
				if (i >= entry.paragraphs.length)
					fail(file, here, `is missing: name who speaks in paragraph ${i + 1} of the step`);
				if (i >= step.paragraphs.length)
					fail(
						file,
						here,
						`is one too many: the step has ${count - 1} paragraph${count === 2 ? '' : 's'}`
					);
				return resolve(entry.paragraphs[i], here);
			});
			for (const field of ['quote', 'note'] as const)
				if (entry[field] && field !== callout)
					fail(file, `${at} › ${field}`, `is not needed: the step has no ${field}`);
			if (callout && !entry[callout])
				fail(file, `${at} › ${callout}`, `is missing: name who speaks in the step's ${callout}`);
			const calloutVoices = callout ? resolve(entry[callout] ?? [], `${at} › ${callout}`) : [];
			return { ...step, voices, calloutVoices };
		})
	}));

	const graphics = Object.fromEntries(
		GRAPHIC_NAMES.map((name) => {
			const given = parsed.graphics[name] ?? {};
			const quotes = story.graphics[name].quotes;
			for (const quoteId of Object.keys(given))
				if (!quotes.some((quote) => quote.id === quoteId))
					fail(file, `graphics › ${name} › ${quoteId}`, `is not a quote the ${name} graphic draws`);
			const withVoices = quotes.map((quote) => {
				const at = `graphics › ${name} › ${quote.id}`;
				const ids = given[quote.id];
				if (!ids) fail(file, at, 'is missing: name who speaks in this quote');
				if (ids.length !== 1) fail(file, at, 'must name one voice: the quote has one speaker');
				return { ...quote, voice: resolve(ids, at)[0] };
			});
			return [name, { ...story.graphics[name], quotes: withVoices }];
		})
	) as Record<GraphicName, GraphicCopy>;

	for (const voice of parsed.voices)
		if (!spoke.has(voice))
			fail(file, `voice "${voice.id}"`, 'speaks in no passage: give it one, or remove it');

	// In the order each first speaks in the story's text (then those heard only in a graphic).
	const order = sections.flatMap((section) =>
		section.steps.flatMap((step) => [...step.voices.flat(), ...step.calloutVoices])
	);
	const voices = [...new Set([...order.map((voice) => voice.id), ...byId.keys()])].map((voiceId) =>
		byId.get(voiceId)!
	);
	return { ...story, sections, graphics, voices };
}
