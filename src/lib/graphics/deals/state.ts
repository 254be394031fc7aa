/**
 * The two deals on the table, as a pure function of the step: the US "limited deal" and Hamas's
 * "broader deal" side by side, the three-phase ceasefire beneath them, then what other outlets reported
 * about the talks. Every word drawn comes from content/graphics/deals.aml and restates the article.
 */
import type { Look } from '../../motion/look.ts';
import type { CopyKeys } from '../copy.ts';

/** Words it draws, from content/graphics/deals.aml. */
export const COPY = {
	labels: [
		// The two deals (Palestinian sources, to Al-Estiklal).
		'us-kicker',
		'us-intro',
		'us-marks',
		'us-military',
		'us-ceasefire',
		'us-operation',
		'hamas-kicker',
		'hamas-phases',
		'hamas-exchange',
		'hamas-exchange-by',
		// The three-phase ceasefire agreement.
		'phases-title',
		'phase-1',
		'phase-2',
		'phase-3',
		'phases-implemented-1',
		'phases-implemented-2',
		'phases-bracket',
		// March 5: Reuters and Axios.
		'reuters-tag',
		'reuters-us',
		'reuters-broader',
		'axios-tag',
		'axios-us',
		'axios-broader',
		// February 2025: the first contact, per the Wall Street Journal.
		'wsj-tag',
		'wsj-request',
		'wsj-response-tag',
		'wsj-response',
		// Source lines, one per state.
		'source-deals',
		'source-nunu',
		'source-reports',
		'source-wsj'
	],
	quotes: ['limited-deal', 'broader-deal', 'nunu']
} as const satisfies CopyKeys;

/** Element keys drawn by Deals.svelte (its `data-el` values), in the order they move. */
export const HEAD_KEYS = ['us-kicker', 'us-title', 'hamas-kicker', 'hamas-title'] as const;
export const TERM_KEYS = ['us-terms', 'hamas-terms'] as const;
export const PHASE_KEYS = ['phases', 'phase-bracket', 'phase-bracket-label'] as const;
/** Paths drawn in (pathLength="1"); everything else fades. */
const DRAWN = new Set<string>(['phase-bracket']);
export const NOTE_KEYS = ['note-nunu', 'note-reports', 'note-wsj'] as const;
export const SOURCE_KEYS = ['source-deals', 'source-nunu', 'source-reports', 'source-wsj'] as const;
export type ElementKey =
	| (typeof HEAD_KEYS)[number]
	| (typeof TERM_KEYS)[number]
	| (typeof PHASE_KEYS)[number]
	| (typeof NOTE_KEYS)[number]
	| (typeof SOURCE_KEYS)[number];

export const STEPS = ['deals-1', 'deals-2', 'deals-3', 'deals-4', 'deals-5'] as const;
export type DealsStep = (typeof STEPS)[number];

/** Context: still there, no longer the point. */
export const DIM = 0.3;

// Dimmed text would fall below AA contrast: the deals' names step aside instead.
const HEADS_OFF = {
	'us-kicker': 0,
	'us-title': 0,
	'hamas-kicker': 0,
	'hamas-title': 0
} as const;
const TERMS_OFF = { 'us-terms': 0, 'hamas-terms': 0 } as const;

/** What each step changes from the one before it; the look is the sum of the steps up to it. */
const CHANGES: Record<DealsStep, Partial<Record<ElementKey, number>>> = {
	// The US "limited deal": four American prisoners, the ceasefire extended, an operation suspended.
	'deals-1': {
		'us-kicker': 1,
		'us-title': 1,
		'us-terms': 1,
		'source-deals': 1
	},
	// Hamas's "broader deal" beside it, and the three phases: only the first implemented.
	'deals-2': {
		'hamas-kicker': 1,
		'hamas-title': 1,
		'hamas-terms': 1,
		phases: 1,
		'phase-bracket': 1,
		'phase-bracket-label': 1
	},
	// Taher al-Nunu's reading, to Al Jazeera Mubasher: the deals recede behind his words.
	'deals-3': {
		...TERMS_OFF,
		...HEADS_OFF,
		phases: DIM,
		'phase-bracket': DIM,
		'phase-bracket-label': DIM,
		'note-nunu': 1,
		'source-deals': 0,
		'source-nunu': 1
	},
	// Reuters and Axios, March 5: a column per outlet. No side's heading over them, nor the deals'
	// names: the words now shown are the outlets' (and their sources'), not Al-Estiklal's sources'.
	'deals-4': {
		'note-nunu': 0,
		'note-reports': 1,
		'source-nunu': 0,
		'source-reports': 1
	},
	// The first contact, February 2025 in Qatar (the Wall Street Journal): a request, and a release.
	'deals-5': {
		'us-kicker': 1,
		'hamas-kicker': 1,
		'note-reports': 0,
		'note-wsj': 1,
		'source-reports': 0,
		'source-wsj': 1
	}
};

export const KEYS: readonly ElementKey[] = [
	...HEAD_KEYS,
	...TERM_KEYS,
	...PHASE_KEYS,
	...NOTE_KEYS,
	...SOURCE_KEYS
];

export function isDealsStep(id: string): id is DealsStep {
	return (STEPS as readonly string[]).includes(id);
}

/** The target look of the deals graphic at a step. */
export function dealsLook(step: string): Look {
	if (!isDealsStep(step)) throw new Error(`The deals graphic has no state for step "${step}"`);
	const level = Object.fromEntries(KEYS.map((key) => [key, 0])) as Record<ElementKey, number>;
	for (const id of STEPS.slice(0, STEPS.indexOf(step) + 1)) Object.assign(level, CHANGES[id]);
	return Object.fromEntries(
		KEYS.map((key) => {
			const value = level[key];
			// The bracket draws in (and stays drawn when dimmed).
			if (DRAWN.has(key)) return [key, { draw: value > 0 ? 1 : 0, opacity: value }];
			return [key, { opacity: value }];
		})
	);
}
