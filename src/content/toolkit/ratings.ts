/**
 * "How much did it help?" ratings and the ranking built from them. Ratings are stored as
 * encrypted documents of type `tool-rating`; this module only reads their data, so it can be
 * tested without a vault and never trusts a stored value it does not recognise.
 */
import { TOOLS, isToolId, type Tool, type ToolId } from './tools';

/** The document type the ratings are stored under. */
export const RATING_DOC_TYPE = 'tool-rating';

/** One rating as stored (inside the ciphertext). */
export interface ToolRating {
  tool: string;
  /** 0 (not at all) to 4 (a great deal). */
  rating: number;
  /** When it was given (ms since epoch). */
  at: number;
}

/** Words for each point of the 0-4 scale. */
export const RATING_WORDS: readonly string[] = ['Not at all', 'A little', 'Somewhat', 'Quite a lot', 'A great deal'];

/** The highest rating. */
export const MAX_RATING = RATING_WORDS.length - 1;

/** One tool's record for this person. */
export interface ToolScore {
  tool: Tool;
  /** Mean rating, 0 to 4. */
  average: number;
  count: number;
}

/** The toolkit's view of the ratings: rated tools best first, then the tools not rated yet. */
export interface ToolRanking {
  ranked: ToolScore[];
  unrated: Tool[];
}

/** True for a stored value that is a usable rating of a known tool. */
export function isValidRating(value: unknown): value is ToolRating & { tool: ToolId } {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<ToolRating>;
  return (
    typeof r.tool === 'string' &&
    isToolId(r.tool) &&
    Number.isInteger(r.rating) &&
    (r.rating as number) >= 0 &&
    (r.rating as number) <= MAX_RATING &&
    typeof r.at === 'number'
  );
}

/**
 * Average and count per tool, sorted by average (highest first), then by how often it was
 * rated, then in toolkit order. Unknown tools and malformed ratings are left out.
 */
export function rankTools(ratings: readonly unknown[], tools: readonly Tool[] = TOOLS): ToolRanking {
  const sums = new Map<string, { total: number; count: number }>();
  for (const r of ratings) {
    if (!isValidRating(r)) continue;
    const s = sums.get(r.tool) ?? { total: 0, count: 0 };
    s.total += r.rating;
    s.count += 1;
    sums.set(r.tool, s);
  }
  const order = (t: Tool) => tools.indexOf(t);
  const ranked: ToolScore[] = [];
  const unrated: Tool[] = [];
  for (const tool of tools) {
    const s = sums.get(tool.id);
    if (s) ranked.push({ tool, average: s.total / s.count, count: s.count });
    else unrated.push(tool);
  }
  ranked.sort((a, b) => b.average - a.average || b.count - a.count || order(a.tool) - order(b.tool));
  return { ranked, unrated };
}

/** "Average 3.5 of 4 from 2 ratings": the score in words, one decimal place. */
export function describeScore(score: Pick<ToolScore, 'average' | 'count'>): string {
  const times = score.count === 1 ? '1 rating' : `${score.count} ratings`;
  return `Average ${score.average.toFixed(1)} of ${MAX_RATING} from ${times}`;
}
