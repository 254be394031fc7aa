/**
 * Following the class from `/?follow=<room>#k=<key>`: loaded by the story's script only for such a
 * link. The key is read from the address as the page opens (the page soon puts a #section there
 * instead) and kept for the tab, so a reload goes on following.
 */
import { mount } from 'svelte';
import type { StoryPosition } from '$lib/state/position.svelte';
import FollowBar from './FollowBar.svelte';
import { classBroker } from './config';
import { isRoom } from './signed';

/** `hash`: the address's #fragment as the page opened. */
export function follow(position: StoryPosition, hash: string) {
	const broker = classBroker();
	const room = new URLSearchParams(location.search).get('follow');
	if (!broker || !isRoom(room)) return;
	const session = `follow-key:${room}`;
	const key = new URLSearchParams(hash.slice(1)).get('k') ?? sessionStorage.getItem(session);
	if (!key) return;
	sessionStorage.setItem(session, key);
	mount(FollowBar, { target: document.body, props: { position, broker, room, key } });
}
