/** Checks the prerendered HTML readers get, against the repo's own copy of the source article. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { normalise, parseArticle } from '../src/lib/server/article';
import { story } from './story';

const html = readFileSync('build/index.html', 'utf8');
const article = parseArticle(readFileSync('content/source/article.txt', 'utf8'));

const decode = (text: string) =>
	text
		.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
// The text a reader sees with JavaScript off: markup, scripts and styles removed.
const text = normalise(
	decode(html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ''))
);

test('holds the title, dek and a credit naming the source article', () => {
	expect(text).toContain(normalise(article.title));
	expect(text).toContain(normalise(article.dek));
	expect(text).toContain(normalise(`“${article.title}”`));
	expect(html).toMatch(
		/<title>Washington's First Direct Talks with Hamas: A Shift in Strategy\?<\/title>/
	);
});

test('holds every article body paragraph verbatim, in order', () => {
	expect(article.paragraphs).toHaveLength(60);
	let from = 0;
	for (const paragraph of article.paragraphs) {
		const at = text.indexOf(normalise(paragraph), from);
		expect(at, paragraph.slice(0, 60)).toBeGreaterThanOrEqual(from);
		from = at;
	}
});

test('holds every section heading in its own section, with data attributes per the contract', () => {
	expect(story.sections.length).toBeGreaterThanOrEqual(8);
	for (const section of story.sections) {
		const open = `<section id="${section.slug}" data-section="${section.slug}"`;
		expect(html).toContain(open);
		expect(text).toContain(normalise(section.heading));
		for (const step of section.steps) expect(html).toContain(`data-step="${step.id}"`);
	}
	expect(html.match(/data-step="/g)).toHaveLength(story.sections.flatMap((s) => s.steps).length);
});

test('holds the seven sources as the article lists them', () => {
	expect(article.sources).toHaveLength(7);
	for (const source of article.sources) expect(text).toContain(normalise(source));
});

test('fetches nothing from another origin (absolute URLs only in link-preview tags)', () => {
	const fetched = [...html.matchAll(/<(script|link|img|source|iframe)\b[^>]*>/g)]
		.map((match) => match[0])
		.filter((tag) => !/rel="canonical"/.test(tag));
	expect(fetched.length).toBeGreaterThan(0);
	for (const tag of fetched) expect(tag, tag).not.toMatch(/(src|href)="(https?:)?\/\//);
});
