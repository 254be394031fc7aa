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

/**
 * Every script chunk of the client build is fetched only when it is about to run (the islands' entry
 * as the page finishes parsing; the engine, menu, figures and presenter as they are needed), so each
 * asks V8 to compile all its functions at once, on a background thread while it streams in
 * ("explicit compile hints", Chromium 136+; other browsers read a comment). Left lazy, each function was
 * compiled on the main thread when first called: the first island hydrated took 18–98 ms on a
 * 4×-throttled phone, one of the page's few long tasks after first paint. Added after minification,
 * which drops comments (and no source maps are built for the added line to shift).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
function compileHints(): Plugin {
	let client = false;
	return {
		name: 'compile-hints',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
			if (client && config.build.sourcemap)
				throw new Error('compile-hints: a line added to each chunk would shift its source map');
		},
		// The hint is part of each file's name hash, so a deployment that adds or drops it renames the files.
		augmentChunkHash() {
			if (client) return COMPILE_HINT;
		},
		// Last, after Vite's own additions to the chunks: the hint counts only on a file's first line.
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				if (!client) return;
				for (const chunk of Object.values(bundle))
					if (chunk.type === 'chunk') chunk.code = COMPILE_HINT + chunk.code;
			}
		}
	};
}

export default defineConfig({
	plugins: [storyContent(), sveltekit(), islandsEntry(), compileHints()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
