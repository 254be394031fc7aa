/** The whiplash graphic's look per step (stub until it is drawn). */
import type { CopyKeys } from '../copy.ts';

export const COPY = { labels: [], quotes: [] } as const satisfies CopyKeys;
