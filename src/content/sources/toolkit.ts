import type { Citation } from '../types';

/** Sources behind the toolkit content (filled in with that content). */
export const TOOLKIT_SOURCES: Citation[] = [];
