import type { Handle } from '@sveltejs/kit';
import { DATA_ID } from '$lib/islands/data';
import { islandsEntry } from '$lib/server/islands';
import { linkSheetsBeforeMain } from '$lib/server/stylesheets';

/**
 * Every prerendered page asks for nothing before first paint: no <link rel="modulepreload">, no font
 * preload. The story's text and the CSS of everything above it are in the HTML (the graphics' sheet is
 * linked where the story starts: src/lib/server/stylesheets.ts); measured on a throttled phone
 * (`npm run bench`), preloading the scripts or even one font (preloaded `font-display: optional` faces
 * hold rendering back) took first paint from ≈ 1.0× to ≈ 2× the plain page's. The fonts load with the
 * first layout (src/lib/styles/fonts.css).
 *
 * The story pages carry no SvelteKit client (`csr = false`): their one script is the islands' entry,
 * added here to any page holding the islands' data — a module script, so it waits for the HTML to be
 * parsed and never holds back first paint.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: () => false,
		transformPageChunk: ({ html }) => {
			const page = linkSheetsBeforeMain(html);
			return page.includes(`id="${DATA_ID}"`)
				? page.replace('</head>', `<script type="module" src="${islandsEntry()}"></script></head>`)
				: page;
		}
	});
