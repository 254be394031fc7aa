import { describe, expect, it } from 'vitest';
import {
	MAX_AGE,
	Sequence,
	exportPrivate,
	exportPublic,
	generateKeys,
	importPrivate,
	importPublic,
	nextSeq,
	open,
	randomId,
	sign,
	type Body
} from './signed';

const room = randomId();
const state = (seq: number, step: string | null = 'opening-1'): Body => ({
	kind: 'state',
	room,
	seq,
	time: 1_000_000,
	step,
	blackout: false
});

describe('signing and verification', () => {
	it('opens a message signed with the key, and nothing signed with another', async () => {
		const keys = await generateKeys();
		const other = await generateKeys();
		const payload = await sign(state(1), keys.privateKey);
		expect(await open(payload, keys.publicKey, { kind: 'state', room })).toEqual(state(1));
		expect(await open(payload, other.publicKey, { kind: 'state', room })).toBeNull();
		expect(
			await open(await sign(state(1), other.privateKey), keys.publicKey, { kind: 'state', room })
		).toBeNull();
	});

	it('refuses a body changed after signing', async () => {
		const keys = await generateKeys();
		const envelope = JSON.parse(await sign(state(1), keys.privateKey));
		envelope.body = envelope.body.replace('opening-1', 'opening-2');
		expect(
			await open(JSON.stringify(envelope), keys.publicKey, { kind: 'state', room })
		).toBeNull();
	});

	it('refuses a message for another room or of another kind', async () => {
		const keys = await generateKeys();
		const payload = await sign(state(1), keys.privateKey);
		expect(await open(payload, keys.publicKey, { kind: 'state', room: randomId() })).toBeNull();
		expect(await open(payload, keys.publicKey, { kind: 'command', room })).toBeNull();
	});

	it('carries keys as text: the public one in a link, the private one to a paired phone', async () => {
		const keys = await generateKeys();
		const publicText = await exportPublic(keys.publicKey);
		expect(publicText).toMatch(/^[A-Za-z0-9_-]{87}$/);
		const privateText = await exportPrivate(keys.privateKey);
		const signer = (await importPrivate(privateText))!;
		const verifier = (await importPublic(publicText))!;
		const command: Body = { kind: 'command', room, seq: 5, time: 1, command: 'next' };
		expect(await open(await sign(command, signer), verifier, { kind: 'command', room })).toEqual(
			command
		);
		expect(await importPublic('not-a-key')).toBeNull();
		expect(await importPrivate('a.b.c')).toBeNull();
	});
});

describe('message schema', () => {
	it('refuses payloads that are not a signed, well-formed message', async () => {
		const keys = await generateKeys();
		for (const payload of ['', 'null', '{}', '[1]', '{"body":"{}","sig":"x"}', 'not json'])
			expect(await open(payload, keys.publicKey, { kind: 'state', room }), payload).toBeNull();
	});

	it('signs only well-formed bodies', async () => {
		const keys = await generateKeys();
		const bad = [
			{ ...state(1), step: 'Not An Id' },
			{ ...state(1), seq: -1 },
			{ ...state(1), seq: 1.5 },
			{ ...state(1), room: 'short' },
			{ ...state(1), extra: true },
			{ kind: 'command', room, seq: 1, time: 1, command: 'last' }
		];
		for (const body of bad) await expect(sign(body as Body, keys.privateKey)).rejects.toThrow();
	});

	it('a signed body that breaks the schema is refused too', async () => {
		const keys = await generateKeys();
		const text = JSON.stringify({ ...state(1), step: 42 });
		const sig = new Uint8Array(
			await crypto.subtle.sign(
				{ name: 'ECDSA', hash: 'SHA-256' },
				keys.privateKey,
				new TextEncoder().encode(text)
			)
		);
		const payload = JSON.stringify({
			body: text,
			sig: btoa(String.fromCharCode(...sig))
				.replace(/\+/g, '-')
				.replace(/\//g, '_')
				.replace(/=+$/, '')
		});
		expect(await open(payload, keys.publicKey, { kind: 'state', room })).toBeNull();
	});
});

describe('sequence handling', () => {
	const now = 1_000_000;

	it('takes each newer message once, and no older one', () => {
		const sequence = new Sequence();
		expect(sequence.accept({ seq: 10, time: now }, now)).toBe(true);
		expect(sequence.accept({ seq: 10, time: now }, now)).toBe(false);
		expect(sequence.accept({ seq: 9, time: now }, now)).toBe(false);
		expect(sequence.accept({ seq: 12, time: now }, now)).toBe(true);
		expect(sequence.last).toBe(12);
	});

	it('refuses a message whose time is too far from the clock, either way', () => {
		const sequence = new Sequence();
		expect(sequence.accept({ seq: 1, time: now - MAX_AGE - 1 }, now)).toBe(false);
		expect(sequence.accept({ seq: 2, time: now + MAX_AGE + 1 }, now)).toBe(false);
		// A refused message leaves the sequence where it was.
		expect(sequence.last).toBe(-1);
		expect(sequence.accept({ seq: 3, time: now - MAX_AGE }, now)).toBe(true);
	});

	it('a sender counts up, and past its last number after a reload', () => {
		expect(nextSeq(-1, now)).toBe(now);
		expect(nextSeq(now, now)).toBe(now + 1);
		expect(nextSeq(now + 5, now)).toBe(now + 6);
		expect(nextSeq(now - 100_000, now)).toBe(now);
	});
});
