/**
 * Editorial guards for the explainer's own words (headings, captions, notes, alts, summaries, labels,
 * page descriptions, preview text): no number or date the article does not give, and no figure the
 * article attributes without its attribution. Pure; the build runs them over content/ (server/content.ts)
 * and the build test over every page's description and preview alt.
 */

const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December';
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** Dashes and spaces as one, so "4–6" and "4 - 6" read alike. */
const flat = (text: string) =>
	text
		.replace(/[‐-―−]/g, '-')
		.replace(/\s+/g, ' ')
		.replace(/\s*-\s*(?=\d)/g, '-');

/**
 * The numbers in a text as claims to check: ranges ("4–6"), month-day dates ("March 5"), and every other
 * number ("9,500", "1997", "24").
 */
export function numbersIn(text: string): string[] {
	const found: string[] = [];
	const rest = flat(text)
		.replace(new RegExp(`\\b(?:${MONTHS}) \\d{1,2}(?:-\\d{1,2})?\\b`, 'g'), (date) => {
			found.push(date);
			return ' ';
		})
		.replace(/\b\d[\d,]*-\d[\d,]*\b/g, (range) => {
			found.push(range);
			return ' ';
		});
	for (const [number] of rest.matchAll(/\d+(?:,\d{3})*/g)) found.push(number);
	return found;
}

/**
 * The numbers and dates of `text` that the article does not give. A single digit passes when the article
 * has it as a figure, a word ("four") or an ordinal ("Phase 1": "first"); anything else must appear as
 * written.
 */
export function numbersNotIn(text: string, article: string): string[] {
	const source = flat(article);
	const has = (pattern: string) =>
		new RegExp(`(?<!\\d|\\d,)${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d|,\\d)`).test(
			source
		);
	return numbersIn(text).filter((claim) => {
		if (has(claim)) return false;
		if (/^\d$/.test(claim)) {
			const n = Number(claim);
			const word = new RegExp(`\\b(?:${WORDS[n]}|${ORDINALS[n] || WORDS[n]})\\b`, 'i');
			return !word.test(source);
		}
		return true;
	});
}

/** The figures the article attributes, and the words that carry their attribution. */
export const ATTRIBUTED = [
	{
		figure: '59',
		pattern: /(?<![\d,])59(?![\d,])/,
		attribution: "Israel's estimate",
		kept: /Israel(?:'|’)?s? estimat/i
	},
	{
		figure: '24',
		pattern: /(?<![\d,])24(?![\d,])(?! hours)/,
		attribution: "Israel's estimate",
		kept: /Israel(?:'|’)?s? estimat/i
	},
	{
		figure: '9,500',
		pattern: /9,500/,
		attribution: 'according to Palestinian and Israeli human rights reports',
		kept: /human rights reports/i
	},
	{
		figure: 'four American-Israeli prisoners',
		pattern: /\b(?:4|four)\s+American-Israeli/i,
		attribution: "the direct talks' narrow goal",
		kept: /narrow goal/i
	}
] as const;

/** The attributed figures `text` gives without their attribution (one text unit: read as a whole). */
export function unattributed(text: string): string[] {
	return ATTRIBUTED.filter(({ pattern, kept }) => pattern.test(text) && !kept.test(text)).map(
		({ figure, attribution }) => `${figure} (say "${attribution}")`
	);
}
