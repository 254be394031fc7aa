/**
 * Abdelrahman Youssef's three reasons for Trump's threat, as a pure function of the step: the first step
 * shows the frame with three empty numbered slots; each later step fills the next slot (its reason, and
 * the actors it concerns, its number filled), while the reasons already given stay visible but recede.
 */
import type { Look } from '../../motion/look.ts';
import type { CopyKeys } from '../copy.ts';

/** Words it draws, from content/graphics/reasons.aml. */
export const COPY = {
	labels: [
		'kicker',
		'title',
		'by',
		'detail-1',
		'lead-2',
		'detail-2',
		'lead-3',
		'detail-3',
		'chip-israel',
		'chip-us',
		'chip-mediators',
		'chip-gaza',
		'source'
	],
	quotes: ['appease']
} as const satisfies CopyKeys;

export const STEPS = ['reasons-1', 'reasons-2', 'reasons-3', 'reasons-4'] as const;
export type ReasonsStep = (typeof STEPS)[number];

/** The three reasons, in the article's order. */
export const REASONS = [1, 2, 3] as const;

/** Opacity of an earlier reason's connector once the next one has been given (its text stays: AA). */
export const RECEDE = 0.42;

/**
 * Element keys drawn by Reasons.svelte (its `data-el` values): the frame and source line, and per reason
 * its empty slot, its number, its text, its connector line(s) and its actor chip(s).
 */
export const PART_KEYS = ['slot', 'num', 'reason', 'link', 'chip'] as const;
export type Part = (typeof PART_KEYS)[number];
export const key = (part: Part, reason: number) => `${part}-${reason}`;
export const KEYS = [
	'frame',
	'source',
	...REASONS.flatMap((reason) => PART_KEYS.map((part) => key(part, reason)))
];

export function isReasonsStep(id: string): id is ReasonsStep {
	return (STEPS as readonly string[]).includes(id);
}

/** The target look of the reasons graphic at a step. */
export function reasonsLook(step: string): Look {
	if (!isReasonsStep(step)) throw new Error(`The reasons graphic has no state for step "${step}"`);
	// reasons-1 is the empty frame; reasons-(n+1) gives reason n.
	const given = STEPS.indexOf(step);
	const look: Look = { frame: { opacity: 1 }, source: { opacity: 1 } };
	for (const reason of REASONS) {
		const shown = reason <= given;
		const level = !shown ? 0 : reason === given ? 1 : RECEDE;
		look[key('slot', reason)] = { opacity: shown ? 0 : 1 };
		// Only the reason just given has its number filled: the one accent for "now".
		look[key('num', reason)] = { opacity: reason === given ? 1 : 0 };
		// Earlier reasons keep their text at full strength (faded text would fail AA contrast); the
		// filled number and the full-strength connector mark the one just given.
		look[key('reason', reason)] = { opacity: shown ? 1 : 0 };
		look[key('link', reason)] = { draw: shown ? 1 : 0, opacity: level };
		look[key('chip', reason)] = { opacity: shown ? 1 : 0 };
	}
	return look;
}
