/** The story as the islands receive it: everything but the prose, which is read from the page. */
import type {
	GraphicCopy,
	GraphicName,
	Section,
	Step,
	Story,
	VoiceKind,
	VoiceLabel
} from '$lib/content/types';

export interface IslandData {
	eyebrow: string;
	title: string;
	dek: string;
	credit: string;
	/** The site's public origin, for share links. */
	origin: string;
	/** QR code (SVG markup) of the story's public URL. */
	qr: string;
	/** The section this page opens at (section pages), or null. */
	start: string | null;
	graphics: Record<GraphicName, GraphicCopy>;
	sections: (Omit<Section, 'steps'> & { steps: Omit<Step, 'paragraphs' | 'voices'>[] })[];
}

export const DATA_ID = 'story-data';

/** The story as far as the browser needs it (a slide shows a step's paragraphs). */
export type PageStory = Pick<
	Story,
	'eyebrow' | 'title' | 'dek' | 'credit' | 'sections' | 'graphics'
>;

/**
 * The page's JSON for the islands: the story without its prose (the paragraphs are in the page already,
 * and are read from there when a slide needs them), and where the page opens.
 */
export function islandData(story: Story, origin: string, qr: string, start?: string): string {
	const data: IslandData = {
		eyebrow: story.eyebrow,
		title: story.title,
		dek: story.dek,
		credit: story.credit,
		origin,
		qr,
		start: start ?? null,
		graphics: story.graphics,
		sections: story.sections.map(({ steps, ...section }) => ({
			...section,
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the prose and its labels stay in the page
			steps: steps.map(({ paragraphs, voices, ...step }) => step)
		}))
	};
	// Safe inside <script type="application/json">: no "</script>" or "<!--" can survive.
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The voice labels the server wrote before a paragraph (src/lib/components/Voices.svelte). */
const labelsBefore = (p: Element): VoiceLabel[] =>
	p.previousElementSibling?.matches('.voices')
		? [...p.previousElementSibling.querySelectorAll<HTMLElement>('[data-voice]')].map((label) => ({
				id: label.dataset.voice ?? '',
				kind: label.dataset.kind as VoiceKind,
				// Its one text node of its own (its mark and its kind, for screen readers, are elements).
				name:
					[...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)?.textContent ?? ''
			}))
		: [];

/**
 * The story for the client: the page's JSON, with each step's paragraphs read back from its card
 * (`[data-step] .card > p`, the explainer's caption aside), where the server wrote them verbatim, and
 * who speaks in each from the label before it.
 */
export function storyFromPage(document: Document): { data: IslandData; story: PageStory } {
	const element = document.getElementById(DATA_ID);
	if (!element?.textContent) throw new Error(`islands: the page has no #${DATA_ID} data`);
	const data = JSON.parse(element.textContent) as IslandData;
	const sections = data.sections.map((section) => ({
		...section,
		steps: section.steps.map((step) => {
			const cards = [
				...document.querySelectorAll<HTMLElement>(
					`[data-step="${step.id}"] .card > p:not(.caption)`
				)
			];
			return {
				...step,
				paragraphs: cards.map((p) => p.textContent ?? ''),
				voices: cards.map(labelsBefore)
			};
		})
	}));
	return { data, story: { ...data, sections } };
}
