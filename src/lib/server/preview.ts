/**
 * Link-preview images (1200×630 PNG), made at build time with satori (layout and text, in the page's
 * own fonts) and resvg (SVG → PNG): the story title, the section heading and a simplified drawing of
 * the section's graphic in its final state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { GraphicCopy, GraphicName, Section, Story } from '../content/types.ts';
import { FIGURES } from '../graphics/stakes/state.ts';

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

const chip = (label: string, colour: string, left: number, top: number, faded = false) =>
	h(
		'div',
		{
			position: 'absolute',
			left,
			top,
			width: 170,
			height: 56,
			display: 'flex',
			alignItems: 'center',
			justifyContent: 'center',
			borderRadius: 8,
			background: colour,
			color: C.paper,
			fontFamily: 'Sans',
			fontWeight: 600,
			fontSize: 24,
			opacity: faded ? 0.35 : 1
		},
		label
	);

/** The actors and channels at the end of their story: Israel outside the direct channel, in the dark. */
function actorsDrawing(copy: GraphicCopy): Node {
	const t = copy.labels;
	const lines = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="440" viewBox="0 0 520 440">
		<path d="M105 88 C105 190 150 250 175 250 M345 250 C370 250 415 190 415 88" fill="none" stroke="${C.mediators}" stroke-width="4" opacity="0.45"/>
		<path d="M190 60 H330" stroke="${C.ink}" stroke-width="7"/>
		<path d="M50 88 V330" stroke="${C.context}" stroke-width="4" opacity="0.6"/>
		<rect x="8" y="318" width="372" height="92" rx="12" fill="${C.ink}" fill-opacity="0.08" stroke="${C.context}" stroke-dasharray="8 8" stroke-width="2"/>
	</svg>`;
	return h('div', { display: 'flex', position: 'relative', width: 520, height: 440 }, [
		svgImage(lines, 520, 440),
		chip(t.us, C.us, 20, 32),
		chip(t.hamas, C.hamas, 330, 32),
		chip(t.mediators, C.mediators, 175, 222, true),
		chip(t.israel, C.israel, 20, 336),
		h(
			'div',
			{ position: 'absolute', left: 210, top: 4, fontFamily: 'Sans', fontSize: 22, color: C.ink },
			t.direct
		),
		h(
			'div',
			{
				position: 'absolute',
				left: 206,
				top: 352,
				fontFamily: 'Sans',
				fontSize: 22,
				color: C.muted
			},
			t.dark
		)
	]);
}

/** The stakes to scale: one square per person, as the article counts them. */
function stakesDrawing(copy: GraphicCopy): Node {
	const t = copy.labels;
	const pitch = 4;
	const cols = 130;
	const squares = (count: number, top: number, colour: string, dark = count) =>
		Array.from({ length: count }, (_, i) => {
			const x = (i % cols) * pitch;
			const y = top + Math.floor(i / cols) * pitch;
			return `<rect x="${x}" y="${y}" width="3" height="3" fill="${i < dark ? colour : C.context}"/>`;
		}).join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="440" viewBox="0 0 520 440">
		${squares(FIGURES.gaza, 34, C.ink, FIGURES.alive)}${squares(FIGURES.americans, 86, C.ink)}${squares(FIGURES.palestinians, 140, C.ink)}
	</svg>`;
	const label = (text: string, top: number) =>
		h(
			'div',
			{
				position: 'absolute',
				left: 0,
				top,
				fontFamily: 'Sans',
				fontWeight: 600,
				fontSize: 20,
				color: C.ink
			},
			text
		);
	return h('div', { display: 'flex', position: 'relative', width: 520, height: 440 }, [
		svgImage(svg, 520, 440),
		label(`${t.gaza} (${t['gaza-source']})`, 0),
		label(t.americans, 52),
		label(t.palestinians, 106)
	]);
}

const text = (value: string, style: Record<string, string | number> = {}) =>
	h(
		'div',
		{ display: 'flex', fontFamily: 'Sans', fontSize: 22, lineHeight: 1.25, color: C.ink, ...style },
		value
	);
const box = (children: Child[], style: Record<string, string | number> = {}) =>
	h('div', { display: 'flex', flexDirection: 'column', ...style }, children);

/** The whiplash: talking, then threatening, then back — the pattern the article describes. */
function whiplashDrawing(copy: GraphicCopy): Node {
	const t = copy.labels;
	const line = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="440" viewBox="0 0 520 440">
		<path d="M0 150 H520 M0 300 H520" stroke="${C.rule}" stroke-width="2"/>
		<path d="M0 150 H170 L210 300 H330 L370 150 H520" fill="none" stroke="${C.ink}" stroke-width="6" stroke-linejoin="round"/>
		<circle cx="235" cy="300" r="9" fill="${C.us}"/><circle cx="270" cy="300" r="9" fill="${C.us}"/><circle cx="305" cy="300" r="9" fill="${C.us}"/>
	</svg>`;
	return h('div', { display: 'flex', position: 'relative', width: 520, height: 440 }, [
		svgImage(line, 520, 440),
		text(t['pattern-head'].toUpperCase(), {
			position: 'absolute',
			left: 0,
			top: 40,
			fontWeight: 600,
			letterSpacing: 1
		}),
		text(`${t['lane-talk']} ↑`, { position: 'absolute', left: 0, top: 160, color: C.muted }),
		text(`${t['lane-threat']} ↓`, { position: 'absolute', left: 0, top: 312, color: C.muted }),
		text(t['pattern-threats'], {
			position: 'absolute',
			left: 150,
			top: 320,
			width: 240,
			fontWeight: 600,
			textAlign: 'center'
		}),
		text(t['pattern-back'], { position: 'absolute', left: 385, top: 165, width: 135 })
	]);
}

/** The two deals side by side, and the three phases with only the first implemented. */
function dealsDrawing(copy: GraphicCopy): Node {
	const t = copy.labels;
	const [limited, broader] = copy.quotes;
	const column = (kicker: string, colour: string, title: string, items: string[]) =>
		box(
			[
				text(kicker.toUpperCase(), {
					color: colour,
					fontWeight: 600,
					letterSpacing: 1,
					fontSize: 20
				}),
				text(`“${title}”`, {
					fontFamily: 'Serif',
					fontWeight: 600,
					fontSize: 38,
					marginBottom: 10
				}),
				...items.map((item) => text(item, { fontSize: 19, color: C.muted, marginBottom: 6 }))
			],
			{ width: 250, borderTop: `5px solid ${colour}`, paddingTop: 12 }
		);
	const phase = (label: string, done: boolean) =>
		h(
			'div',
			{
				display: 'flex',
				alignItems: 'center',
				justifyContent: 'center',
				width: 160,
				height: 44,
				borderRadius: 6,
				fontFamily: 'Sans',
				fontWeight: 600,
				fontSize: 20,
				background: done ? '#55504a' : C.paper,
				color: done ? C.paper : C.muted,
				border: done ? 'none' : `2px dashed ${C.context}`
			},
			label
		);
	return box(
		[
			h('div', { display: 'flex', gap: 20 }, [
				column(t['us-kicker'], C.us, limited.text, [t['us-marks'], t['us-ceasefire']]),
				column(t['hamas-kicker'], C.hamas, broader.text, [t['hamas-phases']])
			]),
			text(t['phases-title'], { fontWeight: 600, fontSize: 20, marginTop: 22, marginBottom: 8 }),
			h('div', { display: 'flex', gap: 10 }, [
				phase(t['phase-1'], true),
				phase(t['phase-2'], false),
				phase(t['phase-3'], false)
			])
		],
		{ width: 520, height: 440, justifyContent: 'center' }
	);
}

/** Youssef's three reasons, each tied to the actor it concerns. */
function reasonsDrawing(copy: GraphicCopy): Node {
	const t = copy.labels;
	const row = (n: number, reason: string, chip: string, colour: string) =>
		h('div', { display: 'flex', alignItems: 'center', gap: 16, marginBottom: 22 }, [
			h(
				'div',
				{
					display: 'flex',
					alignItems: 'center',
					justifyContent: 'center',
					width: 44,
					height: 44,
					borderRadius: 22,
					background: C.ink,
					color: C.paper,
					fontFamily: 'Sans',
					fontWeight: 600,
					fontSize: 22
				},
				String(n)
			),
			box(
				[
					text(reason, { fontSize: 20 }),
					h(
						'div',
						{ display: 'flex', marginTop: 6 },
						text(chip, {
							fontSize: 17,
							fontWeight: 600,
							color: C.paper,
							background: colour,
							padding: '3px 10px',
							borderRadius: 4
						})
					)
				],
				{ width: 440 }
			)
		]);
	return box(
		[
			text(t.title, { fontWeight: 600, fontSize: 26, marginBottom: 20 }),
			row(1, `“${copy.quotes[0].text}”`, t['chip-israel'], C.israel),
			row(2, t['lead-2'], t['chip-us'], C.us),
			row(3, t['lead-3'], t['chip-gaza'], C.muted)
		],
		{ width: 520, height: 440, justifyContent: 'center' }
	);
}

/** A taboo broken: 1997 to February 2025 to March 2025, not to scale. */
function tabooDrawing(copy: GraphicCopy): Node {
	const t = copy.labels;
	const line = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="440" viewBox="0 0 520 440">
		<path d="M4 120 H150 M172 120 H520" stroke="${C.hamas}" stroke-width="5"/>
		<path d="M146 134 L158 106 M160 134 L172 106" stroke="${C.ink}" stroke-width="3"/>
		<rect x="0" y="100" width="8" height="40" fill="${C.ink}"/>
		<circle cx="250" cy="120" r="12" fill="${C.paper}" stroke="${C.us}" stroke-width="5"/>
		<circle cx="420" cy="120" r="14" fill="${C.us}"/>
	</svg>`;
	const milestone = (left: number, date: string, words: string) =>
		box(
			[
				text(date, { fontWeight: 600, fontSize: 22 }),
				text(words, { fontSize: 18, color: C.muted, marginTop: 6 })
			],
			{
				position: 'absolute',
				left,
				top: 150,
				width: 150
			}
		);
	return h('div', { display: 'flex', position: 'relative', width: 520, height: 440 }, [
		svgImage(line, 520, 440),
		text(t['hamas-lane'].toUpperCase(), {
			position: 'absolute',
			left: 0,
			top: 62,
			color: C.hamas,
			fontWeight: 600,
			letterSpacing: 1
		}),
		text(t['not-to-scale'], {
			position: 'absolute',
			left: 120,
			top: 72,
			fontSize: 17,
			color: C.muted
		}),
		milestone(0, t['date-1997'], t['text-1997']),
		milestone(185, t['date-feb'], t['text-feb']),
		milestone(370, t['date-march'], t['text-march'])
	]);
}

const DRAWINGS = {
	actors: actorsDrawing,
	stakes: stakesDrawing,
	whiplash: whiplashDrawing,
	deals: dealsDrawing,
	reasons: reasonsDrawing,
	taboo: tabooDrawing
} satisfies Record<GraphicName, (copy: GraphicCopy) => Node>;

/** The section's graphic in its final state, simplified; the opening channels for the whole story. */
const drawing = (story: Story, section?: Section) =>
	section
		? DRAWINGS[section.graphic](story.graphics[section.graphic])
		: actorsDrawing(story.graphics.actors);

/** The preview card for a section (or, without one, for the whole story), as PNG bytes. */
export async function previewPng(story: Story, section?: Section): Promise<Buffer> {
	const heading = section?.heading ?? story.dek;
	const card = h(
		'div',
		{
			display: 'flex',
			// satori sizes boxes without their padding and border (content-box).
			width: WIDTH - 2 * 56,
			height: HEIGHT - 2 * 56 - 10,
			padding: 56,
			gap: 48,
			background: C.paper,
			borderTop: `10px solid ${C.ink}`
		},
		[
			h(
				'div',
				{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: 520 },
				[
					h('div', { display: 'flex', flexDirection: 'column', gap: 20 }, [
						h(
							'div',
							{
								fontFamily: 'Sans',
								fontWeight: 600,
								fontSize: 22,
								letterSpacing: 2,
								color: C.muted
							},
							'AN EXPLAINER'
						),
						h(
							'div',
							{
								fontFamily: 'Serif',
								fontWeight: 600,
								fontSize: section ? 64 : 44,
								lineHeight: 1.08,
								color: C.ink
							},
							heading
						)
					]),
					h(
						'div',
						{
							fontFamily: 'Sans',
							fontSize: 26,
							lineHeight: 1.3,
							color: C.muted,
							marginTop: 'auto',
							paddingTop: 20,
							borderTop: `2px solid ${C.rule}`
						},
						story.title
					)
				]
			),
			h('div', { display: 'flex', alignItems: 'center' }, drawing(story, section))
		]
	);
	const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
		width: WIDTH,
		height: HEIGHT,
		fonts: FONTS
	});
	return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}
