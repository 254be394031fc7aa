/** Checks the prerendered HTML readers get, against the repo's own copy of the source article. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { numbersNotIn, unattributed } from '../src/lib/content/claims';
import { normalise, parseArticle } from '../src/lib/server/article';
import { siteOrigin } from '../src/lib/server/site';
import { WEBFONTS_OFF } from '../src/lib/webfonts';
import { story } from './story';

const html = readFileSync('build/index.html', 'utf8');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
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

test('first paint waits on no request: the CSS above the story inline, the rest linked where it starts', () => {
	const head = html.slice(0, html.indexOf('</head>'));
	const body = html.slice(html.indexOf('</head>'));
	// Stylesheet links SvelteKit keeps beside inlined CSS are disabled; any other in the head would block
	// rendering of the whole page.
	const sheets = head.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [];
	for (const sheet of sheets) expect(sheet).toMatch(/ disabled[ =]/);
	// No web font on a first visit: the inline CSS declares only the platform faces; the web fonts'
	// sheet is there, off, exactly as the service worker turns it on for a return visit.
	expect(head).toMatch(/<style[^>]*>[\s\S]*@font-face/);
	expect(head).not.toMatch(/@font-face\s*\{[^}]*url\(/);
	expect(head).toContain(WEBFONTS_OFF);
	expect(head).toMatch(/<style[^>]*>[\s\S]*\.masthead/);
	expect(html).not.toMatch(/rel="(module)?preload"/);
	// The graphics' sheet holds back the story only: it sits right before <main>, after the masthead.
	const linked = [...body.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)];
	expect(linked.map((match) => match[0])).toEqual([
		expect.stringMatching(
			/^<link href="\.\/_app\/immutable\/assets\/graphics\.[\w-]+\.css" rel="stylesheet">$/
		)
	]);
	const at = linked[0].index! + linked[0][0].length;
	expect(body.slice(at, at + 5)).toBe('<main');
	expect(body.indexOf('class="masthead')).toBeLessThan(at);
});

test('the story pages carry one module script and the prose only once', () => {
	for (const page of ['build/index.html', `build/${story.sections[0].slug}/index.html`]) {
		const source = readFileSync(page, 'utf8');
		const scripts = [...source.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
		// The islands' entry, and their data (JSON, not run): no SvelteKit start-up script.
		expect(scripts, page).toEqual([
			expect.stringMatching(
				/^<script type="module" src="[^"]*\/_app\/immutable\/islands\.[\w-]+\.js">$/
			),
			'<script type="application/json" id="story-data">',
			'<script type="application/ld+json">'
		]);
		const data = JSON.parse(source.match(/id="story-data">([^<]*)<\/script>/)![1]);
		expect(data.sections.map((section: { slug: string }) => section.slug)).toEqual(
			story.sections.map((section) => section.slug)
		);
		// Every step's prose is in the page once, in its card, and not again in the data.
		const first = story.sections[0].steps[0].paragraphs[0];
		expect(JSON.stringify(data)).not.toContain(first.slice(0, 60));
	}
});

test('every script asks to be compiled whole as it streams in (vite.config.ts: compileHints)', () => {
	const scripts = readdirSync('build/_app', { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.js')
	);
	expect(scripts).toContainEqual(expect.stringMatching(/^immutable\/islands\.[\w-]+\.js$/));
	for (const script of scripts)
		expect(readFileSync(`build/_app/${script}`, 'utf8'), script).toMatch(
			/^\/\/# allFunctionsCalledOnLoad\n/
		);
});

test('every section page carries its own title, description, preview tags and canonical link', () => {
	const origin = siteOrigin();
	for (const section of story.sections) {
		const page = readFileSync(`build/${section.slug}/index.html`, 'utf8');
		const meta = (attribute: string, name: string) =>
			page.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];
		expect(page).toContain(`<title>${escapeHtml(section.heading)} — `);
		expect(meta('name', 'description')?.length).toBeGreaterThan(40);
		expect(meta('property', 'og:title')).toContain(escapeHtml(section.heading));
		expect(meta('property', 'og:description')).toBe(meta('name', 'description'));
		expect(meta('property', 'og:image')).toBe(`${origin}/og/${section.slug}.png`);
		expect(meta('name', 'twitter:card')).toBe('summary_large_image');
		expect(meta('name', 'twitter:image')).toBe(`${origin}/og/${section.slug}.png`);
		expect(page).toContain(`<link rel="canonical" href="${origin}/${section.slug}/"`);
	}
});

test("every page's description and preview alt keep the article's numbers and attributions", () => {
	const source = readFileSync('content/source/article.txt', 'utf8');
	const pages = ['index.html', ...story.sections.map((section) => `${section.slug}/index.html`)];
	for (const file of pages) {
		const page = readFileSync(`build/${file}`, 'utf8');
		const read = (attribute: string, name: string) => {
			const value = page.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];
			expect(value, `${file} ${name}`).toBeTruthy();
			return decode(value!);
		};
		for (const [attribute, name] of [
			['name', 'description'],
			['property', 'og:description'],
			['property', 'og:image:alt']
		]) {
			const value = read(attribute, name);
			expect(numbersNotIn(value, source), `${file} ${name}: ${value}`).toEqual([]);
			expect(unattributed(value), `${file} ${name}: ${value}`).toEqual([]);
		}
		// The alt says what the image is: a preview, and which article it carries.
		expect(read('property', 'og:image:alt')).toMatch(/^Link preview: .*“Washington's First/);
	}
	const stakes = readFileSync('build/the-stakes/index.html', 'utf8');
	expect(decode(stakes)).toContain('according to Palestinian and Israeli human rights reports');
});

test('every preview image exists as a 1200×630 PNG', () => {
	for (const name of ['story', ...story.sections.map((section) => section.slug)]) {
		const png = readFileSync(`build/og/${name}.png`);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		// The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1200, 630]);
	}
});

/** The scripts a page's entry loads before anything runs: it and its static imports, recursively. */
function staticScripts(dir: string, entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const code = readFileSync(`${dir}/${entry}`, 'utf8');
	const folder = entry.slice(0, entry.lastIndexOf('/') + 1);
	for (const [, path] of code.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.js)"/g))
		staticScripts(dir, new URL(path, `file:///${folder}`).pathname.slice(1), seen);
	return seen;
}
const islandsEntry = (dir: string) =>
	`_app/immutable/${readdirSync(`${dir}/_app/immutable`).find((file) => /^islands\./.test(file))}`;

test('without a class broker the pages name none and may connect only to their own origin', () => {
	for (const page of ['build/index.html', 'build/notes/index.html', 'build/remote/index.html']) {
		const source = readFileSync(page, 'utf8');
		expect(source, page).not.toContain('name="class-broker"');
		expect(source, page).toMatch(/connect-src 'self';/);
	}
});

test('the classroom build names its broker; its first script holds no MQTT code (loaded on use)', () => {
	const dir = 'build-classroom';
	const page = readFileSync(`${dir}/index.html`, 'utf8');
	expect(page).toContain('<meta name="class-broker" content="/mqtt">');
	const first = staticScripts(dir, islandsEntry(dir));
	expect(first.size).toBeGreaterThan(1);
	// "MQIsdp" (MQTT 3.1's protocol name) is in MQTT.js's packet code, and in one chunk of the build.
	const all = readdirSync(`${dir}/_app/immutable/chunks`).map(
		(file) => `_app/immutable/chunks/${file}`
	);
	const mqtt = all.filter((file) => readFileSync(`${dir}/${file}`, 'utf8').includes('MQIsdp'));
	expect(mqtt).toHaveLength(1);
	expect([...first]).not.toContain(mqtt[0]);
});

/** Each step's card in a story page: from its `data-step` to the next step's (or its section's end). */
const cardOf = (page: string, id: string) => {
	const from = page.indexOf(`data-step="${id}"`);
	const next = page.slice(from + 1).search(/data-step="|<\/section>/);
	return page.slice(from, from + 1 + next);
};
const voiceIds = (markup: string) => [...markup.matchAll(/data-voice="([^"]+)"/g)].map((m) => m[1]);

test('every paragraph names who is speaking, before it, as content/voices.aml says', () => {
	for (const section of story.sections)
		for (const step of section.steps) {
			const card = cardOf(html, step.id);
			// What precedes each of the article's paragraphs (the explainer's caption aside).
			const before = card.split(/<p\b(?![^>]*class="[^"]*caption)[^>]*>/).slice(0, -1);
			expect(before, step.id).toHaveLength(step.paragraphs.length);
			before.forEach((markup, i) => {
				const label = markup.slice(markup.lastIndexOf('<div class="voices'));
				expect(label, `${step.id} ¶${i + 1}`).toMatch(/^<div class="voices/);
				expect(voiceIds(label), `${step.id} ¶${i + 1}`).toEqual(
					step.voices[i].map((voice) => voice.id)
				);
				expect(voiceIds(label).length).toBeGreaterThan(0);
			});
		}
});

test('every quote and note shown beside a graphic names who is speaking', () => {
	// The server draws each figure at its section's first step: that step's callout, if any.
	const callouts = [...html.matchAll(/class="callout/g)].map((match) => {
		const before = html.slice(0, match.index);
		const label = before.slice(before.lastIndexOf('<div class="voices'));
		expect(before.lastIndexOf('<figcaption')).toBeLessThan(
			before.lastIndexOf('<div class="voices')
		);
		return voiceIds(label.slice(0, label.indexOf('</div>')));
	});
	const shown = story.sections.filter((section) => section.steps[0].calloutVoices.length);
	expect(callouts).toEqual(shown.map((section) => section.steps[0].calloutVoices.map((v) => v.id)));
	for (const section of story.sections)
		for (const step of section.steps)
			if (step.quote || step.note) expect(step.calloutVoices.length, step.id).toBeGreaterThan(0);
});

test('the who-said-what page lists every voice, with each of its paragraphs linked to its step', () => {
	const page = readFileSync('build/who-said-what/index.html', 'utf8');
	const pageText = normalise(decode(page.replace(/<[^>]+>/g, '')));
	expect(story.voices.length).toBeGreaterThan(20);
	for (const voice of story.voices) {
		expect(page).toContain(`<section id="${voice.id}"`);
		const part = page.slice(page.indexOf(`<section id="${voice.id}"`)).split('</section>')[0];
		expect(normalise(decode(part.replace(/<[^>]+>/g, '')))).toContain(normalise(voice.name));
		const links = [...part.matchAll(/href="\.\.\/#([a-z0-9-]+)"/g)].map((m) => m[1]);
		const spoken = story.sections.flatMap((section) =>
			section.steps.flatMap((step) =>
				step.voices.flatMap((voices) => (voices.some((v) => v.id === voice.id) ? [step.id] : []))
			)
		);
		expect(links, voice.id).toEqual(spoken);
		for (const id of links) expect(html).toContain(`data-step="${id}"`);
	}
	for (const paragraph of article.paragraphs) expect(pageText).toContain(normalise(paragraph));
	// The Sections menu and each voice label link to it (relative: the site may live under a path).
	expect(html).toContain('href="./who-said-what/"');
	expect(html).toContain('href="./who-said-what/#trump"');
	expect(readFileSync(`build/${story.sections[1].slug}/index.html`, 'utf8')).toContain(
		'href="../who-said-what/#tibon"'
	);
});

test('the story pages describe themselves as JSON-LD: based on the article, each quotation with who said it', () => {
	const whole = normalise(readFileSync('content/source/article.txt', 'utf8'));
	const quotes = [
		...story.sections.flatMap((section) => section.steps.flatMap((step) => step.quote ?? [])),
		...Object.values(story.graphics).flatMap((copy) => copy.quotes.map((quote) => quote.text))
	];
	for (const file of ['build/index.html', `build/${story.sections[2].slug}/index.html`]) {
		const source = readFileSync(file, 'utf8');
		const json = source.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1];
		const graph: Record<string, unknown>[] = JSON.parse(json)['@graph'];
		const article = graph.find((node) => node['@type'] === 'Article')!;
		expect(article.headline).toBe(story.title);
		const webPage = graph.find((node) => node['@type'] === 'WebPage')!;
		expect(webPage.isBasedOn).toEqual({ '@id': article['@id'] });
		const quotations = graph.filter((node) => node['@type'] === 'Quotation');
		expect(quotations.map((node) => node.text)).toEqual(quotes);
		for (const quotation of quotations) {
			expect(whole).toContain(normalise(quotation.text as string));
			expect(quotation.isPartOf).toEqual({ '@id': article['@id'] });
			const creators = quotation.creator as { '@type': string; name: string }[];
			expect(creators.length, quotation.text as string).toBeGreaterThan(0);
			for (const creator of creators) {
				expect(['Person', 'Organization']).toContain(creator['@type']);
				expect(creator.name.length).toBeGreaterThan(0);
			}
		}
	}
});
