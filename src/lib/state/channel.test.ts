import { describe, expect, it } from 'vitest';
import { commandFor } from './channel';

describe('commandFor', () => {
	it('maps the clicker and keyboard keys of the page contract', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
			expect(commandFor({ key })).toBe('next');
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
			expect(commandFor({ key })).toBe('previous');
		expect(commandFor({ key: ' ', shiftKey: true })).toBe('previous');
		expect(commandFor({ key: 'Home' })).toBe('first');
		expect(commandFor({ key: 'End' })).toBe('last');
		expect(commandFor({ key: 'b' })).toBe('blackout');
		expect(commandFor({ key: '.' })).toBe('blackout');
		expect(commandFor({ key: 'g' })).toBe('grid');
		expect(commandFor({ key: 'f' })).toBe('fullscreen');
		expect(commandFor({ key: 'n' })).toBe('notes');
		expect(commandFor({ key: 'p' })).toBe('toggle');
		expect(commandFor({ key: 's' })).toBe('share');
		expect(commandFor({ key: 'Escape' })).toBe('escape');
	});

	it('leaves other keys and browser shortcuts alone', () => {
		expect(commandFor({ key: 'a' })).toBeNull();
		expect(commandFor({ key: 'p', ctrlKey: true })).toBeNull();
		expect(commandFor({ key: 'f', metaKey: true })).toBeNull();
	});
});
