import { describe, expect, it } from 'vitest';
import { propsOf, styleOf, styleProps } from './look';

const element = (style: Partial<{ opacity: string; strokeDashoffset: string }>) => ({
	style: { opacity: '', strokeDashoffset: '', ...style }
});

describe('looks as inline styles', () => {
	it('reads back what it writes', () => {
		for (const props of [{ opacity: 0.25 }, { draw: 0.4 }, { opacity: 0, draw: 1 }])
			expect(propsOf(element(styleProps(props)), props)).toEqual(props);
	});

	it('reads only the props a look sets', () => {
		expect(propsOf(element({ opacity: '0.5', strokeDashoffset: '0.2' }), { draw: 1 })).toEqual({
			draw: 0.8
		});
	});

	it('takes the CSS defaults where no inline style is set: shown, fully drawn', () => {
		expect(propsOf(element({}), { opacity: 0, draw: 0 })).toEqual({ opacity: 1, draw: 1 });
	});

	it('renders the same values on the server as the animator writes', () => {
		expect(styleOf({ opacity: 0.3, draw: 0.25 })).toBe(
			'opacity: 0.3; stroke-dasharray: 1; stroke-dashoffset: 0.75'
		);
		expect(styleProps({ opacity: 0.3, draw: 0.25 })).toEqual({
			opacity: '0.3',
			strokeDashoffset: '0.75'
		});
	});
});
