/** The one shape of the story shared by the build (parser) and the UI. */

/** Every graphic a section may use; the registry in `$lib/graphics` maps each to a component. */
export const GRAPHIC_NAMES = ['actors', 'whiplash', 'stakes', 'deals', 'reasons', 'taboo'] as const;
export type GraphicName = (typeof GRAPHIC_NAMES)[number];

export interface Step {
	/** Unique across the page, kebab-case; also the `data-step` attribute and a deep-link target. */
	id: string;
	/** One sentence: what the graphic shows at this step (read by screen readers). */
	alt: string;
	/** The article's paragraphs this step carries, verbatim. */
	paragraphs: string[];
	/** The explainer's own restatement, for steps that carry no paragraph (or add to one). */
	caption?: string;
	/** Words from the article shown verbatim in the graphic as a quotation (checked against the article). */
	quote?: string;
	/** The explainer's short label for the graphic at this step, restating the article. */
	note?: string;
	/** Who said the quote, or whose claim the note restates, as the article attributes it. */
	by?: string;
}

export interface Section {
	slug: string;
	/** The article's own subhead where the section starts at one, verbatim. */
	kicker?: string;
	heading: string;
	/** The editor's one or two sentences, attributed as the article attributes: description and preview. */
	summary: string;
	/** The step whose look the section's preview image draws (default: its last step). */
	preview?: string;
	/** What that preview image shows, where its simplified drawing differs from the step's own alt. */
	'preview-alt'?: string;
	graphic: GraphicName;
	steps: Step[];
}

/** A quotation drawn inside a graphic: verbatim from the article (checked at build), attributed. */
export interface GraphicQuote {
	id: string;
	text: string;
	/** The speaker, with role and outlet as the article gives them. */
	by: string;
	/** When, as the article dates it. */
	when?: string;
}

/** The words a graphic draws, from content/graphics/<name>.aml. */
export interface GraphicCopy {
	/** Short labels by key; each graphic's state.ts lists the keys it needs. */
	labels: Record<string, string>;
	quotes: GraphicQuote[];
}

export interface Story {
	/** What the page is, above the article's title: the article itself, carried whole. */
	eyebrow: string;
	title: string;
	dek: string;
	credit: string;
	/** Plain-text summary for search engines and link previews. */
	description: string;
	sections: Section[];
	/** The article's sources, exactly as it lists them. */
	sources: string[];
	/** Each graphic's labels and quotes. */
	graphics: Record<GraphicName, GraphicCopy>;
}

/** The story file alone, before the graphics' copy is added. */
export type StoryText = Omit<Story, 'graphics'>;
