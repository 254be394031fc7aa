/** Who is speaking: the words for each kind of voice, and each voice's passages, for the UI and the build. */
import type { Step, Story, Voice, VoiceKind, VoiceLabel } from './types.ts';

/** The who-said-what page's path, under the site's root. */
export const WHO_SAID_WHAT = 'who-said-what';

/** What each kind of voice is, as a reader is told it (after the voice's name). */
export const KIND_LABELS: Record<VoiceKind, string> = {
	author: "the article's author",
	person: 'a named person',
	unnamed: 'an unnamed source',
	outlet: "an outlet's report",
	government: 'a government statement'
};

/** The voice as the article gives it, word for word (for a quote shown or shared away from its paragraph). */
export function asTheArticleGivesIt(voices: readonly Voice[], id: string): string {
	const voice = voices.find((item) => item.id === id);
	if (!voice) throw new Error(`voices: no voice "${id}"`);
	return voice.as;
}

/** Everyone who speaks in a step (its paragraphs, then its quote or note), each once. */
export function stepVoices(step: Pick<Step, 'voices' | 'calloutVoices'>): VoiceLabel[] {
	const all = [...step.voices.flat(), ...step.calloutVoices];
	return all.filter((voice, i) => all.findIndex((other) => other.id === voice.id) === i);
}

/** One passage a voice speaks in: a paragraph of the article, and the step that carries it. */
export interface Passage {
	step: string;
	/** The section's heading, and the step's number in the story (1-based). */
	heading: string;
	number: number;
	text: string;
}

/** Every voice with everything it says in the article, in the article's order. */
export function whoSaidWhat(story: Pick<Story, 'sections' | 'voices'>) {
	const said = new Map<string, Passage[]>(story.voices.map((voice) => [voice.id, []]));
	let number = 0;
	for (const section of story.sections)
		for (const step of section.steps) {
			number++;
			step.paragraphs.forEach((text, i) => {
				for (const voice of step.voices[i])
					said.get(voice.id)?.push({ step: step.id, heading: section.heading, number, text });
			});
		}
	return story.voices.map((voice) => ({ voice, passages: said.get(voice.id) ?? [] }));
}
