import { describe, expect, it } from 'vitest';
import { contentSteps } from '../testing';
import { DIM, KEYS, NOTE_KEYS, SOURCE_KEYS, dealsLook, STEPS } from './state';

const opacity = (step: string, key: string) => dealsLook(step)[key].opacity ?? 0;

describe('dealsLook', () => {
	it('serves exactly the steps of the sections that use the deals graphic', () => {
		const used = contentSteps('deals');
		expect(used).toEqual([...STEPS]);
	});

	it('changes what is drawn at every step', () => {
		for (let i = 1; i < STEPS.length; i++)
			expect(dealsLook(STEPS[i]), `${STEPS[i - 1]} → ${STEPS[i]}`).not.toEqual(
				dealsLook(STEPS[i - 1])
			);
	});

	it('gives every element a look at every step', () => {
		for (const step of STEPS) expect(Object.keys(dealsLook(step)).sort()).toEqual([...KEYS].sort());
	});

	it('carries exactly one source line in every state', () => {
		for (const step of STEPS) {
			const shown = SOURCE_KEYS.filter((key) => opacity(step, key) === 1);
			expect(shown, step).toHaveLength(1);
		}
		expect(opacity('deals-1', 'source-deals')).toBe(1);
		expect(opacity('deals-3', 'source-nunu')).toBe(1);
		expect(opacity('deals-4', 'source-reports')).toBe(1);
		expect(opacity('deals-5', 'source-wsj')).toBe(1);
	});

	it('shows at most one report at a time', () => {
		for (const step of STEPS)
			expect(NOTE_KEYS.filter((key) => opacity(step, key) > 0).length, step).toBeLessThanOrEqual(1);
	});

	it('opens with the limited deal alone: no broader deal, no phases', () => {
		const look = dealsLook('deals-1');
		for (const key of ['us-kicker', 'us-title', 'us-terms']) expect(look[key].opacity).toBe(1);
		for (const key of ['hamas-kicker', 'hamas-title', 'hamas-terms', 'phases'])
			expect(look[key].opacity).toBe(0);
		expect(look['phase-bracket']).toEqual({ draw: 0, opacity: 0 });
	});

	it('sets the broader deal beside it, with the three phases and the bracket over phases 2 and 3', () => {
		const look = dealsLook('deals-2');
		for (const key of ['us-title', 'us-terms', 'hamas-title', 'hamas-terms', 'phases'])
			expect(look[key].opacity).toBe(1);
		expect(look['phase-bracket']).toEqual({ draw: 1, opacity: 1 });
		expect(look['phase-bracket-label'].opacity).toBe(1);
		for (const key of NOTE_KEYS) expect(look[key].opacity).toBe(0);
	});

	it("puts al-Nunu's words in front and lets the deals recede", () => {
		const look = dealsLook('deals-3');
		expect(look['note-nunu'].opacity).toBe(1);
		for (const key of ['us-title', 'hamas-title']) expect(look[key].opacity).toBe(0);
		expect(look.phases.opacity).toBe(DIM);
		for (const key of ['us-terms', 'hamas-terms']) expect(look[key].opacity).toBe(0);
		expect(look['phase-bracket'].draw).toBe(1);
	});

	it("names the deals in full only while their terms, from Al-Estiklal's sources, are shown", () => {
		for (const step of STEPS) {
			const terms = opacity(step, 'us-terms') === 1;
			expect(opacity(step, 'us-title') === 1, step).toBe(terms);
			expect(opacity(step, 'source-deals') === 1, step).toBe(terms);
		}
	});

	it('sets the March 5 reports under no side (a column per outlet), then the first contact under the two sides', () => {
		for (const key of ['us-kicker', 'hamas-kicker', 'us-title', 'hamas-title'])
			expect(opacity('deals-4', key), key).toBe(0);
		expect(opacity('deals-5', 'us-kicker')).toBe(1);
		expect(opacity('deals-5', 'hamas-kicker')).toBe(1);
		for (const key of ['us-title', 'hamas-title']) expect(opacity('deals-5', key)).toBe(0);
		expect(opacity('deals-4', 'note-reports')).toBe(1);
		expect(opacity('deals-5', 'note-wsj')).toBe(1);
	});

	it('rejects a step it does not serve', () => {
		expect(() => dealsLook('taboo-1')).toThrow(/no state for step "taboo-1"/);
	});
});
