/**
 * The class's messages and their trust, with no accounts: the presenter's browser makes a key pair
 * when it starts sharing, the students get its public key in the follow link's #fragment (which never
 * reaches a server), and every message is signed (ECDSA P-256, Web Crypto). A message that is not
 * well formed, not signed by the expected key, for another room, or not newer than the last one
 * taken (its sequence number) or not recent (its time), is ignored: on any broker, a forged or
 * replayed message moves no one. The phone clicker's commands are signed the same way, with a key
 * the phone got through the pairing QR code.
 */
import * as v from 'valibot';

/** Every topic of a room is under this. */
const TOPIC_ROOT = 'hamas-talks';
/** A room's topics: the presenter's state (retained), the paired phone's commands. */
export const topics = (room: string) => ({
	state: `${TOPIC_ROOT}/${room}/state`,
	remote: `${TOPIC_ROOT}/${room}/remote`
});

/**
 * How far a message's time may be from the reader's clock (either way: the laptop's and the phones'
 * clocks differ). A replayed message older than this is refused even by a student who just joined.
 */
export const MAX_AGE = 5 * 60_000;
/** The presenter repeats its state this often, so the retained message is never older than this. */
export const HEARTBEAT = 30_000;

const StepId = v.pipe(v.string(), v.maxLength(100), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const Room = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
/** Is this a room id (as a follow or pairing link carries it)? */
export const isRoom = (value: unknown): value is string => v.is(Room, value);
const Sequenced = {
	room: Room,
	seq: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
	time: v.pipe(v.number(), v.finite())
};
/** The presenter's step (null: the title slide), and whether the screen is blacked out. */
const StateBody = v.strictObject({
	kind: v.literal('state'),
	...Sequenced,
	step: v.nullable(StepId),
	blackout: v.boolean()
});
/** The paired phone's command. */
export const REMOTE_COMMANDS = ['next', 'previous', 'blackout'] as const;
const CommandBody = v.strictObject({
	kind: v.literal('command'),
	...Sequenced,
	command: v.picklist(REMOTE_COMMANDS)
});
export const Body = v.variant('kind', [StateBody, CommandBody]);
export type Body = v.InferOutput<typeof Body>;
export type StateMessage = v.InferOutput<typeof StateBody>;
export type CommandMessage = v.InferOutput<typeof CommandBody>;
export type RemoteCommand = (typeof REMOTE_COMMANDS)[number];

/** What travels: the body exactly as signed, and its signature (base64url). */
const Envelope = v.strictObject({
	body: v.pipe(v.string(), v.maxLength(1000)),
	sig: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{80,100}$/))
});

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const;

const toBase64url = (bytes: ArrayBuffer | Uint8Array) =>
	btoa(String.fromCharCode(...new Uint8Array(bytes)))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
const fromBase64url = (text: string) =>
	Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** A fresh random id (base64url), e.g. a room's. */
export const randomId = (bytes = 16) => toBase64url(crypto.getRandomValues(new Uint8Array(bytes)));

export const generateKeys = () =>
	crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;

/** A public key as text (its raw point, base64url): what the follow link and pairing QR carry. */
export const exportPublic = async (key: CryptoKey) =>
	toBase64url(await crypto.subtle.exportKey('raw', key));

/** A public key from its text; null if it is not one. */
export async function importPublic(text: string): Promise<CryptoKey | null> {
	try {
		return await crypto.subtle.importKey('raw', fromBase64url(text), ALGORITHM, false, ['verify']);
	} catch {
		return null;
	}
}

/** A private key as text ("d.x.y" of its JWK), to keep in session storage or give a paired phone. */
export async function exportPrivate(key: CryptoKey): Promise<string> {
	const { d, x, y } = await crypto.subtle.exportKey('jwk', key);
	return `${d}.${x}.${y}`;
}

/** A private key from its text; null if it is not one. */
export async function importPrivate(text: string): Promise<CryptoKey | null> {
	const [d, x, y] = text.split('.');
	try {
		return await crypto.subtle.importKey(
			'jwk',
			{ kty: 'EC', crv: 'P-256', d, x, y, ext: true },
			ALGORITHM,
			true,
			['sign']
		);
	} catch {
		return null;
	}
}

/** The message as it travels (JSON text), signed with `key`. */
export async function sign(body: Body, key: CryptoKey): Promise<string> {
	const text = JSON.stringify(v.parse(Body, body));
	const sig = await crypto.subtle.sign(SIGNATURE, key, new TextEncoder().encode(text));
	return JSON.stringify({ body: text, sig: toBase64url(sig) });
}

/**
 * The message in `payload` if it is well formed, of `kind`, for `room` and signed with `key`; else
 * null. (Whether it is new enough is for a `Sequence` to say.)
 */
export async function open<K extends Body['kind']>(
	payload: string,
	key: CryptoKey,
	expected: { kind: K; room: string }
): Promise<Extract<Body, { kind: K }> | null> {
	let envelope, body;
	try {
		envelope = v.parse(Envelope, JSON.parse(payload));
		const signed = new TextEncoder().encode(envelope.body);
		if (!(await crypto.subtle.verify(SIGNATURE, key, fromBase64url(envelope.sig), signed)))
			return null;
		body = v.parse(Body, JSON.parse(envelope.body));
	} catch {
		return null;
	}
	if (body.kind !== expected.kind || body.room !== expected.room) return null;
	return body as Extract<Body, { kind: K }>;
}

/**
 * A sender's sequence numbers: strictly increasing, and ahead of the clock (ms) so that a sender that
 * reloads (and forgets its last number) still goes on above it.
 */
export const nextSeq = (last: number, now = Date.now()) => Math.max(last + 1, now);

/** A receiver's memory of the last message it took from one sender: it takes only newer, recent ones. */
export class Sequence {
	constructor(public last = -1) {}

	/** Takes the message (true) if it is newer than the last one taken and its time is near `now`. */
	accept(message: { seq: number; time: number }, now = Date.now()): boolean {
		if (message.seq <= this.last || Math.abs(now - message.time) > MAX_AGE) return false;
		this.last = message.seq;
		return true;
	}
}
