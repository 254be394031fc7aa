/**
 * A taboo broken: a timeline, not to scale, from the 1997 terrorist designation of Hamas to the first
 * contact (February 2025) and the direct talks (as reported March 5, 2025), with the Taliban precedent drawn as a
 * second, grey track. A pure function of the step; every word drawn is in content/graphics/taboo.aml.
 */
import type { Look } from '../../motion/look.ts';
import type { CopyKeys } from '../copy.ts';

/** Words it draws, from content/graphics/taboo.aml. */
export const COPY = {
	labels: [
		'hamas-lane',
		'not-to-scale',
		'date-1997',
		'text-1997',
		'date-feb',
		'text-feb',
		'by-feb',
		'date-march',
		'text-march',
		'by-march',
		'witkoff-kicker',
		'request-kicker',
		'request-text',
		'request-by',
		'request-note',
		'taliban-lane',
		'taliban-note',
		'taliban-designation',
		'taliban-designation-when',
		'taliban-talks',
		'taliban-talks-when',
		'source-1',
		'source-2',
		'source-3',
		'source-4'
	],
	quotes: ['witkoff']
} as const satisfies CopyKeys;

/** Element keys drawn by Taboo.svelte (its `data-el` values). */
export const HAMAS_KEYS = [
	'hamas-lane',
	'hamas-line',
	'hamas-break',
	'mark-1997',
	'label-1997',
	'mark-feb',
	'label-feb',
	'mark-march',
	'label-march',
	'march-halo'
] as const;
export const CARD_KEYS = ['witkoff', 'request'] as const;
export const TALIBAN_KEYS = [
	'taliban-lane',
	'taliban-line',
	'taliban-break',
	'mark-taliban-designation',
	'label-taliban-designation',
	'mark-taliban-talks',
	'label-taliban-talks'
] as const;
export const SOURCE_KEYS = ['source-1', 'source-2', 'source-3', 'source-4'] as const;
export type ElementKey =
	| (typeof HAMAS_KEYS)[number]
	| (typeof CARD_KEYS)[number]
	| (typeof TALIBAN_KEYS)[number]
	| (typeof SOURCE_KEYS)[number];

/** Paths that draw in (pathLength="1"); everything else fades. */
const DRAWN = new Set<string>(['hamas-line', 'taliban-line']);

export const STEPS = ['taboo-1', 'taboo-2', 'taboo-3', 'taboo-4'] as const;
export type TabooStep = (typeof STEPS)[number];

/** Context that stays legible as such but steps back while a card speaks. */
export const DIM = 0.3;

const HAMAS_TIMELINE: Partial<Record<ElementKey, number>> = Object.fromEntries(
	HAMAS_KEYS.filter((key) => key !== 'march-halo').map((key) => [key, 1])
);
const BACKGROUND_1997_FEB = {
	'mark-1997': DIM,
	'label-1997': DIM,
	'mark-feb': DIM,
	'label-feb': DIM
} as const;

/** Everything shown at each step (unlisted keys are hidden). */
const SHOWN: Record<TabooStep, Partial<Record<ElementKey, number>>> = {
	// The line draws: 1997 designation, the break in time, the first contact, the direct talks.
	'taboo-1': { ...HAMAS_TIMELINE, 'source-1': 1 },
	// March 6: Witkoff on CNN. The talks are ringed; the earlier milestones step back.
	'taboo-2': {
		...HAMAS_TIMELINE,
		...BACKGROUND_1997_FEB,
		'march-halo': 1,
		witkoff: 1,
		'source-2': 1
	},
	// Hamas's request, according to sources who spoke to Al-Estiklal.
	'taboo-3': { ...HAMAS_TIMELINE, ...BACKGROUND_1997_FEB, request: 1, 'source-3': 1 },
	// The precedent: the Taliban, a second, grey track, designation then talks.
	'taboo-4': {
		...HAMAS_TIMELINE,
		...Object.fromEntries(TALIBAN_KEYS.map((key) => [key, 1])),
		'source-4': 1
	}
};

const KEYS: readonly ElementKey[] = [...HAMAS_KEYS, ...CARD_KEYS, ...TALIBAN_KEYS, ...SOURCE_KEYS];

export function isTabooStep(id: string): id is TabooStep {
	return (STEPS as readonly string[]).includes(id);
}

/** The target look of the taboo graphic at a step. */
export function tabooLook(step: string): Look {
	if (!isTabooStep(step)) throw new Error(`The taboo graphic has no state for step "${step}"`);
	const shown = SHOWN[step];
	return Object.fromEntries(
		KEYS.map((key) => {
			const value = shown[key] ?? 0;
			// Lines draw in and stay drawn when dimmed; everything else fades.
			if (DRAWN.has(key)) return [key, { draw: value > 0 ? 1 : 0, opacity: value }];
			return [key, { opacity: value }];
		})
	);
}
