/** The reader's "Who is speaking" switch: off by default, kept across visits, shown as `html[data-voices]`. */
export const VOICES_KEY = 'who-is-speaking';

/** Whether the reader last left the switch on. */
export const voicesOn = () => localStorage.getItem(VOICES_KEY) === 'on';

/** Shows or hides every passage's voice label, and remembers the choice when asked to. */
export function showVoices(on: boolean, remember = false) {
	document.documentElement.toggleAttribute('data-voices', on);
	if (remember) localStorage.setItem(VOICES_KEY, on ? 'on' : 'off');
}
