/** The presenter ↔ notes protocol, over one BroadcastChannel (same origin, any window). */
export const CHANNEL = 'hamas-talks-presenter';

export type Message =
	/** The story window says which step it shows (null: the title). */
	| { type: 'state'; step: string | null; presenting: boolean }
	/** Either window asks the story to show a step (null: the title). */
	| { type: 'go'; step: string | null }
	/** A notes window has opened and wants the current state. */
	| { type: 'hello' }
	/** The story window shares with the class (null: it does not): the students' and phone's links. */
	| { type: 'class'; follow: string | null; pair: string | null }
	/** The notes window asks the story to share with the class. */
	| { type: 'share' };

export function openChannel(onmessage: (message: Message) => void): {
	post: (message: Message) => void;
	close: () => void;
} {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<Message>) => onmessage(event.data);
	return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** Which presentation command a key press means, or null (pure; see the page contract). */
export type Command =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'blackout'
	| 'grid'
	| 'fullscreen'
	| 'notes'
	| 'share'
	| 'toggle'
	| 'escape';

export function commandFor(event: {
	key: string;
	shiftKey?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}): Command | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	switch (event.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case ' ':
			return event.shiftKey ? 'previous' : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'b':
		case 'B':
		case '.':
			return 'blackout';
		case 'g':
		case 'G':
			return 'grid';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'n':
		case 'N':
			return 'notes';
		case 'p':
		case 'P':
			return 'toggle';
		case 's':
		case 'S':
			return 'share';
		case 'Escape':
			return 'escape';
		default:
			return null;
	}
}
