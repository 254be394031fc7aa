import { describe, expect, it } from 'vitest';
import { contentSteps } from '../testing';
import { actorsLook, STEPS } from './state';

describe('actorsLook', () => {
	it('serves exactly the steps of the sections that use the actors graphic', () => {
		const used = contentSteps('actors');
		expect(used).toEqual([...STEPS]);
	});

	it('changes what is drawn at every step', () => {
		for (let i = 1; i < STEPS.length; i++)
			expect(actorsLook(STEPS[i]), `${STEPS[i - 1]} → ${STEPS[i]}`).not.toEqual(
				actorsLook(STEPS[i - 1])
			);
	});

	it('opens with the four actors and the indirect channel only', () => {
		const look = actorsLook('both-sides-1');
		for (const actor of ['us', 'hamas', 'israel', 'mediators']) expect(look[actor].opacity).toBe(1);
		expect(look.indirect).toEqual({ draw: 1, opacity: 1 });
		expect(look.direct).toEqual({ draw: 0, opacity: 0 });
		expect(look.threat.opacity).toBe(0);
		expect(look.dark.opacity).toBe(0);
	});

	it('draws the direct US–Hamas channel from the second step on', () => {
		expect(actorsLook('both-sides-2').direct).toEqual({ draw: 1, opacity: 1 });
		for (const step of STEPS.slice(1)) expect(actorsLook(step).direct.opacity).toBe(1);
	});

	it('shows the threat at the reversal, then lets it recede', () => {
		expect(actorsLook('both-sides-3')['threat-label'].opacity).toBe(1);
		expect(actorsLook('both-sides-4').threat.opacity).toBeLessThan(1);
		expect(actorsLook('signal-1').threat.opacity).toBe(0);
	});

	it('leaves Israel outside the channel, kept in the dark, only at the end', () => {
		for (const step of STEPS.slice(0, -1)) expect(actorsLook(step).dark.opacity).toBe(0);
		const last = actorsLook('israel-5');
		expect(last.dark.opacity).toBe(1);
		expect(last['dark-label'].opacity).toBe(1);
		expect(last.israel.opacity).toBe(1);
	});

	it("carries one source line at every step: the Wall Street Journal's once Israel is in the dark", () => {
		for (const step of STEPS) {
			const look = actorsLook(step);
			const shown = ['source-talks', 'source-dark'].filter((key) => look[key].opacity === 1);
			expect(shown, step).toEqual([step === 'israel-5' ? 'source-dark' : 'source-talks']);
		}
	});

	it('rejects a step it does not serve', () => {
		expect(() => actorsLook('stakes-1')).toThrow(/no state for step "stakes-1"/);
	});
});
