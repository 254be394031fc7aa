import { error } from '@sveltejs/kit';
import { loadStory } from '$lib/server/content';
import { qrSvg } from '$lib/qr';
import { siteOrigin } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per section, prerendered from the content. */
export const entries: EntryGenerator = () =>
	loadStory().sections.map((section) => ({ section: section.slug }));

export const load: PageServerLoad = async ({ params }) => {
	const story = loadStory();
	const section = story.sections.find((candidate) => candidate.slug === params.section);
	if (!section) error(404, `No section "${params.section}"`);
	const origin = siteOrigin();
	return { story, origin, slug: section.slug, qr: await qrSvg(`${origin}/`) };
};
