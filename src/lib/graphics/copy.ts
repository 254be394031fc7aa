/** The labels and quotes each graphic draws (the build checks content/graphics/<name>.aml has them). */
import type { GraphicName } from '../content/types.ts';
import { COPY as actors } from './actors/state.ts';
import { COPY as deals } from './deals/state.ts';
import { COPY as reasons } from './reasons/state.ts';
import { COPY as stakes } from './stakes/state.ts';
import { COPY as taboo } from './taboo/state.ts';
import { COPY as whiplash } from './whiplash/state.ts';

export interface CopyKeys {
	labels: readonly string[];
	quotes: readonly string[];
}

export const GRAPHIC_COPY: Record<GraphicName, CopyKeys> = {
	actors,
	whiplash,
	stakes,
	deals,
	reasons,
	taboo
};
