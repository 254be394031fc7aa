import type { GraphicCopy } from '$lib/content/types';

/** What every graphic component receives from its section. */
export interface GraphicProps {
	/** The words it draws (content/graphics/<name>.aml). */
	copy: GraphicCopy;
	/** The step id whose look to show. */
	step: string;
	/** The step's text alternative (what the graphic shows at this step). */
	alt: string;
	/** How far the reader has scrolled through that step, 0–1 (for continuous motion). */
	progress: number;
	/** Call with the step id once its look is fully on screen (sets data-state). */
	onsettle: (step: string) => void;
}
