/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: every built file and prerendered page (the story, each section page,
 * /notes/, the preview images) is cached at install; a new deployment installs under a new cache name
 * and deletes the old one on activate. Same-origin GETs are served cache-first, then the network.
 *
 * A page served from the cache is a return visit, with the web fonts cached: its web-font stylesheet is
 * switched on, so it reads in Source Serif 4 and Source Sans 3 from first paint (src/lib/styles/webfonts.css).
 */
import { build, files, prerendered, version } from '$service-worker';
import { WEBFONTS_OFF, WEBFONTS_ON } from '$lib/webfonts';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `story-${version}`;
// Preview images are for other sites' link cards, not for reading: left out of the offline copy.
const ASSETS = [...build, ...files, ...prerendered.filter((path) => !path.startsWith('/og/'))];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached by path ("/the-stakes/"): ignore ?present and the like.
			const hit = await cache.match(event.request, { ignoreSearch: true });
			const page = hit?.headers.get('content-type')?.includes('text/html');
			if (hit && page && event.request.mode === 'navigate') return withWebFonts(hit);
			if (hit) return hit;
			const response = await fetch(event.request);
			if (response.ok && response.type === 'basic') cache.put(event.request, response.clone());
			return response;
		})()
	);
});

// Preloaded, a `font-display: optional` face holds first paint back until it is here (from the cache, a
// few ms) and is then used; merely declared, it is used only if already in memory, which a return visit's
// fonts are not (measured: without these, return visits read in the platform faces too).
const PRELOADS = build
	.filter((file) => file.endsWith('.woff2'))
	.map((file) => `<link rel="preload" href="${file}" as="font" type="font/woff2" crossorigin>`)
	.join('');

async function withWebFonts(page: Response): Promise<Response> {
	const html = await page.text();
	const { status, statusText, headers } = page;
	return new Response(html.replace(WEBFONTS_OFF, PRELOADS + WEBFONTS_ON), {
		status,
		statusText,
		headers
	});
}
