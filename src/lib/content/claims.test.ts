import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numbersIn, numbersNotIn, unattributed } from './claims';

const article = readFileSync('content/source/article.txt', 'utf8');

describe('numbersIn', () => {
	it('reads dates, ranges and figures as claims', () => {
		expect(numbersIn('March 4–6, 2025; more than 9,500; 24 hours; 1997 to 2001-2003')).toEqual([
			'March 4-6',
			'2001-2003',
			'2025',
			'9,500',
			'24',
			'1997'
		]);
	});
});

describe('numbersNotIn', () => {
	it('passes the dates and figures the article gives', () => {
		expect(
			numbersNotIn('March 4, 2025; March 6; 9,500; 59; 24; 1997; September 11, 2001', article)
		).toEqual([]);
	});

	it('passes a single digit the article gives as a word or an ordinal', () => {
		expect(numbersNotIn('4 American-Israeli prisoners; Phase 1, Phase 2, Phase 3', article)).toEqual(
			[]
		);
	});

	it('flags a date range, a date and a figure the article does not give', () => {
		expect(numbersNotIn('March 4–6, 2025', article)).toEqual(['March 4-6']);
		expect(numbersNotIn('On March 7, 63 marks', article)).toEqual(['March 7', '63']);
		expect(numbersNotIn('9,501 or 5,900', article)).toEqual(['9,501', '5,900']);
	});
});

describe('unattributed', () => {
	it('flags each attributed figure given without its attribution', () => {
		expect(unattributed('59 prisoners in Gaza, 24 alive')).toEqual([
			`59 (say "Israel's estimate")`,
			`24 (say "Israel's estimate")`
		]);
		expect(unattributed('More than 9,500 Palestinians held')).toHaveLength(1);
		expect(unattributed('the four American-Israeli prisoners')).toHaveLength(1);
	});

	it('passes them with the attribution, and a "24 hours" that is not the figure', () => {
		expect(unattributed("59 prisoners in Gaza, 24 still alive, by Israel's estimate")).toEqual([]);
		expect(unattributed('Israel estimates 59 prisoners in Gaza')).toEqual([]);
		expect(
			unattributed('More than 9,500, according to Palestinian and Israeli human rights reports')
		).toEqual([]);
		expect(unattributed("4 American-Israeli prisoners, the talks' narrow goal")).toEqual([]);
		expect(unattributed('24 hours later')).toEqual([]);
	});
});
