import type { Attachment } from 'svelte/attachments';

/**
 * Calls `read` with the element each time its size changes, the first time once it is laid out.
 * What bind:clientWidth does, without its first read during hydration: that read forces a layout of
 * the whole page while it is still being hydrated (measured: one of the longest parts of start-up on
 * a slow phone). The server's default size stands until the first call.
 */
export function measured(read: (element: HTMLElement) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(() => read(element));
		observer.observe(element);
		return () => observer.disconnect();
	};
}
