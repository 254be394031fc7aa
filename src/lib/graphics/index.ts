/** The registry: graphic name (as written in content/story.aml) → component. Typed so none is missing. */
import type { Component } from 'svelte';
import type { GraphicName } from '$lib/content/types';
import type { GraphicProps } from './types';
import Actors from './actors/Actors.svelte';
import Placeholder from './placeholder/Placeholder.svelte';

export const GRAPHICS: Record<GraphicName, Component<GraphicProps>> = {
	actors: Actors,
	whiplash: Placeholder,
	stakes: Placeholder,
	deals: Placeholder,
	reasons: Placeholder,
	taboo: Placeholder
};
