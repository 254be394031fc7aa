/** Short plain-text summaries of the story's own words, for pages and link previews. Pure. */
import type { Section, Step, Story } from './types';

/** The first `max` characters of a text, cut at a word boundary, with an ellipsis if cut. */
export function excerpt(text: string, max = 200): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max + 1);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:—–-]+$/, '')}…`;
}

/** The step whose look a section's preview image draws (the home page's: the first section's). */
export function previewStep(section: Section): Step {
	return section.steps.find((step) => step.id === section.preview) ?? section.steps.at(-1)!;
}

/** The preview image's text alternative: what it says, and what its graphic shows (that step's alt). */
export function previewAlt(
	story: Pick<Story, 'sections' | 'title' | 'eyebrow'>,
	section?: Section
): string {
	const pictured = section ?? story.sections[0];
	const shown = pictured['preview-alt'] ?? previewStep(pictured).alt;
	return section
		? `Link preview: “${section.heading}”, from the article “${story.title}”, beside its graphic. ${shown}`
		: `Link preview: the article “${story.title}” (${story.eyebrow}), beside its graphic. ${shown}`;
}
