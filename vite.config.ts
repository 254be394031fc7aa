import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { ISLANDS_ENTRY } from './src/lib/islands/entry.ts';
import { loadStory } from './src/lib/server/content.ts';

/**
 * Validates content/ before anything is built or served, so a content mistake stops `npm run build`
 * and `npm run dev` with the file, section/step and field named, instead of a half-rendered page.
 * In dev, edits to content/ are re-validated and shown in the error overlay, or reload the page.
 */
function storyContent(): Plugin {
	return {
		name: 'story-content',
		buildStart() {
			loadStory();
		},
		configureServer(server) {
			server.watcher.add('content');
			server.watcher.on('change', (file) => {
				if (!file.includes('/content/')) return;
				try {
					loadStory();
					server.ws.send({ type: 'full-reload' });
				} catch (error) {
					const { message, stack = '' } = error as Error;
					server.config.logger.error(message);
					server.ws.send({ type: 'error', err: { message, stack } });
				}
			});
		}
	};
}

/**
 * The story pages are server HTML with no SvelteKit client (`csr = false`); their few interactive parts
 * are hydrated as separate Svelte roots from one small entry script. This adds that entry to SvelteKit's
 * client build, beside its own; the page finds the built file in the client manifest.
 */
function islandsEntry(): Plugin {
	return {
		name: 'islands-entry',
		apply: 'build',
		config(config) {
			if (config.build?.ssr !== false) return;
			const input = config.build.rollupOptions?.input;
			if (typeof input !== 'object' || Array.isArray(input))
				throw new Error('islands-entry: SvelteKit no longer names its client entries');
			return { build: { rollupOptions: { input: { ...input, islands: ISLANDS_ENTRY } } } };
		}
	};
}

export default defineConfig({
	plugins: [storyContent(), sveltekit(), islandsEntry()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
