import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered (see src/routes/+layout.ts): build/ is plain files for any static host.
		adapter: adapter({ strict: true }),
		// Inline the (small) CSS so first paint waits on no stylesheet request.
		inlineStyleThreshold: 20_000
	}
};

export default config;
