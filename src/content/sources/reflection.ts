import type { Citation } from '../types';

/** Sources behind the reflection content (filled in with that content). */
export const REFLECTION_SOURCES: Citation[] = [];
