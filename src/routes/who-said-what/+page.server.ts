import { loadStory } from '$lib/server/content';
import { siteOrigin } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ story: loadStory(), origin: siteOrigin() });
