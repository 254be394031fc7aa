/** Short plain-text summaries of the story's own words, for link previews. Pure. */
import type { Section } from './types';

/** The first `max` characters of a text, cut at a word boundary, with an ellipsis if cut. */
export function excerpt(text: string, max = 200): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max + 1);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:—–-]+$/, '')}…`;
}

/** A section's description: the start of its first paragraph (or caption), as the article says it. */
export function sectionDescription(section: Section): string {
	const first = section.steps[0];
	return excerpt(first.paragraphs[0] ?? first.caption ?? first.alt);
}
