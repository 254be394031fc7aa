/** The registry: graphic name (as written in content/story.aml) → component. Typed so none is missing. */
import type { Component } from 'svelte';
import type { GraphicName } from '$lib/content/types';
import type { GraphicProps } from './types';
import Actors from './actors/Actors.svelte';
import Deals from './deals/Deals.svelte';
import Reasons from './reasons/Reasons.svelte';
import Stakes from './stakes/Stakes.svelte';
import Taboo from './taboo/Taboo.svelte';
import Whiplash from './whiplash/Whiplash.svelte';

export const GRAPHICS: Record<GraphicName, Component<GraphicProps>> = {
	actors: Actors,
	whiplash: Whiplash,
	stakes: Stakes,
	deals: Deals,
	reasons: Reasons,
	taboo: Taboo
};

/** The graphics that follow the active step's scroll progress; the rest change only from step to step. */
export const FOLLOWS_PROGRESS: ReadonlySet<GraphicName> = new Set(['stakes']);
