/**
 * The story page for machines (schema.org JSON-LD): a web page based on the article, and every
 * quotation it shows away from its paragraph (step callouts and graphics' quotes) as a `Quotation`
 * with its text, who said it (`creator`, from content/voices.aml) and the article it is part of.
 */
import type { Story, VoiceLabel } from './types.ts';
import { KIND_LABELS } from './voices.ts';

/** The JSON-LD for the story's pages (`origin` is the site's public origin), safe inside a <script>. */
export function storyJsonLd(story: Story, origin: string): string {
	const article = `${origin}/#source-article`;
	const full = new Map(story.voices.map((voice) => [voice.id, voice]));
	const creator = ({ id, kind, name }: VoiceLabel) => ({
		'@type': kind === 'outlet' || kind === 'government' ? 'Organization' : 'Person',
		name,
		description: `${KIND_LABELS[kind]}; as the article gives it: ${full.get(id)?.as ?? name}`
	});
	const quotations = [
		...story.sections.flatMap((section) =>
			section.steps.flatMap((step) =>
				step.quote
					? [{ id: `quote-${step.id}`, text: step.quote, voices: step.calloutVoices }]
					: []
			)
		),
		...Object.entries(story.graphics).flatMap(([name, copy]) =>
			copy.quotes.map((quote) => ({
				id: `quote-${name}-${quote.id}`,
				text: quote.text,
				voices: quote.voice ? [quote.voice] : []
			}))
		)
	].map(({ id, text, voices }) => ({
		'@type': 'Quotation',
		'@id': `${origin}/#${id}`,
		text,
		creator: voices.map(creator),
		isPartOf: { '@id': article }
	}));
	const data = {
		'@context': 'https://schema.org',
		'@graph': [
			{
				'@type': 'Article',
				'@id': article,
				headline: story.title,
				citation: story.sources
			},
			{
				'@type': 'WebPage',
				'@id': `${origin}/`,
				url: `${origin}/`,
				name: story.title,
				description: story.description,
				isBasedOn: { '@id': article },
				hasPart: quotations.map((quotation) => ({ '@id': quotation['@id'] }))
			},
			...quotations
		]
	};
	// Safe inside <script type="application/ld+json">: no "</script>" or "<!--" can survive.
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
