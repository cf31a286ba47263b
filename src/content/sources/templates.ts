import type { Citation } from '../types';

/** Sources behind the templates content (filled in with that content). */
export const TEMPLATES_SOURCES: Citation[] = [];
