import { describe, expect, test } from 'vitest';
import { WEBFONTS_OFF } from '$lib/webfonts';
import { linkSheetsBeforeMain } from './stylesheets';

const page = (head: string, body: string) =>
	`<!doctype html><html><head><style>a{}</style>${head}</head><body>${body}</body></html>`;
const LINKED = '<link href="./_app/immutable/assets/graphics.x.css" rel="stylesheet">';
const DISABLED =
	'<link href="./_app/immutable/assets/Story.y.css" rel="stylesheet" disabled media="(max-width: 0)">';

const WEBFONTS = `${WEBFONTS_OFF} href="./_app/immutable/assets/webfonts.z.css"/>`;

describe('linkSheetsBeforeMain', () => {
	test('moves a linked stylesheet from the head to just before <main>', () => {
		const out = linkSheetsBeforeMain(page(LINKED, '<header>h</header><main data-story>m</main>'));
		expect(out).toBe(page('', `<header>h</header>${LINKED}<main data-story>m</main>`));
	});

	test('leaves SvelteKit’s disabled links (beside inlined CSS) in the head', () => {
		const html = page(DISABLED + LINKED, '<main>m</main>');
		const out = linkSheetsBeforeMain(html);
		expect(out.slice(0, out.indexOf('</head>'))).toContain(DISABLED);
		expect(out).toContain(`<body>${LINKED}<main>`);
	});

	test('leaves a link Svelte writes disabled (the web fonts’, disabled="") in the head', () => {
		const html = page(WEBFONTS, '<main>m</main>');
		expect(linkSheetsBeforeMain(html)).toBe(html);
	});

	test('changes nothing in a page with no <main> or no linked sheet', () => {
		for (const html of [page(LINKED, '<div>x</div>'), page(DISABLED, '<main>m</main>')])
			expect(linkSheetsBeforeMain(html)).toBe(html);
	});
});
