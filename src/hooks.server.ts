import type { Handle } from '@sveltejs/kit';

/**
 * Every prerendered page asks for nothing before first paint: no <link rel="modulepreload">, no font
 * preload. The story's text and all its CSS are in the HTML; measured on a throttled phone
 * (`npm run bench`), preloading the scripts or even one font (preloaded `font-display: optional` faces
 * hold rendering back) took first paint from ≈ 1.0× to ≈ 2× the plain page's. The inline start-up
 * script loads the scripts right after; the fonts load with the first layout (src/lib/styles/fonts.css).
 */
export const handle: Handle = ({ event, resolve }) => resolve(event, { preload: () => false });
