import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The class broker (README: In the classroom), set at build time: a ws(s):// URL, or a path on the
// site's own origin (what `npm run classroom` builds with). Pages may connect to it, and to nothing else.
const broker = process.env.PUBLIC_CLASS_BROKER;
const brokerOrigin = broker && /^wss?:\/\//.test(broker) ? [new URL(broker).origin] : [];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered (see src/routes/+layout.ts): build/ is plain files for any static host.
		// BUILD_DIR: a second build beside build/ (the classroom's, for the e2e tests).
		adapter: adapter({
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build',
			strict: true
		}),
		// Inline every stylesheet but the graphics' (≈ 19 KB, the one over this size), so first paint waits
		// on no request; that one is linked where the story starts (src/lib/server/stylesheets.ts).
		inlineStyleThreshold: 10_000,
		// Who said what links each paragraph to `/#<step-id>`: a step is found by its `data-step`, not an id
		// (the scroll engine opens it; test/build.spec.ts checks every such step exists). Any other missing
		// id still fails the build.
		prerender: {
			handleMissingId: ({ path, referrers, message }) => {
				if (path === '/' && referrers.every((page) => page === '/who-said-what/')) return;
				throw new Error(message);
			}
		},
		// A strict policy in every prerendered page: scripts only from this origin or hashed by SvelteKit,
		// nothing from anywhere else. Inline styles stay allowed: the graphics' states are style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self', ...brokerOrigin],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
