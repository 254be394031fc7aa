/**
 * A graphic's look at one step: for each element key (its `data-el`), the values it should reach.
 * Pure data, produced by each graphic's state.ts and consumed by the animator (and by the server render,
 * so the page shows the right state with JavaScript off).
 */
export interface Props {
	/** 0–1 */
	opacity?: number;
	/** 0–1: how much of a path (drawn with pathLength="1" and stroke-dasharray 1) is drawn. */
	draw?: number;
}
export type Look = Record<string, Props>;

/** The inline style properties that show `props` (what the animator writes or tweens to). */
export function styleProps(props: Props): { opacity?: string; strokeDashoffset?: string } {
	return {
		...(props.opacity !== undefined && { opacity: String(props.opacity) }),
		...(props.draw !== undefined && { strokeDashoffset: String(1 - props.draw) })
	};
}

/**
 * What an element shows now, for the props a look sets: read back from the inline styles that
 * styleProps and styleOf write (the CSS defaults, fully shown and fully drawn, where there are none).
 */
export function propsOf(
	element: { style: { opacity: string; strokeDashoffset: string } },
	wanted: Props
): Props {
	const number = (value: string, fallback: number) => (value === '' ? fallback : Number(value));
	return {
		...(wanted.opacity !== undefined && { opacity: number(element.style.opacity, 1) }),
		...(wanted.draw !== undefined && { draw: 1 - number(element.style.strokeDashoffset, 0) })
	};
}

/** Inline style for an element's first render, matching what the animator later writes. */
export function styleOf(props: Props | undefined): string {
	if (!props) return '';
	const rules: string[] = [];
	if (props.opacity !== undefined) rules.push(`opacity: ${props.opacity}`);
	if (props.draw !== undefined)
		rules.push(`stroke-dasharray: 1; stroke-dashoffset: ${1 - props.draw}`);
	return rules.join('; ');
}
