import { describe, expect, it } from 'vitest';
import { contentSteps } from '../testing';
import { KEYS, REASONS, RECEDE, reasonsLook, STEPS } from './state';

const at = (step: string, el: string) => reasonsLook(step)[el];

describe('reasonsLook', () => {
	it('serves exactly the steps of the sections that use the reasons graphic', () => {
		const used = contentSteps('reasons');
		expect(used).toEqual([...STEPS]);
	});

	it('gives every element a target at every step', () => {
		for (const step of STEPS)
			expect(Object.keys(reasonsLook(step)).sort()).toEqual([...KEYS].sort());
	});

	it('changes what is drawn at every step', () => {
		for (let i = 1; i < STEPS.length; i++)
			expect(reasonsLook(STEPS[i]), `${STEPS[i - 1]} → ${STEPS[i]}`).not.toEqual(
				reasonsLook(STEPS[i - 1])
			);
	});

	it('keeps the frame and the source line on screen throughout', () => {
		for (const step of STEPS) {
			expect(at(step, 'frame').opacity).toBe(1);
			expect(at(step, 'source').opacity).toBe(1);
		}
	});

	it('opens with three empty numbered slots and no reason given', () => {
		for (const n of REASONS) {
			expect(at('reasons-1', `slot-${n}`).opacity).toBe(1);
			expect(at('reasons-1', `reason-${n}`).opacity).toBe(0);
			expect(at('reasons-1', `num-${n}`).opacity).toBe(0);
			expect(at('reasons-1', `chip-${n}`).opacity).toBe(0);
			expect(at('reasons-1', `link-${n}`)).toEqual({ draw: 0, opacity: 0 });
		}
	});

	it('fills one slot per step, tying the new reason to its actor at full strength', () => {
		STEPS.slice(1).forEach((step, i) => {
			const n = i + 1;
			expect(at(step, `slot-${n}`).opacity).toBe(0);
			expect(at(step, `reason-${n}`).opacity).toBe(1);
			expect(at(step, `chip-${n}`).opacity).toBe(1);
			// Its number is the only one filled.
			for (const m of REASONS) expect(at(step, `num-${m}`).opacity).toBe(m === n ? 1 : 0);
			expect(at(step, `link-${n}`)).toEqual({ draw: 1, opacity: 1 });
			// The reasons still to come stay empty slots.
			for (const later of REASONS.filter((m) => m > n)) {
				expect(at(step, `slot-${later}`).opacity).toBe(1);
				expect(at(step, `reason-${later}`).opacity).toBe(0);
			}
		});
	});

	it('keeps earlier reasons readable (AA) while their marks recede', () => {
		const last = reasonsLook('reasons-4');
		for (const n of [1, 2]) {
			expect(last[`reason-${n}`].opacity).toBe(1);
			expect(last[`chip-${n}`].opacity).toBe(1);
			expect(last[`link-${n}`].opacity).toBe(RECEDE);
			expect(last[`num-${n}`].opacity).toBe(0);
			expect(last[`link-${n}`].draw).toBe(1);
			expect(last[`slot-${n}`].opacity).toBe(0);
		}
		expect(RECEDE).toBeGreaterThan(0.3);
		expect(RECEDE).toBeLessThan(1);
		expect(last['reason-3'].opacity).toBe(1);
	});

	it('rejects a step it does not serve', () => {
		expect(() => reasonsLook('signal-1')).toThrow(/no state for step "signal-1"/);
	});
});
