import { loadStory } from '$lib/server/content';
import { qrSvg } from '$lib/qr';
import { siteOrigin } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const origin = siteOrigin();
	return { story: loadStory(), origin, qr: await qrSvg(`${origin}/`) };
};
