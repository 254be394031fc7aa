/**
 * The whiplash graphic as a pure function of the step: a tone chart with two lanes, "talking" above and
 * "threatening" below, seen four ways.
 *
 * - timeline (the-reversal): the article's events from March 4 to March 6, 2025, in its order. Only the
 *   dates the article gives are written; "24 hours later" stays a relative time, never a calendar date.
 * - pattern (threat-1): the threat-then-backpedal pattern the article describes, as a schematic.
 * - zoom (threat-2, threat-3): the threat two hours after the White House acknowledged the talks, then
 *   what the article sets behind it (Witkoff's postponed visit, "normalization").
 * - cards (threat-4, threat-5): Trump's posts as the article quotes them, two at a time.
 */
import type { Look } from '../../motion/look.ts';
import type { CopyKeys } from '../copy.ts';

/** Words it draws, from content/graphics/whiplash.aml. */
export const COPY = {
	labels: [
		'lane-talk',
		'lane-threat',
		'axis-start',
		'axis-end',
		'e2-tag',
		'e2',
		'e3-tag',
		'e3',
		'e4',
		'tibon-tag',
		'tibon',
		'source-timeline',
		'pattern-head',
		'pattern-talk',
		'pattern-threats',
		'pattern-back',
		'source-pattern',
		'z-ack-tag',
		'z-ack',
		'z-gap',
		'z-threat-tag',
		'z-threat',
		'z-witkoff-tag',
		'z-witkoff',
		'source-zoom',
		'cards-head',
		'cards-when',
		'source-cards'
	],
	quotes: ['sotu', 'analysts', 'smoke', 'normalization', 'post-1', 'post-2', 'post-3', 'post-4']
} as const satisfies CopyKeys;

export const STEPS = [
	'reversal-1',
	'reversal-2',
	'reversal-3',
	'threat-1',
	'threat-2',
	'threat-3',
	'threat-4',
	'threat-5'
] as const;
export type WhiplashStep = (typeof STEPS)[number];

/** Element keys drawn by Whiplash.svelte (its `data-el` values), by view. */
export const SHARED_KEYS = ['lanes'] as const;
export const TIMELINE_KEYS = [
	'axis',
	'axis-end',
	'whiplash',
	'e1',
	'e2',
	'e3',
	'e4',
	'reading',
	'tibon',
	'source-timeline'
] as const;
export const PATTERN_KEYS = [
	'pattern',
	'pattern-head',
	'pattern-quote',
	'pattern-threats',
	'pattern-back',
	'source-pattern'
] as const;
export const ZOOM_KEYS = [
	'z-path',
	'z-ack',
	'z-gap',
	'z-threat',
	'z-witkoff',
	'z-normal',
	'source-zoom'
] as const;
export const CARD_KEYS = [
	'cards-head',
	'card-1',
	'card-2',
	'card-3',
	'card-4',
	'source-cards'
] as const;
export const KEYS = [
	...SHARED_KEYS,
	...TIMELINE_KEYS,
	...PATTERN_KEYS,
	...ZOOM_KEYS,
	...CARD_KEYS
] as const;
export type ElementKey = (typeof KEYS)[number];

/** Paths drawn with pathLength="1": they draw in as they appear. */
export const PATH_KEYS: readonly ElementKey[] = ['whiplash', 'pattern', 'z-path'];

/** Context that stays on screen but steps back. */
export const DIM = 0.35;
/** Earlier quote cards, stacked behind the new ones. */
export const STACKED = 0.3;

/** What is on screen at each step (anything not named is hidden). */
const SHOWN: Record<WhiplashStep, Partial<Record<ElementKey, number>>> = {
	// The talk line on March 4, 2025, the White House confirming direct talks, then the threats:
	// Trump's, 24 hours later, and Rubio's.
	'reversal-1': {
		lanes: 1,
		axis: 1,
		whiplash: 1,
		e1: 1,
		e2: 1,
		e3: 1,
		e4: 1,
		'source-timeline': 1
	},
	// The analysts' reading ties the threat (lower lane) to the talks (upper lane).
	'reversal-2': {
		lanes: 1,
		axis: 1,
		whiplash: 1,
		e1: DIM,
		e2: 1,
		e3: 1,
		e4: DIM,
		reading: 1,
		'source-timeline': 1
	},
	// March 6, 2025: Amir Tibon, in Haaretz, reads it the same way.
	'reversal-3': {
		lanes: 1,
		axis: 1,
		'axis-end': 1,
		whiplash: 1,
		e1: DIM,
		e2: DIM,
		e3: DIM,
		e4: DIM,
		reading: 1,
		tibon: 1,
		'source-timeline': 1
	},
	// The pattern the article describes, as a schematic: threats, then a swift backpedal.
	'threat-1': {
		lanes: 1,
		pattern: 1,
		'pattern-head': 1,
		'pattern-quote': 1,
		'pattern-threats': 1,
		'pattern-back': 1,
		'source-pattern': 1
	},
	// This instance: the threat two hours after the White House acknowledged face-to-face talks.
	'threat-2': {
		lanes: 1,
		'z-path': 1,
		'z-ack': 1,
		'z-gap': 1,
		'z-threat': 1,
		'source-zoom': 1
	},
	// Behind it: Witkoff's postponed visit and Trump's "normalization" project.
	'threat-3': {
		lanes: 1,
		'z-path': DIM,
		'z-ack': DIM,
		'z-gap': DIM,
		'z-threat': 1,
		'z-witkoff': 1,
		'z-normal': 1,
		'source-zoom': 1
	},
	// The posts, as quote cards: first the two to Hamas on Truth Social.
	'threat-4': { 'cards-head': 1, 'card-1': 1, 'card-2': 1, 'source-cards': 1 },
	// Then the threats to Hamas leaders and to all Gaza residents; the first two stack behind.
	'threat-5': {
		'cards-head': 1,
		'card-1': STACKED,
		'card-2': STACKED,
		'card-3': 1,
		'card-4': 1,
		'source-cards': 1
	}
};

export function isWhiplashStep(id: string): id is WhiplashStep {
	return (STEPS as readonly string[]).includes(id);
}

/**
 * The target look of the whiplash graphic at a step. What is hidden comes first: the animator staggers
 * changes in this order, so a view clears before the next one fades in over it.
 */
export function whiplashLook(step: string): Look {
	if (!isWhiplashStep(step))
		throw new Error(`The whiplash graphic has no state for step "${step}"`);
	const shown = SHOWN[step];
	const hidden = KEYS.filter((key) => !shown[key]);
	const visible = KEYS.filter((key) => shown[key]);
	return Object.fromEntries(
		[...hidden, ...visible].map((key) => {
			const opacity = shown[key] ?? 0;
			// Paths draw in when they appear (and stay drawn when dimmed); everything else fades.
			if (PATH_KEYS.includes(key)) return [key, { draw: opacity > 0 ? 1 : 0, opacity }];
			return [key, { opacity }];
		})
	);
}
