/**
 * The presenter's side of following: a room on the class broker, the presenter's step published
 * there (retained, so a student who joins late lands on it at once), signed with a key pair made when
 * sharing starts, and the paired phone's commands taken (signed with the phone's key, which the notes
 * window's pairing QR code gives it). The keys and the room stay in session storage: a reload keeps
 * the room, and the students' links keep working. Loaded only when the presenter shares.
 */
import { qrSvg } from '$lib/qr';
import { SHARE_SESSION as SESSION } from './config';
import { connect, type Connection, type Link } from './broker';
import {
	HEARTBEAT,
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
	topics,
	type RemoteCommand
} from './signed';

interface Saved {
	room: string;
	/** The presenter's key pair, as text. */
	key: string;
	publicKey: string;
	/** The paired phone's key pair, as text. */
	remoteKey: string;
	remotePublicKey: string;
	/** The last command taken from the phone. */
	remoteSeq: number;
}

async function newSession(): Promise<Saved> {
	const [presenter, remote] = await Promise.all([generateKeys(), generateKeys()]);
	return {
		room: randomId(),
		key: await exportPrivate(presenter.privateKey),
		publicKey: await exportPublic(presenter.publicKey),
		remoteKey: await exportPrivate(remote.privateKey),
		remotePublicKey: await exportPublic(remote.publicKey),
		remoteSeq: -1
	};
}

function savedSession(): Saved | null {
	try {
		return JSON.parse(sessionStorage.getItem(SESSION) ?? 'null');
	} catch {
		return null;
	}
}

export class ClassShare {
	link = $state<Link>({ state: 'connecting' });
	/** The students' link, and its QR code (SVG markup). */
	followUrl = $state('');
	followQr = $state('');
	/** The paired phone's link (it carries the phone's signing key). */
	pairUrl = $state('');

	#connection: Connection | undefined;
	#state: { step: string | null; blackout: boolean } = { step: null, blackout: false };
	#seq = -1;
	#heartbeat: ReturnType<typeof setInterval> | undefined;
	#sign: CryptoKey | undefined;
	#room = '';

	/**
	 * Starts sharing (or picks up this tab's room after a reload). `root`: the story's URL;
	 * `onremote`: what the paired phone asks for.
	 */
	async start(
		broker: string,
		root: string,
		onremote: (command: RemoteCommand) => void
	): Promise<void> {
		const saved = savedSession() ?? (await newSession());
		const sign = await importPrivate(saved.key);
		const remote = await importPublic(saved.remotePublicKey);
		if (!sign || !remote) {
			sessionStorage.removeItem(SESSION);
			return this.start(broker, root, onremote);
		}
		sessionStorage.setItem(SESSION, JSON.stringify(saved));
		this.#sign = sign;
		this.#room = saved.room;
		// `root` ends in "/": the story's address, under any base path.
		this.followUrl = `${root}?follow=${saved.room}#k=${saved.publicKey}`;
		this.pairUrl = `${root}remote/#r=${saved.room}&k=${saved.publicKey}&p=${saved.remoteKey}`;
		this.followQr = await qrSvg(this.followUrl);

		const commands = new Sequence(saved.remoteSeq);
		const remoteTopic = topics(saved.room).remote;
		this.#connection = connect(broker, {
			subscribe: [remoteTopic],
			onlink: (link) => (this.link = link),
			// A new broker (or one restarted) holds no state yet: give it the current one.
			onconnect: () => this.#publish(),
			onmessage: async (topic, payload) => {
				if (topic !== remoteTopic) return;
				const message = await open(payload, remote, { kind: 'command', room: saved.room });
				if (!message || !commands.accept(message)) return;
				sessionStorage.setItem(SESSION, JSON.stringify({ ...saved, remoteSeq: commands.last }));
				onremote(message.command);
			}
		});
		this.#heartbeat = setInterval(() => this.#publish(), HEARTBEAT);
	}

	/** The presenter now shows `step` (null: the title), blacked out or not. */
	show(step: string | null, blackout: boolean) {
		if (step === this.#state.step && blackout === this.#state.blackout) return;
		this.#state = { step, blackout };
		this.#publish();
	}

	// One at a time, in order: the retained message is always the latest state.
	#queue = Promise.resolve();
	#publish() {
		const key = this.#sign;
		if (!key) return;
		const body = { kind: 'state' as const, room: this.#room, ...this.#state };
		this.#queue = this.#queue.then(async () => {
			const time = Date.now();
			this.#seq = nextSeq(this.#seq, time);
			const payload = await sign({ ...body, seq: this.#seq, time }, key);
			this.#connection?.publish(topics(this.#room).state, payload, true);
		});
	}

	/** Stops sharing: the room is forgotten, and the students' links stop moving. */
	stop() {
		clearInterval(this.#heartbeat);
		// An empty retained message clears the broker's: a student who opens the link later waits.
		this.#connection?.publish(topics(this.#room).state, '', true);
		this.#connection?.close();
		this.#connection = undefined;
		sessionStorage.removeItem(SESSION);
	}
}
