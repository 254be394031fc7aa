/**
 * Link-preview images (1200×630 PNG), made at build time with satori (layout and text, in the page's
 * own fonts) and resvg (SVG → PNG): what the page is (the article, carried whole), the section's heading
 * and summary, and a simplified drawing of its graphic at the section's preview step, read from that
 * graphic's own state, with the step's callout (who says it) and the graphic's source line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { previewStep } from '../content/summary.ts';
import type { GraphicCopy, GraphicName, Section, Step, Story } from '../content/types.ts';
import { actorsLook } from '../graphics/actors/state.ts';
import { dealsLook } from '../graphics/deals/state.ts';
import { reasonsLook } from '../graphics/reasons/state.ts';
import { stakesTarget } from '../graphics/stakes/state.ts';
import { tabooLook } from '../graphics/taboo/state.ts';
import { whiplashLook } from '../graphics/whiplash/state.ts';
import type { Look } from '../motion/look.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;

// The light theme's tokens (src/lib/styles/tokens.css): previews have no dark mode.
const C = {
	paper: '#faf8f3',
	card: '#ffffff',
	ink: '#1c1b19',
	muted: '#57534b',
	rule: '#d8d3c8',
	context: '#8c877c',
	us: '#27548f',
	hamas: '#7a5712',
	israel: '#6a4a94',
	mediators: '#1f6b66'
};

const font = (pkg: string, file: string) =>
	readFileSync(resolve('node_modules/@fontsource', pkg, 'files', file));
const FONTS = [
	{
		name: 'Serif',
		data: font('source-serif-4', 'source-serif-4-latin-600-normal.woff'),
		weight: 600 as const
	},
	{
		name: 'Sans',
		data: font('source-sans-3', 'source-sans-3-latin-400-normal.woff'),
		weight: 400 as const
	},
	{
		name: 'Sans',
		data: font('source-sans-3', 'source-sans-3-latin-600-normal.woff'),
		weight: 600 as const
	}
];

/** A satori element: the object form of JSX. */
interface Node {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: Child | Child[];
		[key: string]: unknown;
	};
}
type Child = Node | string;
const h = (
	type: string,
	style: Record<string, string | number>,
	children?: Child | Child[],
	props = {}
): Node => ({
	type,
	props: { style, children, ...props }
});
const svgImage = (svg: string, width: number, height: number) =>
	h('img', { width, height }, undefined, {
		src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
		width,
		height
	});

/** The drawing's box on the card. */
const W = 520;
const H = 300;

const text = (value: string, style: Record<string, string | number> = {}) =>
	h(
		'div',
		{ display: 'flex', fontFamily: 'Sans', fontSize: 21, lineHeight: 1.25, color: C.ink, ...style },
		value
	);
const box = (children: Child[], style: Record<string, string | number> = {}) =>
	h('div', { display: 'flex', flexDirection: 'column', ...style }, children);
const frame = (children: Child[]) =>
	h('div', { display: 'flex', position: 'relative', width: W, height: H }, children);
const at = (left: number, top: number, style: Record<string, string | number> = {}) => ({
	position: 'absolute',
	left,
	top,
	...style
});

/** How visible an element of a look is (0 when the look leaves it out). */
const shown = (look: Look, key: string) => look[key]?.opacity ?? 0;

/** The source line the graphic shows at this look: its one `source…` label fully shown. */
function sourceOf(copy: GraphicCopy, look: Look): string {
	const key = Object.keys(copy.labels).find(
		(candidate) => candidate.startsWith('source') && shown(look, candidate) === 1
	);
	if (!key)
		throw new Error(`preview: no source line shown (keys: ${Object.keys(look).join(', ')})`);
	return copy.labels[key];
}

const chip = (label: string, colour: string, left: number, top: number, opacity: number) =>
	h(
		'div',
		{
			...at(left, top),
			width: 160,
			height: 52,
			display: 'flex',
			alignItems: 'center',
			justifyContent: 'center',
			borderRadius: 8,
			background: colour,
			color: C.paper,
			fontFamily: 'Sans',
			fontWeight: 600,
			fontSize: 24,
			opacity: opacity === 1 ? 1 : 0.3
		},
		label
	);

/** The actors and their channels, as actorsLook draws them at the step. */
function actorsDrawing(copy: GraphicCopy, step: string): Drawing {
	const t = copy.labels;
	const look = actorsLook(step);
	const on = (key: string) => shown(look, key) > 0;
	const lines = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
		${on('indirect') ? `<path d="M100 86 C100 150 150 174 190 174 M350 174 C390 174 440 150 440 86" fill="none" stroke="${C.mediators}" stroke-width="4" opacity="${shown(look, 'indirect') === 1 ? 0.6 : 0.25}"/>` : ''}
		${on('direct') ? `<path d="M180 58 H360" stroke="${C.ink}" stroke-width="7"/>` : ''}
		${on('threat') ? `<path d="M180 76 H350 M338 68 L352 76 L338 84" fill="none" stroke="${C.ink}" stroke-width="3" opacity="${shown(look, 'threat')}"/>` : ''}
		${on('israel-link') ? `<path d="M60 86 V218" stroke="${C.context}" stroke-width="4" opacity="0.6"/>` : ''}
		${on('dark') ? `<rect x="6" y="206" width="528" height="88" rx="12" fill="${C.ink}" fill-opacity="0.08" stroke="${C.context}" stroke-dasharray="8 8" stroke-width="2"/>` : ''}
	</svg>`;
	const label = (words: string, left: number, top: number, style = {}) =>
		text(words, { ...at(left, top), fontSize: 21, ...style });
	return {
		node: frame([
			svgImage(lines, W, H),
			chip(t.us, C.us, 20, 32, shown(look, 'us')),
			chip(t.hamas, C.hamas, 360, 32, shown(look, 'hamas')),
			chip(t.mediators, C.mediators, 190, 148, shown(look, 'mediators')),
			chip(t.israel, C.israel, 20, 224, shown(look, 'israel')),
			...(on('direct-label') ? [label(t.direct, 214, 8)] : []),
			...(shown(look, 'threat-label') === 1
				? [label(t.threat.toUpperCase(), 232, 88, { fontWeight: 600, letterSpacing: 1 })]
				: []),
			...(on('dark-label')
				? [
						label(t.dark, 196, 226, { fontWeight: 600 }),
						label(t['dark-by'], 196, 256, { color: C.muted, fontSize: 19 })
					]
				: [])
		]),
		source: sourceOf(copy, look)
	};
}

/** The stakes to scale: one square per person, each figure with the article's attribution. */
function stakesDrawing(copy: GraphicCopy, step: string): Drawing {
	const t = copy.labels;
	const { look, counts } = stakesTarget(step);
	const pitch = 4;
	const cols = W / pitch;
	/** One group: its label, then its marks (a square each; outlined where the article gives no state). */
	const group = (label: string, count: number, dark: number, outline = false) => {
		const rows = Math.ceil(count / cols);
		const marks = Array.from({ length: count }, (_, i) => {
			const x = (i % cols) * pitch;
			const y = Math.floor(i / cols) * pitch;
			return outline
				? `<rect x="${x + 0.5}" y="${y + 0.5}" width="2" height="2" fill="none" stroke="${C.ink}" stroke-width="1"/>`
				: `<rect x="${x}" y="${y}" width="3" height="3" fill="${i < dark ? C.ink : C.context}"/>`;
		}).join('');
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${rows * pitch}" viewBox="0 0 ${W} ${rows * pitch}">${marks}</svg>`;
		return box(
			[
				text(label, { fontSize: 18, fontWeight: 600, marginBottom: 6 }),
				svgImage(svg, W, rows * pitch)
			],
			{ marginBottom: 14 }
		);
	};
	const alive = counts.fade > 0 ? counts.alive : counts.gaza;
	return {
		node: box(
			[
				group(
					shown(look, 'alive')
						? `${t.gaza} (${t['gaza-source']}); ${t.alive}`
						: `${t.gaza} (${t['gaza-source']})`,
					counts.gaza,
					alive
				),
				...(shown(look, 'americans')
					? [group(`${t.americans}: ${t['americans-source']}`, counts.americans, 0, true)]
					: []),
				...(shown(look, 'palestinians')
					? [
							group(
								`${t.palestinians}, ${t['palestinians-source']}`,
								counts.palestinians,
								counts.palestinians
							)
						]
					: [])
			],
			{ width: W }
		),
		source: `${t.key}. ${t.source}`
	};
}

/** The whiplash: the March timeline (the-reversal) or the pattern the article describes (its schematic). */
function whiplashDrawing(copy: GraphicCopy, step: string): Drawing {
	const t = copy.labels;
	const look = whiplashLook(step);
	const quote = (id: string) => copy.quotes.find((candidate) => candidate.id === id)!;
	if (shown(look, 'pattern')) {
		const line = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
			<path d="M0 112 H${W} M0 242 H${W}" stroke="${C.rule}" stroke-width="2"/>
			<path d="M0 112 H170 L210 242 H330 L370 112 H${W}" fill="none" stroke="${C.ink}" stroke-width="6" stroke-linejoin="round"/>
		</svg>`;
		return {
			node: frame([
				svgImage(line, W, H),
				text(t['pattern-head'].toUpperCase(), {
					...at(0, 10),
					fontWeight: 600,
					letterSpacing: 1,
					fontSize: 19
				}),
				text(`“${quote('smoke').text}” — ${quote('smoke').by}`, {
					...at(0, 40),
					fontSize: 19,
					color: C.muted
				}),
				text(`${t['lane-talk']} ↑`, { ...at(0, 122), color: C.muted }),
				text(`${t['lane-threat']} ↓`, { ...at(0, 252), color: C.muted }),
				text(t['pattern-threats'], {
					...at(150, 252),
					width: 240,
					fontWeight: 600,
					textAlign: 'center',
					fontSize: 19
				}),
				text(t['pattern-back'], { ...at(390, 122), width: 130, fontSize: 19 })
			]),
			source: sourceOf(copy, look)
		};
	}
	if (!shown(look, 'axis'))
		throw new Error(
			`preview: the whiplash preview draws the timeline or the pattern, not "${step}"`
		);
	const event = (tag: string, words: string) =>
		box(
			[
				text(tag, { fontWeight: 600, fontSize: 18 }),
				text(words, { fontSize: 18, color: C.muted, marginTop: 2 })
			],
			{ width: (W - 20) / 2 }
		);
	const lane = (name: string, events: Node[]) =>
		box(
			[
				text(name.toUpperCase(), {
					fontWeight: 600,
					fontSize: 16,
					letterSpacing: 1,
					color: C.muted
				}),
				h('div', { display: 'flex', gap: 20, marginTop: 6 }, events)
			],
			{ borderTop: `3px solid ${C.ink}`, paddingTop: 8, marginBottom: 18 }
		);
	const sotu = quote('sotu');
	return {
		node: box(
			[
				lane(t['lane-talk'], [
					event(sotu.when ?? '', `${sotu.by}: “${sotu.text}”`),
					event(t['e2-tag'], t.e2)
				]),
				lane(t['lane-threat'], [event(t['e3-tag'], t.e3), event('', t.e4)])
			],
			{ width: W }
		),
		source: sourceOf(copy, look)
	};
}

/** The two deals side by side (quotes by id), and the three phases with only the first implemented. */
function dealsDrawing(copy: GraphicCopy, step: string): Drawing {
	const t = copy.labels;
	const look = dealsLook(step);
	if (!shown(look, 'us-title'))
		throw new Error(`preview: the deals preview draws the two deals, not "${step}"`);
	const quote = (id: string) => copy.quotes.find((candidate) => candidate.id === id)!.text;
	const column = (kicker: string, colour: string, title: string, items: string[]) =>
		box(
			[
				text(kicker.toUpperCase(), {
					color: colour,
					fontWeight: 600,
					letterSpacing: 1,
					fontSize: 19
				}),
				text(`“${title}”`, { fontFamily: 'Serif', fontWeight: 600, fontSize: 34, marginBottom: 8 }),
				...items.map((item) => text(item, { fontSize: 18, color: C.muted, marginBottom: 4 }))
			],
			{ width: 260, borderTop: `5px solid ${colour}`, paddingTop: 10 }
		);
	const phase = (label: string, done: boolean) =>
		h(
			'div',
			{
				display: 'flex',
				alignItems: 'center',
				justifyContent: 'center',
				width: 170,
				height: 40,
				borderRadius: 6,
				fontFamily: 'Sans',
				fontWeight: 600,
				fontSize: 19,
				background: done ? C.ink : C.paper,
				color: done ? C.paper : C.muted,
				border: done ? 'none' : `2px dashed ${C.context}`
			},
			label
		);
	const hamas = shown(look, 'hamas-title') === 1;
	return {
		node: box(
			[
				h('div', { display: 'flex', gap: 20 }, [
					column(t['us-kicker'], C.us, quote('limited-deal'), [t['us-marks'], t['us-ceasefire']]),
					...(hamas
						? [column(t['hamas-kicker'], C.hamas, quote('broader-deal'), [t['hamas-phases']])]
						: [])
				]),
				...(shown(look, 'phases')
					? [
							text(
								`${t['phases-title']}: ${t['phases-implemented-1']} ${t['phases-implemented-2']}`,
								{
									fontWeight: 600,
									fontSize: 18,
									marginTop: 16,
									marginBottom: 6
								}
							),
							h('div', { display: 'flex', gap: 10 }, [
								phase(t['phase-1'], true),
								phase(t['phase-2'], false),
								phase(t['phase-3'], false)
							])
						]
					: [])
			],
			{ width: W, height: H, justifyContent: 'center' }
		),
		source: sourceOf(copy, look)
	};
}

/** Youssef's reasons given by the step, each tied to the actor it concerns, and named as his. */
function reasonsDrawing(copy: GraphicCopy, step: string): Drawing {
	const t = copy.labels;
	const look = reasonsLook(step);
	const appease = copy.quotes.find((quote) => quote.id === 'appease')!;
	const rows = [
		{ reason: `“${appease.text}”`, chip: t['chip-israel'], colour: C.israel },
		{ reason: t['lead-2'], chip: t['chip-us'], colour: C.us },
		{ reason: t['lead-3'], chip: t['chip-gaza'], colour: C.muted }
	];
	const row = (n: number, reason: string, chip: string, colour: string) =>
		h('div', { display: 'flex', alignItems: 'center', gap: 14, marginBottom: 12 }, [
			h(
				'div',
				{
					display: 'flex',
					alignItems: 'center',
					justifyContent: 'center',
					width: 38,
					height: 38,
					borderRadius: 19,
					background: C.ink,
					color: C.paper,
					fontFamily: 'Sans',
					fontWeight: 600,
					fontSize: 20
				},
				String(n)
			),
			box(
				[
					text(reason, { fontSize: 18 }),
					h(
						'div',
						{ display: 'flex', marginTop: 4 },
						text(chip, {
							fontSize: 16,
							fontWeight: 600,
							color: C.paper,
							background: colour,
							padding: '2px 8px',
							borderRadius: 4
						})
					)
				],
				{ width: W - 60 }
			)
		]);
	return {
		node: box(
			[
				text(t.title, { fontWeight: 600, fontSize: 22 }),
				text(t.by, { fontSize: 18, color: C.muted, marginBottom: 12 }),
				...rows
					.map((item, i) => ({ ...item, n: i + 1 }))
					.filter(({ n }) => shown(look, `reason-${n}`) > 0)
					.map(({ n, reason, chip, colour }) => row(n, reason, chip, colour))
			],
			{ width: W, height: H, justifyContent: 'center' }
		),
		source: sourceOf(copy, look)
	};
}

/** The Hamas timeline, not to scale: 1997, then February 2025, then the talks as reported. */
function tabooDrawing(copy: GraphicCopy, step: string): Drawing {
	const t = copy.labels;
	const look = tabooLook(step);
	if (!shown(look, 'source-1'))
		throw new Error(`preview: the taboo preview draws the timeline alone, not "${step}"`);
	const line = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
		<path d="M4 70 H150 M172 70 H${W}" stroke="${C.hamas}" stroke-width="5"/>
		<path d="M146 84 L158 56 M160 84 L172 56" stroke="${C.ink}" stroke-width="3"/>
		<rect x="0" y="50" width="8" height="40" fill="${C.ink}"/>
		<circle cx="260" cy="70" r="12" fill="${C.paper}" stroke="${C.us}" stroke-width="5"/>
		<circle cx="430" cy="70" r="14" fill="${C.us}"/>
	</svg>`;
	const milestone = (left: number, date: string, words: string, by?: string) =>
		box(
			[
				text(date, { fontWeight: 600, fontSize: 20 }),
				text(words, { fontSize: 17, color: C.muted, marginTop: 4 }),
				...(by
					? [text(by, { fontSize: 16, color: C.muted, fontStyle: 'italic', marginTop: 4 })]
					: [])
			],
			{ ...at(left, 100), width: 165 }
		);
	return {
		node: frame([
			svgImage(line, W, H),
			text(t['hamas-lane'].toUpperCase(), {
				...at(0, 14),
				color: C.hamas,
				fontWeight: 600,
				letterSpacing: 1
			}),
			text(t['not-to-scale'], { ...at(120, 20), fontSize: 17, color: C.muted }),
			milestone(0, t['date-1997'], t['text-1997']),
			milestone(185, t['date-feb'], t['text-feb'], t['by-feb']),
			milestone(370, t['date-march'], t['text-march'], t['by-march'])
		]),
		source: sourceOf(copy, look)
	};
}

/** A preview drawing: the graphic at one step, and the source line it carries there. */
interface Drawing {
	node: Node;
	source: string;
}

const DRAWINGS = {
	actors: actorsDrawing,
	stakes: stakesDrawing,
	whiplash: whiplashDrawing,
	deals: dealsDrawing,
	reasons: reasonsDrawing,
	taboo: tabooDrawing
} satisfies Record<GraphicName, (copy: GraphicCopy, step: string) => Drawing>;

/** The step's callout as the page shows it: the quote or the note, then who says it. */
function callout(step: Step): Child[] {
	const words = step.quote ? `“${step.quote}”` : step.note;
	if (!words) return [];
	return [
		box(
			[
				text(words, {
					fontFamily: step.quote ? 'Serif' : 'Sans',
					fontSize: 20,
					lineHeight: 1.3
				}),
				text(`— ${step.by}`, { fontSize: 18, color: C.muted, marginTop: 4 })
			],
			{ borderLeft: `4px solid ${C.rule}`, paddingLeft: 12, marginTop: 12 }
		)
	];
}

/**
 * The preview card for a section (or, without one, for the whole story), as PNG bytes: left, what the
 * page is and what the section says; right, its graphic at the preview step, the step's callout with its
 * speaker, and the graphic's source line.
 */
export async function previewPng(story: Story, section?: Section): Promise<Buffer> {
	const shownSection = section ?? story.sections[0];
	const step = previewStep(shownSection);
	const { node, source } = DRAWINGS[shownSection.graphic](
		story.graphics[shownSection.graphic],
		step.id
	);
	const left = [
		text(story.eyebrow.toUpperCase(), {
			fontWeight: 600,
			fontSize: 15,
			letterSpacing: 0.8,
			color: C.muted
		}),
		text(section ? section.heading : story.title, {
			fontFamily: 'Serif',
			fontWeight: 600,
			fontSize: section ? 46 : 44,
			lineHeight: 1.08,
			marginTop: 14
		}),
		text(section ? section.summary : story.description, {
			fontSize: 20,
			lineHeight: 1.35,
			color: C.ink,
			marginTop: 16
		}),
		...(section
			? [
					text(`From the article “${story.title}”`, {
						fontSize: 18,
						lineHeight: 1.3,
						color: C.muted,
						marginTop: 'auto',
						paddingTop: 12,
						borderTop: `2px solid ${C.rule}`
					})
				]
			: [])
	];
	const card = h(
		'div',
		{
			display: 'flex',
			// satori sizes boxes without their padding and border (content-box).
			width: WIDTH - 2 * 44,
			height: HEIGHT - 2 * 40 - 10,
			padding: '40px 44px',
			gap: 40,
			background: C.paper,
			borderTop: `10px solid ${C.ink}`
		},
		[
			box(left, { width: WIDTH - 2 * 44 - 40 - W }),
			box(
				[node, ...callout(step), text(source, { fontSize: 16, color: C.muted, marginTop: 'auto' })],
				{
					width: W
				}
			)
		]
	);
	const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
		width: WIDTH,
		height: HEIGHT,
		fonts: FONTS
	});
	return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}
