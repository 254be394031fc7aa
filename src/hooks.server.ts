import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { DATA_ID } from '$lib/islands/data';
import { classBrokerMeta } from '$lib/server/classroom';
import { islandsEntry } from '$lib/server/islands';
import { linkSheetsBeforeMain } from '$lib/server/stylesheets';
import webfonts from '$lib/styles/webfonts.css?url';
import { WEBFONTS_OFF } from '$lib/webfonts';

/**
 * Every prerendered page asks for nothing before first paint: no <link rel="modulepreload">, no font
 * preload. The story's text and the CSS of everything above it are in the HTML (the graphics' sheet is
 * linked where the story starts: src/lib/server/stylesheets.ts); measured on a throttled phone
 * (`npm run bench`), preloading the scripts or even one font (preloaded `font-display: optional` faces
 * hold rendering back) took first paint from ≈ 1.0× to ≈ 2× the plain page's. A first visit asks for no
 * web font at all; the service worker adds them, preloaded from its cache, for a return visit (see
 * src/lib/styles/fonts.css).
 *
 * The story pages carry no SvelteKit client (`csr = false`): their one script is the islands' entry,
 * added here to any page holding the islands' data — a module script, so it waits for the HTML to be
 * parsed and never holds back first paint.
 *
 * With a class broker set at build time (PUBLIC_CLASS_BROKER), every page names it in a <meta>
 * (src/lib/server/classroom.ts), for sharing, following and the phone clicker.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: () => false,
		transformPageChunk: ({ html }) => {
			// The web fonts' sheet, off: a return visit gets it on from the service worker (src/lib/webfonts.ts).
			const page = linkSheetsBeforeMain(html).replace(
				'</head>',
				`${WEBFONTS_OFF} href="${base}${webfonts}">${classBrokerMeta()}</head>`
			);
			return page.includes(`id="${DATA_ID}"`)
				? page.replace('</head>', `<script type="module" src="${islandsEntry()}"></script></head>`)
				: page;
		}
	});
