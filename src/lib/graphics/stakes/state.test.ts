import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSteps } from '../testing';
import { GROUP_ORDER, layoutStakes, markAt } from './layout';
import { FIGURES, stakesTarget, STEPS } from './state';

describe('stakesTarget', () => {
	it('serves exactly the steps of the sections that use the stakes graphic', () => {
		const used = contentSteps('stakes');
		expect(used).toEqual([...STEPS]);
	});

	it("draws exactly the article's figures", () => {
		const article = readFileSync('content/source/article.txt', 'utf8');
		const [, gaza, alive, palestinians] =
			article.match(
				/there are (\d+) prisoners in Gaza, (\d+) of whom .* more than ([\d,]+) Palestinians/
			) ?? [];
		expect(article).toContain('release of four American-Israeli prisoners');
		expect(FIGURES).toEqual({
			gaza: Number(gaza),
			alive: Number(alive),
			americans: 4,
			palestinians: Number(palestinians?.replace(',', ''))
		});
		const end = stakesTarget('stakes-4', 1).counts;
		expect(end).toMatchObject({ gaza: 59, alive: 24, americans: 4, palestinians: 9500 });
	});

	it('reveals one figure per step', () => {
		expect(stakesTarget('stakes-1').counts).toEqual({
			gaza: 59,
			alive: 24,
			fade: 0,
			americans: 0,
			palestinians: 0
		});
		expect(stakesTarget('stakes-1').look.alive.opacity).toBe(0);
		expect(stakesTarget('stakes-2').counts.fade).toBe(1);
		expect(stakesTarget('stakes-2').look.alive.opacity).toBe(1);
		expect(stakesTarget('stakes-3').counts.americans).toBe(4);
		expect(stakesTarget('stakes-3').look.palestinians.opacity).toBe(0);
		expect(stakesTarget('stakes-4').look.palestinians.opacity).toBe(1);
	});

	it('changes what is drawn at every step', () => {
		for (let i = 1; i < STEPS.length; i++)
			expect(stakesTarget(STEPS[i])).not.toEqual(stakesTarget(STEPS[i - 1]));
	});

	it('fills the 9,500 with the scroll, complete by 60% of the step', () => {
		expect(stakesTarget('stakes-4', 0).counts.palestinians).toBe(0);
		expect(stakesTarget('stakes-4', 0.3).counts.palestinians).toBe(4750);
		expect(stakesTarget('stakes-4', 0.6).counts.palestinians).toBe(9500);
		expect(stakesTarget('stakes-4', 2).counts.palestinians).toBe(9500);
	});

	it('rejects a step it does not serve', () => {
		expect(() => stakesTarget('both-sides-1')).toThrow(/no state for step "both-sides-1"/);
	});
});

describe('layoutStakes', () => {
	const labels = { gaza: 55, americans: 38, palestinians: 38 };

	for (const [width, height] of [
		[288, 200],
		[358, 290],
		[700, 760]
	])
		it(`fits every mark, one pitch for all, in ${width}×${height}`, () => {
			const layout = layoutStakes(width, height, labels);
			expect(layout.height).toBeLessThanOrEqual(height);
			for (const group of GROUP_ORDER) {
				const [x, y] = markAt(layout, group, FIGURES[group] - 1);
				expect(x + layout.size).toBeLessThanOrEqual(width);
				expect(y + layout.size).toBeLessThanOrEqual(height);
			}
			// Groups never overlap: each starts below the previous one's last row.
			const gaza = layout.groups.gaza;
			expect(layout.groups.americans.labelY).toBeGreaterThanOrEqual(
				gaza.y + gaza.rows * layout.pitch
			);
		});
});
