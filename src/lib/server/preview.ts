/**
 * Link-preview images (1200×630 PNG), made at build time with satori (layout and text, in the page's
 * own fonts) and resvg (SVG → PNG): the story title, the section heading and a simplified drawing of
 * the section's graphic in its final state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { GraphicCopy, Section, Story } from '../content/types.ts';
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

/** Any other graphic, in a faithful simplified form: what its last step shows, in words. */
function describedDrawing(section: Section): Node {
	return h(
		'div',
		{
			display: 'flex',
			alignItems: 'center',
			width: 520 - 2 * 36 - 4,
			height: 440 - 2 * 36 - 4,
			padding: 36,
			borderRadius: 12,
			border: `2px solid ${C.rule}`,
			background: C.card,
			fontFamily: 'Sans',
			fontSize: 28,
			lineHeight: 1.35,
			color: C.ink
		},
		section.steps.at(-1)!.alt
	);
}

function drawing(story: Story, section: Section | undefined): Node {
	if (!section) return actorsDrawing(story.graphics.actors);
	if (section.graphic === 'actors') return actorsDrawing(story.graphics.actors);
	if (section.graphic === 'stakes') return stakesDrawing(story.graphics.stakes);
	return describedDrawing(section);
}

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
