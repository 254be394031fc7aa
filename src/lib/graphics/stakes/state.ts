/**
 * The stakes, to scale: one mark per person, as a pure function of the step (and, for the count that
 * fills as the reader scrolls, of the step's progress). The figures are the article's, nothing else.
 */
import type { Look } from '../../motion/look.ts';
import type { CopyKeys } from '../copy.ts';

export const COPY = {
	labels: [
		'gaza',
		'gaza-source',
		'alive',
		'americans',
		'americans-source',
		'palestinians',
		'palestinians-source',
		'key',
		'source'
	],
	quotes: []
} as const satisfies CopyKeys;

/** The article's figures: Israel's estimate (59, 24 alive), the talks' narrow goal (4), rights reports (9,500+). */
export const FIGURES = { gaza: 59, alive: 24, americans: 4, palestinians: 9500 } as const;

export const STEPS = ['stakes-1', 'stakes-2', 'stakes-3', 'stakes-4'] as const;
export type StakesStep = (typeof STEPS)[number];

/** How many marks of each group are drawn, and how far the marks beyond the alive ones have faded. */
export interface Counts {
	gaza: number;
	/** The first `alive` marks of the Gaza group stay dark while the others fade by `fade` (0–1). */
	alive: number;
	fade: number;
	americans: number;
	palestinians: number;
}

export interface StakesTarget {
	counts: Counts;
	/** Opacity of the HTML labels by data-el key. */
	look: Look;
}

/** Share of the step's scroll over which the 9,500 marks fill, so the block is full well before it leaves. */
const FILL_BY = 0.6;

export function isStakesStep(id: string): id is StakesStep {
	return (STEPS as readonly string[]).includes(id);
}

export function stakesTarget(step: string, progress = 1): StakesTarget {
	const at = STEPS.indexOf(step as StakesStep);
	if (at === -1) throw new Error(`The stakes graphic has no state for step "${step}"`);
	const fill = Math.min(1, Math.max(0, progress) / FILL_BY);
	const counts: Counts = {
		gaza: FIGURES.gaza,
		alive: FIGURES.alive,
		fade: at >= 1 ? 1 : 0,
		americans: at >= 2 ? FIGURES.americans : 0,
		palestinians: at >= 3 ? Math.round(FIGURES.palestinians * fill) : 0
	};
	const shown = (from: number) => ({ opacity: at >= from ? 1 : 0 });
	return {
		counts,
		look: {
			gaza: shown(0),
			key: shown(0),
			alive: shown(1),
			americans: shown(2),
			palestinians: shown(3)
		}
	};
}
