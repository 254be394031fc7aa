import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
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

export default defineConfig({
	plugins: [storyContent(), sveltekit()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
