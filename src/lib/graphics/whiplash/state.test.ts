import { describe, expect, it } from 'vitest';
import { contentSteps } from '../testing';
import { loadStory } from '$lib/server/content';
import { normalise } from '$lib/server/article';
import { KEYS, STEPS, whiplashLook } from './state';

const opacity = (step: string, key: string) => whiplashLook(step)[key].opacity;
const TIMELINE_EVENTS = ['e1', 'e2', 'e3', 'e4'];

describe('whiplashLook', () => {
	it('serves exactly the steps of the sections that use the whiplash graphic', () => {
		const used = contentSteps('whiplash');
		expect(used).toEqual([...STEPS]);
	});

	it('changes what is drawn at every step', () => {
		for (let i = 1; i < STEPS.length; i++)
			expect(whiplashLook(STEPS[i]), `${STEPS[i - 1]} → ${STEPS[i]}`).not.toEqual(
				whiplashLook(STEPS[i - 1])
			);
	});

	it('gives every element a value at every step, and a source line always', () => {
		for (const step of STEPS) {
			const look = whiplashLook(step);
			expect(Object.keys(look).sort()).toEqual([...KEYS].sort());
			const sources = KEYS.filter((key) => key.startsWith('source-'));
			expect(
				sources.filter((key) => look[key].opacity === 1),
				step
			).toHaveLength(1);
		}
	});

	it('opens on the timeline: the talk line, the confirmed talks, then the threats, with the path drawn', () => {
		const look = whiplashLook('reversal-1');
		for (const key of ['lanes', 'axis', ...TIMELINE_EVENTS]) expect(look[key].opacity, key).toBe(1);
		expect(look.whiplash).toEqual({ draw: 1, opacity: 1 });
		expect(look.reading.opacity).toBe(0);
		expect(look.tibon.opacity).toBe(0);
		// March 6 appears only with the March 6 reading.
		expect(look['axis-end'].opacity).toBe(0);
	});

	it("adds the analysts' reading at reversal-2 and Tibon with March 6 at reversal-3", () => {
		expect(opacity('reversal-2', 'reading')).toBe(1);
		expect(opacity('reversal-2', 'tibon')).toBe(0);
		expect(opacity('reversal-3', 'reading')).toBe(1);
		expect(opacity('reversal-3', 'tibon')).toBe(1);
		expect(opacity('reversal-3', 'axis-end')).toBe(1);
	});

	it('changes the view for the pattern: the timeline goes, the schematic is drawn', () => {
		const look = whiplashLook('threat-1');
		for (const key of ['axis', 'whiplash', ...TIMELINE_EVENTS, 'reading', 'tibon'])
			expect(look[key].opacity, key).toBe(0);
		expect(look.pattern).toEqual({ draw: 1, opacity: 1 });
		expect(look['pattern-head'].opacity).toBe(1);
		expect(look['pattern-back'].opacity).toBe(1);
	});

	it('shows the two hours, then what the article sets behind the threat', () => {
		const two = whiplashLook('threat-2');
		expect(two['z-gap'].opacity).toBe(1);
		expect(two['z-witkoff'].opacity).toBe(0);
		expect(two.pattern.opacity).toBe(0);
		const behind = whiplashLook('threat-3');
		expect(behind['z-witkoff'].opacity).toBe(1);
		expect(behind['z-normal'].opacity).toBe(1);
		expect(behind['z-threat'].opacity).toBe(1);
		expect(behind['z-ack'].opacity).toBeLessThan(1);
	});

	it('shows the posts two at a time, the earlier ones stacked behind', () => {
		const four = whiplashLook('threat-4');
		expect([1, 2, 3, 4].map((n) => four[`card-${n}`].opacity)).toEqual([1, 1, 0, 0]);
		expect(four.lanes.opacity).toBe(0);
		const five = whiplashLook('threat-5');
		expect(five['card-3'].opacity).toBe(1);
		expect(five['card-4'].opacity).toBe(1);
		for (const key of ['card-1', 'card-2']) {
			expect(five[key].opacity).toBeGreaterThan(0);
			expect(five[key].opacity).toBeLessThan(0.5);
		}
	});

	it('rejects a step it does not serve', () => {
		expect(() => whiplashLook('stakes-1')).toThrow(/no state for step "stakes-1"/);
	});
});

describe('whiplash words', () => {
	const copy = loadStory().graphics.whiplash;
	const quote = (id: string) => copy.quotes.find((item) => item.id === id)!;

	it('writes no date the article does not give', () => {
		const words = [
			...Object.values(copy.labels),
			...copy.quotes.map((q) => `${q.by} ${q.when ?? ''}`)
		];
		const dates = words.flatMap((text) => text.match(/March \d+(, \d{4})?/g) ?? []);
		expect(new Set(dates)).toEqual(new Set(['March 4, 2025', 'March 6, 2025']));
		expect(words.join(' ')).not.toMatch(/March 5|Wednesday/);
	});

	it("keeps Trump's condition, and says the bracketed words are the article's glosses", () => {
		expect(quote('post-2').text).toContain("if you don't do as I say".replace("'", '’'));
		expect(copy.labels['source-cards']).toMatch(
			/\[killing\] and \[assassinations\] are the article's glosses, not Trump's words/
		);
		for (const id of ['post-1', 'post-3', 'post-4']) expect(quote(id).text).not.toMatch(/[[\]]/);
	});

	it('attributes every post to Trump, and only the first two to Truth Social, as the article does', () => {
		for (const id of ['post-1', 'post-2'])
			expect(quote(id).by).toMatch(/^Donald Trump, on Truth Social/);
		expect(quote('post-3').by).toMatch(/^Donald Trump, to Hamas leaders/);
		expect(quote('post-4').by).toMatch(
			/^Donald Trump; the article says he threatened all Gaza residents/
		);
	});

	it('quotes the analysts and the State of the Union verbatim', () => {
		expect(normalise(quote('analysts').text)).toBe('part of the negotiation');
		expect(quote('sotu').when).toBe('March 4, 2025');
	});
});

describe('whiplashLook order', () => {
	it('lists what it hides before what it shows, so one view clears before the next fades in', () => {
		for (const step of STEPS) {
			const values = Object.values(whiplashLook(step)).map((props) => props.opacity ?? 0);
			const firstShown = values.findIndex((value) => value > 0);
			expect(
				values.slice(firstShown).every((value) => value > 0),
				step
			).toBe(true);
		}
	});
});
