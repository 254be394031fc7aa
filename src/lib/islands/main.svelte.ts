/**
 * The story pages' only script. The page is server HTML, readable as it arrives; this brings its
 * interactive parts to life as separate Svelte roots ("islands"), each in a task of its own so no one
 * task holds the main thread for long: the scroll engine, the menu, each section's share button and
 * figure, and the presenter. Their props come from the page's JSON (see $lib/server/islands).
 */
import { hydrate } from 'svelte';
import Presenter from '$lib/components/Presenter.svelte';
import SectionFigure from '$lib/components/SectionFigure.svelte';
import ShareButton from '$lib/components/ShareButton.svelte';
import Toc from '$lib/components/Toc.svelte';
import { motion } from '$lib/motion/gsap';
import { startEngine } from '$lib/scrolly/engine.svelte';
import { StoryPosition } from '$lib/state/position.svelte';
import { storyFromPage } from './data';

const element = <T extends Element = HTMLElement>(
	selector: string,
	root: ParentNode = document
) => {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`islands: the page has no ${selector}`);
	return found;
};

/** Lets the browser paint and take input between islands. */
const pause = () => new Promise((done) => setTimeout(done));

const { data, story } = storyFromPage(document);
const position = new StoryPosition(story.sections, data.start ?? undefined);
const ui = $state({ presenting: false });

const announcer = element('[data-announcer]');
const announce = (message: string) => (announcer.textContent = message);

startEngine(element('[data-story]'), position);

// Offline after one visit (src/service-worker.ts). The worker sits at the site's root, where this
// script's _app/ folder is. Registered once the page has loaded, so it never competes with the page.
if ('serviceWorker' in navigator) {
	const worker = import.meta.url.replace(/_app\/.*$/, 'service-worker.js');
	const register = () => navigator.serviceWorker.register(worker);
	if (document.readyState === 'complete') register();
	else addEventListener('load', register);
}

$effect.root(() => {
	// Step changes are announced once the reader settles on a step, not on every step a fast scroll
	// passes: "Step k of n: what the graphic shows".
	const stepAnnouncer = element('[data-step-announcer]');
	const steps = story.sections.flatMap((section) => section.steps);
	$effect(() => {
		const index = position.order.findIndex((ref) => ref.id === position.step);
		if (index === -1) return;
		const message = `Step ${index + 1} of ${position.order.length}: ${steps[index].alt}`;
		const timer = setTimeout(() => (stepAnnouncer.textContent = message), 800);
		return () => clearTimeout(timer);
	});
});

// The printed handout shows every graphic in its section's final state, drawn at once.
{
	const print = matchMedia('print');
	const set = (printing: boolean) => {
		motion.instant = printing;
		position.printing = printing;
	};
	set(print.matches);
	addEventListener('beforeprint', () => set(true));
	addEventListener('afterprint', () => set(false));
	print.addEventListener('change', () => set(print.matches));
}

hydrate(Toc, {
	target: element('[data-island="toc"]'),
	props: { sections: story.sections, position, onpresent: () => (ui.presenting = true) }
});
await pause();
hydrate(Presenter, {
	target: element('[data-island="presenter"]'),
	props: {
		story,
		position,
		share: { url: `${data.origin}/`, qr: data.qr },
		get presenting() {
			return ui.presenting;
		},
		set presenting(value) {
			ui.presenting = value;
		}
	}
});

for (const section of story.sections) {
	await pause();
	const root = element(`[data-section="${section.slug}"]`);
	hydrate(ShareButton, {
		target: element('[data-island="share"]', root),
		props: {
			title: story.title,
			heading: section.heading,
			url: `${data.origin}/${section.slug}/`,
			announce
		}
	});
	const figure = element('[data-island="figure"]', root);
	hydrate(SectionFigure, {
		target: figure,
		props: {
			section,
			copy: story.graphics[section.graphic],
			position,
			onsettle: (step) => (figure.dataset.state = step)
		}
	});
}
