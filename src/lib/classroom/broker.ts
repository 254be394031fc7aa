/**
 * One connection to the class broker (MQTT over WebSocket, MQTT.js), loaded only by a presenter who
 * shares, a student who follows or a paired phone. When the connection drops it is tried again after
 * 1, 2, 4 … s (at most 15 s, with some jitter, so a room of phones does not knock all at once), and
 * each change is reported, for the page to say so.
 */
import mqtt from 'mqtt';

export type Link =
	| { state: 'connecting' }
	| { state: 'connected' }
	/** Lost; the next try is in `retry` ms. */
	| { state: 'lost'; retry: number };

/** The wait before the n-th retry (0-based), in ms, before jitter. */
export const backoff = (attempt: number) => Math.min(15_000, 1000 * 2 ** attempt);

export interface Connection {
	/** Publishes now, or once connected again (QoS 0 messages wait meanwhile). */
	publish(topic: string, payload: string, retain?: boolean): void;
	close(): void;
}

export function connect(
	url: string,
	options: {
		subscribe: string[];
		onmessage?: (topic: string, payload: string) => void;
		onlink: (link: Link) => void;
		/** Each time the connection is (re)made. */
		onconnect?: () => void;
	}
): Connection {
	let attempt = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let closed = false;
	// Retries are ours (reconnectPeriod 0), for the backoff.
	const client = mqtt.connect(url, {
		reconnectPeriod: 0,
		connectTimeout: 5000,
		keepalive: 30,
		// Plain timers: MQTT.js's default tries a blob: worker first, which the pages' CSP refuses.
		timerVariant: 'native'
	});
	options.onlink({ state: 'connecting' });
	client.on('connect', () => {
		attempt = 0;
		if (options.subscribe.length) client.subscribe(options.subscribe);
		options.onlink({ state: 'connected' });
		options.onconnect?.();
	});
	client.on('message', (topic, payload) => options.onmessage?.(topic, payload.toString()));
	client.on('close', () => {
		if (closed || timer) return;
		const retry = Math.round(backoff(attempt++) * (0.8 + Math.random() * 0.4));
		options.onlink({ state: 'lost', retry });
		timer = setTimeout(() => {
			timer = undefined;
			if (!closed) client.reconnect();
		}, retry);
	});
	// Errors end in "close", handled above.
	client.on('error', () => {});
	return {
		publish: (topic, payload, retain = false) => client.publish(topic, payload, { retain }),
		close() {
			closed = true;
			clearTimeout(timer);
			client.end();
		}
	};
}
