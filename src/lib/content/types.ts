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
	/** Who speaks in each of its paragraphs, in order (content/voices.aml): one voice or more each. */
	voices: VoiceLabel[][];
	/** Who speaks in its quote or note; empty when it has neither. */
	calloutVoices: VoiceLabel[];
}

/** What sort of voice speaks: never which side it is on. */
export const VOICE_KINDS = ['author', 'person', 'unnamed', 'outlet', 'government'] as const;
export type VoiceKind = (typeof VOICE_KINDS)[number];

/** A voice the article names (content/voices.aml). */
export interface Voice {
	/** kebab-case, unique; the `data-voice` attribute and its anchor on the who-said-what page. */
	id: string;
	kind: VoiceKind;
	/** The label a reader sees, in the article's own words ("Donald Trump", "a source from Hamas"). */
	name: string;
	/** The voice as the article gives it, word for word (role, outlet, date). */
	as: string;
}

/** A voice as a passage's label shows it (the story's `voices` list describes each in full). */
export type VoiceLabel = Pick<Voice, 'id' | 'kind' | 'name'>;

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
	/** Who speaks in it (content/voices.aml). */
	voice?: VoiceLabel;
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
	/** Every voice the article names, in the order each first speaks. */
	voices: Voice[];
}

/** A step as the story file gives it, before content/voices.aml says who speaks. */
export type StepText = Omit<Step, 'voices' | 'calloutVoices'>;

/** The story file alone, before the graphics' copy and the voices are added. */
export type StoryText = Omit<Story, 'graphics' | 'voices' | 'sections'> & {
	sections: (Omit<Section, 'steps'> & { steps: StepText[] })[];
};
