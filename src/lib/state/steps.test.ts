import { describe, expect, it } from 'vitest';
import type { Section } from '$lib/content/types';
import { activeIndex, resolveTarget, shownStep, stepOrder, stepProgress } from './steps';

const section = (slug: string, ids: string[]): Section => ({
	slug,
	heading: slug,
	summary: slug,
	graphic: 'actors',
	steps: ids.map((id) => ({ id, alt: id, paragraphs: ['p'], voices: [[]], calloutVoices: [] }))
});
const order = stepOrder([section('a', ['a-1', 'a-2']), section('b', ['b-1', 'b-2', 'b-3'])]);

describe('stepOrder', () => {
	it('numbers every step across sections', () => {
		expect(order.map((ref) => `${ref.section}:${ref.id}:${ref.index}`)).toEqual([
			'a:a-1:0',
			'a:a-2:1',
			'b:b-1:2',
			'b:b-2:3',
			'b:b-3:4'
		]);
	});
});

describe('shownStep', () => {
	it('shows the active step inside its own section', () => {
		expect(shownStep(order, 'b', 'b-2')).toBe('b-2');
	});
	it('shows the first step before the section is reached, or with no active step', () => {
		expect(shownStep(order, 'b', 'a-2')).toBe('b-1');
		expect(shownStep(order, 'a', null)).toBe('a-1');
		expect(shownStep(order, 'a', 'unknown')).toBe('a-1');
	});
	it('shows the last step once the section has been read', () => {
		expect(shownStep(order, 'a', 'b-3')).toBe('a-2');
	});
	it('throws for a section with no steps', () => {
		expect(() => shownStep(order, 'zzz', null)).toThrow(/No steps/);
	});
});

describe('activeIndex', () => {
	it('is -1 above the first step', () => {
		expect(activeIndex([500, 900, 1300], 400)).toBe(-1);
	});
	it('is the last step whose top crossed the trigger line', () => {
		expect(activeIndex([-800, -200, 300, 1000], 400)).toBe(2);
		expect(activeIndex([-800, -200, 400], 400)).toBe(2);
	});
	it('stays on the last step past the end', () => {
		expect(activeIndex([-3000, -2000], 400)).toBe(1);
	});
});

describe('stepProgress', () => {
	it('is how far the trigger line is through the step', () => {
		expect(stepProgress(100, 400, 300)).toBe(0.5);
		expect(stepProgress(500, 400, 300)).toBe(0);
		expect(stepProgress(-500, 400, 300)).toBe(1);
		expect(stepProgress(0, 0, 300)).toBe(1);
	});
});

describe('resolveTarget', () => {
	it('takes a section slug to its first step', () => {
		expect(resolveTarget(order, 'b')).toEqual({ step: 'b-1', section: 'b' });
	});
	it('takes a step id to that step', () => {
		expect(resolveTarget(order, 'b-3')).toEqual({ step: 'b-3', section: 'b' });
	});
	it('gives null for anything unknown or empty', () => {
		expect(resolveTarget(order, 'nope')).toBeNull();
		expect(resolveTarget(order, '')).toBeNull();
		expect(resolveTarget(order, undefined)).toBeNull();
	});
});
