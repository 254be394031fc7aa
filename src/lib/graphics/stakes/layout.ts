/** Where the marks go: one grid pitch for every group, so their sizes compare truly. Pure. */
import { FIGURES } from './state.ts';

export type GroupKey = 'gaza' | 'americans' | 'palestinians';
export const GROUP_ORDER: readonly GroupKey[] = ['gaza', 'americans', 'palestinians'];

export interface GroupBox {
	/** Top of the group's label, px. */
	labelY: number;
	/** Top of the group's first row of marks, px. */
	y: number;
	rows: number;
}

export interface StakesLayout {
	/** Distance between mark centres, px. */
	pitch: number;
	/** Side of one mark, px. */
	size: number;
	cols: number;
	groups: Record<GroupKey, GroupBox>;
	height: number;
}

/**
 * The largest pitch (up to `maxPitch`) at which all groups and their labels fit in width × height.
 * `label` is the height reserved above each group for its label.
 */
export function layoutStakes(
	width: number,
	height: number,
	label: Record<GroupKey, number>,
	maxPitch = 12
): StakesLayout {
	const gap = 10;
	for (let pitch = maxPitch; pitch >= 1; pitch -= 0.1) {
		const cols = Math.max(1, Math.floor(width / pitch));
		let y = 0;
		const groups = {} as Record<GroupKey, GroupBox>;
		for (const key of GROUP_ORDER) {
			const rows = Math.ceil(FIGURES[key] / cols);
			groups[key] = { labelY: y, y: y + label[key], rows };
			y += label[key] + rows * pitch + gap;
		}
		if (y - gap <= height || pitch - 0.1 < 1)
			return { pitch, size: Math.max(1, pitch * 0.74), cols, groups, height: y - gap };
	}
	throw new Error('unreachable');
}

/** Top-left corner of mark `i` of a group. */
export function markAt(layout: StakesLayout, group: GroupKey, i: number): [number, number] {
	const box = layout.groups[group];
	return [(i % layout.cols) * layout.pitch, box.y + Math.floor(i / layout.cols) * layout.pitch];
}
