/** Where the reader is in the story: written by the scroll engine, read by sections and graphics. */
import type { Section } from '$lib/content/types';
import { resolveTarget, shownStep, stepOrder, type StepRef } from './steps';

export class StoryPosition {
	/** The active step's id, or null above the first step. */
	step = $state<string | null>(null);
	/** How far the active step has scrolled past the trigger line, 0–1. */
	progress = $state(0);
	/** A jump asked for by a control (TOC, keys), for the scroll engine to carry out. */
	request = $state<{ target: string } | null>(null);
	/** While presenting, steps change by keys, not by scrolling: the scroll engine leaves them alone. */
	locked = $state(false);
	/** While printing, every graphic shows its section's final state. */
	printing = $state(false);
	readonly order: StepRef[];
	/** The section this page opens at (section pages), if any. */
	readonly start: string | null;
	/** The active step's section slug, or null. */
	section: string | null;

	/** `start`: a section slug or step id to open at (section pages). */
	constructor(sections: readonly Section[], start?: string) {
		this.order = stepOrder(sections);
		const found = resolveTarget(this.order, start);
		this.step = found?.step ?? null;
		this.start = found?.section ?? null;
		this.section = $derived(this.order.find((ref) => ref.id === this.step)?.section ?? null);
	}

	/** The step a section's graphic shows now. */
	shownIn(section: string): string {
		if (this.printing) return this.order.findLast((ref) => ref.section === section)?.id ?? '';
		return shownStep(this.order, section, this.step);
	}

	/** The step after (+1) or before (-1) the active one; null (the title) before the first. */
	neighbour(direction: 1 | -1): string | null {
		const index = this.order.findIndex((ref) => ref.id === this.step);
		const next = Math.min(this.order.length - 1, Math.max(-1, index + direction));
		return next === -1 ? null : this.order[next].id;
	}

	/** The active step's progress as seen by a section: full once read, empty before. */
	progressIn(section: string): number {
		if (this.printing) return 1;
		if (this.section === section) return this.progress;
		const shown = this.order.find((ref) => ref.id === this.shownIn(section));
		const active = this.order.find((ref) => ref.id === this.step);
		return active && shown && active.index > shown.index ? 1 : 0;
	}

	/** Ask the scroll engine to jump to a section slug or step id. */
	go(target: string) {
		this.request = { target };
	}
}
