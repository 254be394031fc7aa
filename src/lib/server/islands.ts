/** Where the story pages' islands script is (see src/lib/islands/main.svelte.ts and vite.config.ts). */
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { ISLANDS_ENTRY as ENTRY } from '$lib/islands/entry';

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

let built: string | undefined;

/** The URL of the islands' entry script: the source in dev, the built file (from Vite's manifest) after. */
export function islandsEntry(): string {
	if (dev) return `/${ENTRY}`;
	return (built ??= fromManifest());
}

function fromManifest(): string {
	let manifest: Record<string, { file: string }>;
	try {
		manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
	} catch (error) {
		throw new Error(`islands: cannot read the client build's manifest ${MANIFEST}`, {
			cause: error
		});
	}
	const chunk = manifest[ENTRY];
	if (!chunk) throw new Error(`islands: ${ENTRY} is not in ${MANIFEST} (see vite.config.ts)`);
	return `${base}/${chunk.file}`;
}
