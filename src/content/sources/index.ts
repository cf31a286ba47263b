import type { Citation } from '../types';
import { REFLECTION_SOURCES } from './reflection';
import { SELF_CHECK_SOURCES } from './self-check';
import { TEMPLATES_SOURCES } from './templates';
import { TOOLKIT_SOURCES } from './toolkit';

/**
 * Every source cited anywhere in Tend's content, each once (areas may cite the same work
 * under the same id; the first area's entry wins), for the About / Sources page.
 */
export const ALL_SOURCES: Citation[] = dedupe([
  ...REFLECTION_SOURCES,
  ...TEMPLATES_SOURCES,
  ...TOOLKIT_SOURCES,
  ...SELF_CHECK_SOURCES,
]);

/** One citation by id (content refers to sources by id). */
export function citation(id: string): Citation | undefined {
  return ALL_SOURCES.find((c) => c.id === id);
}

function dedupe(list: Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
