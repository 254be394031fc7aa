/**
 * The class broker this build points at: PUBLIC_CLASS_BROKER at build time, written into every page
 * as <meta name="class-broker"> (src/hooks.server.ts). Without it nothing of following or sharing
 * appears. Small on purpose: the story's first script reads it; the rest loads only when used.
 */
export const BROKER_META = 'class-broker';

/** The broker's WebSocket URL (a path is on the page's own origin), or null when none is set. */
export function classBroker(page: Document = document): string | null {
	const value = page.querySelector<HTMLMetaElement>(`meta[name="${BROKER_META}"]`)?.content;
	if (!value) return null;
	const url = new URL(value, page.baseURI);
	if (url.protocol === 'http:') url.protocol = 'ws:';
	if (url.protocol === 'https:') url.protocol = 'wss:';
	return url.href;
}

/** The story's root URL (base-path aware): where a built script's _app/ folder is. */
export const storyRoot = (script: string) =>
	script.includes('/_app/') ? script.replace(/_app\/.*$/, '') : new URL('/', script).href;

/** Where a presenter's share (room, keys) waits in session storage, so a reload keeps the room. */
export const SHARE_SESSION = 'class-share';
export const sharedBefore = () => sessionStorage.getItem(SHARE_SESSION) !== null;
