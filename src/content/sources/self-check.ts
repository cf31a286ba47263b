import type { Citation } from '../types';

/** Sources behind the self-check content (filled in with that content). */
export const SELF_CHECK_SOURCES: Citation[] = [];
