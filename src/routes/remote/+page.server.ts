import { excerpt } from '$lib/content/summary';
import { loadStory } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// The phone clicker shows each step's opening line, nothing more: the page carries only that.
export const load: PageServerLoad = () => {
	const story = loadStory();
	return {
		title: story.title,
		steps: story.sections.flatMap((section) =>
			section.steps.map((step) => ({
				id: step.id,
				heading: section.heading,
				opening: excerpt(step.paragraphs[0] ?? step.caption ?? step.alt, 140)
			}))
		)
	};
};
