/**
 * The actors and their channels, as a pure function of the step: which actors, channels and marks are
 * shown. Every label drawn says only what the article says (see content/story.aml for the callouts).
 */
import type { Look } from '../../motion/look.ts';
import type { CopyKeys } from '../copy.ts';

/** Words it draws, from content/graphics/actors.aml. */
export const COPY = {
	labels: [
		'us',
		'us-people-1',
		'us-people-2',
		'hamas',
		'hamas-people',
		'israel',
		'israel-people',
		'mediators',
		'mediators-role',
		'direct',
		'threat',
		'dark',
		'dark-by',
		'source-talks',
		'source-dark'
	],
	quotes: []
} as const satisfies CopyKeys;

/** Element keys drawn by Actors.svelte (its `data-el` values). */
export const ACTOR_KEYS = ['us', 'hamas', 'israel', 'mediators'] as const;
export const CHANNEL_KEYS = ['indirect', 'direct', 'threat', 'israel-link'] as const;
export const MARK_KEYS = ['direct-label', 'threat-label', 'dark', 'dark-label'] as const;
/** The source line: the article (its callouts name who speaks), or the Wall Street Journal for "dark". */
export const SOURCE_KEYS = ['source-talks', 'source-dark'] as const;
export type ElementKey =
	| (typeof ACTOR_KEYS)[number]
	| (typeof CHANNEL_KEYS)[number]
	| (typeof MARK_KEYS)[number]
	| (typeof SOURCE_KEYS)[number];

export const STEPS = [
	'both-sides-1',
	'both-sides-2',
	'both-sides-3',
	'both-sides-4',
	'signal-1',
	'signal-2',
	'signal-3',
	'signal-4',
	'signal-5',
	'israel-1',
	'israel-2',
	'israel-3',
	'israel-4',
	'israel-5'
] as const;
export type ActorsStep = (typeof STEPS)[number];

const DIM = 0.28;

/** What each step changes from the one before it; the look is the sum of the steps up to it. */
const CHANGES: Record<ActorsStep, Partial<Record<ElementKey, number>>> = {
	// The four actors; the existing channel runs through the mediators.
	'both-sides-1': { us: 1, hamas: 1, israel: 1, mediators: 1, indirect: 1, 'source-talks': 1 },
	// The first direct US–Hamas channel opens.
	'both-sides-2': { direct: 1, 'direct-label': 1 },
	// A threat along the same line, a day later.
	'both-sides-3': { threat: 1, 'threat-label': 1 },
	// Read as part of the negotiation: the channel stays, the threat recedes.
	'both-sides-4': { threat: DIM, 'threat-label': DIM },
	// What the channel signals: the focus is on the two parties talking.
	'signal-1': { threat: 0, 'threat-label': 0, israel: DIM, mediators: DIM, indirect: DIM },
	'signal-2': { us: DIM },
	'signal-3': { us: 1, israel: 1, 'israel-link': 1, hamas: DIM },
	'signal-4': { hamas: 1, israel: 1 },
	'signal-5': { mediators: 1, indirect: 1 },
	// Israel's reaction: attention moves to Israel and its tie to Washington.
	'israel-1': { mediators: DIM, indirect: DIM },
	'israel-2': { threat: 1, 'threat-label': 1 },
	'israel-3': { threat: 0, 'threat-label': 0, hamas: DIM },
	'israel-4': { hamas: 1 },
	// Outside the channel: kept in the dark, according to the Wall Street Journal.
	'israel-5': {
		'israel-link': DIM,
		dark: 1,
		'dark-label': 1,
		'source-talks': 0,
		'source-dark': 1
	}
};

const KEYS = [...ACTOR_KEYS, ...CHANNEL_KEYS, ...MARK_KEYS, ...SOURCE_KEYS];
const CHANNELS = new Set<string>(CHANNEL_KEYS);

export function isActorsStep(id: string): id is ActorsStep {
	return (STEPS as readonly string[]).includes(id);
}

/** The target look of the actors graphic at a step. */
export function actorsLook(step: string): Look {
	const upTo = STEPS.indexOf(step as ActorsStep);
	if (upTo === -1) throw new Error(`The actors graphic has no state for step "${step}"`);
	const level = Object.fromEntries(KEYS.map((key) => [key, 0])) as Record<ElementKey, number>;
	for (const id of STEPS.slice(0, upTo + 1)) Object.assign(level, CHANGES[id]);
	return Object.fromEntries(
		KEYS.map((key) => {
			const value = level[key];
			// Channels draw in (and stay drawn when dimmed); everything else fades.
			if (CHANNELS.has(key)) return [key, { draw: value > 0 ? 1 : 0, opacity: value }];
			return [key, { opacity: value }];
		})
	);
}
