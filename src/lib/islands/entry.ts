/** The story pages' one script (see main.svelte.ts): built by vite.config.ts, linked by $lib/server/islands. */
export const ISLANDS_ENTRY = 'src/lib/islands/main.svelte.ts';
