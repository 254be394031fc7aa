import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { loadStory } from '$lib/server/content';
import Deals from './Deals.svelte';
import { styleOf } from '$lib/motion/look';
import { dealsLook, KEYS, STEPS } from './state';

const story = loadStory();
const copy = story.graphics.deals;
const html = (step: string) =>
	render(Deals, {
		props: { step, alt: '', progress: 0, copy, onsettle: () => {} }
	}).body;

describe('Deals (server render)', () => {
	it('draws every element its looks move, and only those', () => {
		const body = html('deals-1');
		const drawn = new Set([...body.matchAll(/data-el="([^"]+)"/g)].map((match) => match[1]));
		expect([...drawn].sort()).toEqual([...KEYS].sort());
	});

	it('renders each step in its own look, so the page is right before scripts run', () => {
		for (const step of STEPS) {
			const body = html(step);
			const look = dealsLook(step);
			for (const key of KEYS) {
				const styles = [...body.matchAll(new RegExp(`data-el="${key}"[^>]*style="([^"]*)"`, 'g'))];
				expect(styles.length, `${step} › ${key}`).toBeGreaterThan(0);
				for (const [, style] of styles) expect(style, `${step} › ${key}`).toBe(styleOf(look[key]));
			}
		}
	});

	it('draws the four American prisoners as four marks', () => {
		const body = html('deals-1');
		const terms = body.slice(
			body.indexOf('data-el="us-terms"'),
			body.indexOf('data-el="hamas-terms"')
		);
		expect(terms.match(/class="person/g)).toHaveLength(4);
		expect(terms).toContain(copy.labels['us-marks']);
	});

	it('shows the deals and al-Nunu as quotations, his with his name beside it', () => {
		const body = html('deals-3');
		for (const id of ['limited-deal', 'broader-deal', 'nunu']) {
			const quote = copy.quotes.find((item) => item.id === id);
			expect(body).toContain(`<q>${quote?.text.replaceAll("'", '&#39;')}</q>`);
		}
		expect(body).toMatch(
			/<blockquote[^>]*data-el="note-nunu"[\s\S]*Taher al-Nunu[\s\S]*<\/blockquote>/
		);
	});

	it('keeps the drawing out of the accessibility tree (the section reads the step alt)', () => {
		expect(html('deals-2')).toMatch(
			/^<!--[^>]*-->\s*<div class="root[^"]*"[^>]*aria-hidden="true"/
		);
	});
});
