/**
 * Reads, parses and validates the story at build time (never shipped to the browser). Any problem throws
 * a ContentError naming the file, the section/step and the field, so `npm run build` and `npm run dev`
 * stop with a message an editor can act on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import {
	GRAPHIC_NAMES,
	type GraphicCopy,
	type GraphicName,
	type Story,
	type StoryText
} from '../content/types.ts';
import { numbersNotIn, unattributed } from '../content/claims.ts';
import { GRAPHIC_COPY } from '../graphics/copy.ts';
import { fail, id, text, validate } from './aml.ts';
import { ARTICLE_FILE, normalise, parseArticle } from './article.ts';
import { applyVoices, VOICES_FILE } from './voices.ts';

export const STORY_FILE = 'content/story.aml';
export const graphicFile = (name: GraphicName) => `content/graphics/${name}.aml`;

export { ContentError } from './aml.ts';

const StepSchema = v.pipe(
	v.strictObject({
		id,
		alt: text,
		paragraphs: v.optional(v.array(text, 'must be a list of "* " lines'), []),
		caption: v.optional(text),
		quote: v.optional(text),
		note: v.optional(text),
		by: v.optional(text)
	}),
	v.check(
		(step) => step.paragraphs.length > 0 || step.caption !== undefined,
		'is empty: give it article paragraphs or a caption'
	),
	v.forward(
		v.check((step) => !(step.quote || step.note) || !!step.by, 'is missing: name who said it'),
		['by']
	),
	v.forward(
		v.check((step) => !(step.quote && step.note), 'cannot be given with a quote: pick one'),
		['note']
	)
);

const SectionSchema = v.strictObject({
	slug: id,
	kicker: v.optional(text),
	heading: text,
	summary: text,
	preview: v.optional(id),
	'preview-alt': v.optional(text),
	graphic: v.picklist(GRAPHIC_NAMES, `must be one of: ${GRAPHIC_NAMES.join(', ')}`),
	steps: v.pipe(v.array(StepSchema, 'must be a [.steps] list'), v.nonEmpty('has no steps'))
});

const StorySchema = v.strictObject({
	eyebrow: text,
	title: text,
	dek: text,
	credit: text,
	description: text,
	sections: v.pipe(v.array(SectionSchema, 'must be a [sections] list'), v.nonEmpty('is empty')),
	sources: v.pipe(v.array(text, 'must be a [sources] list'), v.nonEmpty('is empty'))
}) satisfies v.GenericSchema<unknown, StoryText>;

const GraphicCopySchema = v.strictObject({
	labels: v.optional(
		v.record(v.string(), text, 'must be a {labels} block of "key: text" lines'),
		{}
	),
	quotes: v.optional(
		v.array(
			v.strictObject({ id, text, by: text, when: v.optional(text) }),
			'must be a [quotes] list'
		),
		[]
	)
}) satisfies v.GenericSchema<unknown, GraphicCopy>;

/** Parse and validate story text; `article` (the source's text) enables the verbatim check. */
export function parseStory(source: string, file = STORY_FILE, article?: string): StoryText {
	const story = validate(StorySchema, source, file);

	const slugs = new Set<string>();
	const stepIds = new Set<string>();
	for (const section of story.sections) {
		if (slugs.has(section.slug)) fail(file, `section "${section.slug}" › slug`, 'is a duplicate');
		slugs.add(section.slug);
		for (const step of section.steps) {
			if (stepIds.has(step.id) || slugs.has(step.id))
				fail(file, `section "${section.slug}" › step "${step.id}" › id`, 'is a duplicate');
			stepIds.add(step.id);
		}
	}
	for (const slug of slugs)
		if (stepIds.has(slug)) fail(file, `section "${slug}" › slug`, 'is also used as a step id');
	for (const section of story.sections)
		if (section.preview && !section.steps.some((step) => step.id === section.preview))
			fail(file, `section "${section.slug}" › preview`, 'must be the id of one of its steps');

	if (article !== undefined) {
		checkClaims(storyWords(story), article, file);
		checkFidelity(story, article, file);
	}
	return story;
}

/** One piece of the explainer's own words: where it is, and its text (read whole for attribution). */
export interface Words {
	at: string;
	text: string;
}

/** Every text the story file adds to the article: all but the article's own paragraphs, quotes and dek. */
function storyWords(story: StoryText): Words[] {
	const words: Words[] = [
		{ at: 'eyebrow', text: story.eyebrow },
		{ at: 'credit', text: story.credit },
		{ at: 'description', text: story.description }
	];
	for (const section of story.sections) {
		const at = `section "${section.slug}"`;
		words.push({ at: `${at} › heading`, text: section.heading });
		words.push({ at: `${at} › summary`, text: section.summary });
		const previewAlt = section['preview-alt'];
		if (previewAlt) words.push({ at: `${at} › preview-alt`, text: previewAlt });
		for (const step of section.steps)
			for (const field of ['alt', 'caption', 'note', 'by'] as const) {
				const value = step[field];
				if (value) words.push({ at: `${at} › step "${step.id}" › ${field}`, text: value });
			}
	}
	return words;
}

/**
 * A graphic's words: each label read together with its `<key>-source` label (drawn beside it, so the
 * figure and its attribution travel together), and each quote's speaker and date.
 */
function graphicWords(copy: GraphicCopy): Words[] {
	const labels = Object.entries(copy.labels)
		.filter(([key]) => !key.endsWith('-source') || !(key.slice(0, -7) in copy.labels))
		.map(([key, value]) => ({
			at: `labels › ${key}`,
			text: [value, copy.labels[`${key}-source`]].filter(Boolean).join(' ')
		}));
	const quotes = copy.quotes.flatMap((quote) => [
		{ at: `quote "${quote.id}" › by`, text: quote.by },
		...(quote.when ? [{ at: `quote "${quote.id}" › when`, text: quote.when }] : [])
	]);
	return [...labels, ...quotes];
}

/**
 * The explainer's words say no number or date the article does not give, and never give a figure the
 * article attributes without its attribution (claims.ts).
 */
export function checkClaims(words: Words[], article: string, file: string) {
	for (const { at, text: value } of words) {
		const [number] = numbersNotIn(value, article);
		if (number) fail(file, at, `gives "${number}", a number or date the article does not give`);
		const [figure] = unattributed(value);
		if (figure) fail(file, at, `gives ${figure} without the article's attribution`);
	}
}

/** Every body paragraph of the article, verbatim, exactly once, in order; and its seven sources. */
function checkFidelity(story: StoryText, articleText: string, file: string) {
	const article = parseArticle(articleText);
	const expected = article.paragraphs.map(normalise);
	let index = 0;
	for (const section of story.sections) {
		for (const step of section.steps) {
			step.paragraphs.forEach((paragraph, i) => {
				const at = `section "${section.slug}" › step "${step.id}" › paragraphs › item #${i + 1}`;
				const want = expected[index];
				if (want === undefined) fail(file, at, `is not in ${ARTICLE_FILE} (or repeats one)`);
				if (normalise(paragraph) !== want) {
					const found = expected.indexOf(normalise(paragraph));
					fail(
						file,
						at,
						found === -1
							? `does not match ${ARTICLE_FILE} word for word; expected paragraph ${index + 1}: "${want.slice(0, 80)}…"`
							: found < index
								? `repeats paragraph ${found + 1} of ${ARTICLE_FILE}`
								: `skips paragraph ${index + 1} of ${ARTICLE_FILE}: "${want.slice(0, 80)}…"`
					);
				}
				index++;
			});
		}
	}
	if (index < expected.length)
		fail(
			file,
			'sections',
			`miss paragraph ${index + 1} of ${ARTICLE_FILE}: "${expected[index].slice(0, 80)}…"`
		);
	const whole = normalise(articleText);
	for (const section of story.sections)
		for (const step of section.steps)
			if (step.quote && !whole.includes(normalise(step.quote)))
				fail(
					file,
					`section "${section.slug}" › step "${step.id}" › quote`,
					`is not word for word in ${ARTICLE_FILE}`
				);
	const subheads = article.subheads.map(normalise);
	for (const section of story.sections)
		if (section.kicker && !subheads.includes(normalise(section.kicker)))
			fail(
				file,
				`section "${section.slug}" › kicker`,
				`must be one of the article's subheads, word for word: ${article.subheads.join(' · ')}`
			);
	const sources = article.sources.map(normalise);
	if (story.sources.map(normalise).join('\n') !== sources.join('\n'))
		fail(file, 'sources', `must list the article's ${sources.length} sources exactly as it does`);
}

/**
 * Parse and validate one graphic's words: every label and quote its state.ts asks for, nothing else,
 * and (given the article) every quote verbatim from it.
 */
export function parseGraphicCopy(
	name: GraphicName,
	source: string,
	file = graphicFile(name),
	article?: string
): GraphicCopy {
	const copy = validate(GraphicCopySchema, source, file);
	if (article !== undefined) {
		checkClaims(graphicWords(copy), article, file);
		const whole = normalise(article);
		for (const quote of copy.quotes)
			if (!whole.includes(normalise(quote.text)))
				fail(file, `quote "${quote.id}" › text`, `is not word for word in ${ARTICLE_FILE}`);
	}
	const need = GRAPHIC_COPY[name];
	for (const key of need.labels)
		if (!(key in copy.labels)) fail(file, `labels › ${key}`, 'is missing');
	for (const key of Object.keys(copy.labels))
		if (!need.labels.includes(key))
			fail(file, `labels › ${key}`, `is not used by the ${name} graphic (misspelled?)`);
	const ids = copy.quotes.map((quote) => quote.id);
	for (const id of need.quotes) if (!ids.includes(id)) fail(file, `quote "${id}"`, 'is missing');
	for (const id of ids)
		if (!need.quotes.includes(id))
			fail(file, `quote "${id}" › id`, `is not used by the ${name} graphic (misspelled?)`);
	return copy;
}

/** The story as the site uses it (who speaks in each passage included), read from the repo (paths relative to the project root). */
export function loadStory(root = process.cwd()): Story {
	const read = (path: string) => {
		try {
			return readFileSync(resolve(root, path), 'utf8');
		} catch {
			fail(path, '', 'is missing or unreadable');
		}
	};
	const article = read(ARTICLE_FILE);
	const graphics = Object.fromEntries(
		GRAPHIC_NAMES.map((name) => {
			const file = graphicFile(name);
			return [name, parseGraphicCopy(name, read(file), file, article)];
		})
	) as Record<GraphicName, GraphicCopy>;
	const story = { ...parseStory(read(STORY_FILE), STORY_FILE, article), graphics };
	return applyVoices(story, read(VOICES_FILE), VOICES_FILE, article);
}
