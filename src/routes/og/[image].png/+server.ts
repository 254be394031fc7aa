import { error } from '@sveltejs/kit';
import { loadStory } from '$lib/server/content';
import { previewPng } from '$lib/server/preview';
import type { EntryGenerator, RequestHandler } from './$types';

/** /og/story.png for the home page, /og/<slug>.png for each section page; all made at build time. */
export const prerender = true;

export const entries: EntryGenerator = () => [
	{ image: 'story' },
	...loadStory().sections.map((section) => ({ image: section.slug }))
];

export const GET: RequestHandler = async ({ params }) => {
	const story = loadStory();
	const section = story.sections.find((candidate) => candidate.slug === params.image);
	if (!section && params.image !== 'story') error(404, `No preview "${params.image}"`);
	const png = await previewPng(story, section);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
