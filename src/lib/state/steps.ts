/** Pure helpers over the story's step order, shared by the scroll engine and the graphics. */
import type { Section } from '$lib/content/types';

export interface StepRef {
	id: string;
	section: string;
	/** 0-based position in the whole story. */
	index: number;
}

export function stepOrder(sections: readonly Section[]): StepRef[] {
	return sections
		.flatMap((section) => section.steps.map((step) => ({ id: step.id, section: section.slug })))
		.map((ref, index) => ({ ...ref, index }));
}

/**
 * The step a section's graphic shows when `active` is the story's active step (null: none yet, above
 * the first step): the active step inside the section, else the section's first step before it is
 * reached and its last step once it has been read.
 */
export function shownStep(
	order: readonly StepRef[],
	section: string,
	active: string | null
): string {
	const own = order.filter((ref) => ref.section === section);
	if (own.length === 0) throw new Error(`No steps in section "${section}"`);
	const at = order.find((ref) => ref.id === active);
	if (!at || at.index < own[0].index) return own[0].id;
	if (at.index > own[own.length - 1].index) return own[own.length - 1].id;
	return at.id;
}

/**
 * Index of the active step given each step's top edge (viewport px, in story order) and the trigger
 * line: the last step whose top has crossed the line, or -1 above the first. A pure function of the
 * layout, so landing mid-page or jumping gives the same answer whatever order events arrived in.
 */
export function activeIndex(tops: readonly number[], trigger: number): number {
	let active = -1;
	for (let i = 0; i < tops.length; i++) if (tops[i] <= trigger) active = i;
	return active;
}

/** How far the trigger line has travelled through a step's box (top, height in px), 0–1. */
export function stepProgress(top: number, height: number, trigger: number): number {
	if (height <= 0) return 1;
	return Math.min(1, Math.max(0, (trigger - top) / height));
}

/**
 * What a link points at — a section slug (its first step) or a step id — as the step to show and
 * the section it is in; null for anything else (unknown links fall back to the top).
 */
export function resolveTarget(
	order: readonly StepRef[],
	target: string | null | undefined
): { step: string; section: string } | null {
	if (!target) return null;
	const step = order.find((ref) => ref.id === target);
	if (step) return { step: step.id, section: step.section };
	const first = order.find((ref) => ref.section === target);
	return first ? { step: first.id, section: first.section } : null;
}
