/** For the graphics' unit tests: the step ids the content gives to sections drawn by a graphic, in order. */
import type { GraphicName } from '$lib/content/types';
import { loadStory } from '$lib/server/content';

export function contentSteps(graphic: GraphicName): string[] {
	return loadStory()
		.sections.filter((section) => section.graphic === graphic)
		.flatMap((section) => section.steps.map((step) => step.id));
}
