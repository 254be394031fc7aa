import { describe, expect, it } from 'vitest';
import { classBrokerMeta } from './classroom';

describe('classBrokerMeta', () => {
	it('adds nothing without a broker', () => {
		expect(classBrokerMeta('')).toBe('');
		expect(classBrokerMeta(undefined)).toBe('');
	});

	it('names a WebSocket URL or a path on the site', () => {
		expect(classBrokerMeta('wss://mqtt.school.example:9001/mqtt')).toBe(
			'<meta name="class-broker" content="wss://mqtt.school.example:9001/mqtt">'
		);
		expect(classBrokerMeta('/mqtt')).toBe('<meta name="class-broker" content="/mqtt">');
	});

	it('refuses anything else, saying what it got', () => {
		for (const value of ['mqtt://school:1883', 'https://school/mqtt', '//school/mqtt', 'ws://'])
			expect(() => classBrokerMeta(value), value).toThrow(`got "${value}"`);
		expect(() => classBrokerMeta('/mqtt"><script>')).toThrow();
	});
});
