import { describe, expect, it } from 'vitest';
import { contentSteps } from '../testing';
import { CARD_KEYS, DIM, SOURCE_KEYS, STEPS, TALIBAN_KEYS, tabooLook } from './state';

describe('tabooLook', () => {
	it('serves exactly the steps of the sections that use the taboo graphic', () => {
		const used = contentSteps('taboo');
		expect(used).toEqual([...STEPS]);
	});

	it('changes what is drawn at every step', () => {
		for (let i = 1; i < STEPS.length; i++)
			expect(tabooLook(STEPS[i]), `${STEPS[i - 1]} → ${STEPS[i]}`).not.toEqual(
				tabooLook(STEPS[i - 1])
			);
	});

	it('carries exactly one source line at every step, its own', () => {
		STEPS.forEach((step, i) => {
			const look = tabooLook(step);
			const shown = SOURCE_KEYS.filter((key) => look[key].opacity === 1);
			expect(shown, step).toEqual([SOURCE_KEYS[i]]);
		});
	});

	it('opens with the line drawn, the break in time, and the three milestones', () => {
		const look = tabooLook('taboo-1');
		expect(look['hamas-line']).toEqual({ draw: 1, opacity: 1 });
		expect(look['hamas-break'].opacity).toBe(1);
		for (const milestone of ['1997', 'feb', 'march']) {
			expect(look[`mark-${milestone}`].opacity, milestone).toBe(1);
			expect(look[`label-${milestone}`].opacity, milestone).toBe(1);
		}
		for (const key of [...CARD_KEYS, ...TALIBAN_KEYS, 'march-halo'])
			expect(look[key].opacity, key).toBe(0);
		expect(look['taliban-line'].draw).toBe(0);
	});

	it('quotes Witkoff beside the ringed March talks, the earlier milestones stepping back', () => {
		const look = tabooLook('taboo-2');
		expect(look.witkoff.opacity).toBe(1);
		expect(look['march-halo'].opacity).toBe(1);
		expect(look['label-march'].opacity).toBe(1);
		expect(look['label-1997'].opacity).toBe(DIM);
		expect(look['label-feb'].opacity).toBe(DIM);
		expect(look.request.opacity).toBe(0);
	});

	it("swaps the quote for Hamas's request at the third step", () => {
		const look = tabooLook('taboo-3');
		expect(look.request.opacity).toBe(1);
		expect(look.witkoff.opacity).toBe(0);
		expect(look['march-halo'].opacity).toBe(0);
	});

	it('ends with the Taliban track beside the whole Hamas timeline, and no card', () => {
		const look = tabooLook('taboo-4');
		for (const key of TALIBAN_KEYS) expect(look[key].opacity, key).toBe(1);
		expect(look['taliban-line'].draw).toBe(1);
		for (const key of CARD_KEYS) expect(look[key].opacity, key).toBe(0);
		for (const key of ['label-1997', 'label-feb', 'label-march', 'mark-1997'])
			expect(look[key].opacity, key).toBe(1);
	});

	it('shows the Taliban track only at the last step', () => {
		for (const step of STEPS.slice(0, -1))
			for (const key of TALIBAN_KEYS) expect(tabooLook(step)[key].opacity, key).toBe(0);
	});

	it('rejects a step it does not serve', () => {
		expect(() => tabooLook('deals-1')).toThrow(/no state for step "deals-1"/);
	});
});
