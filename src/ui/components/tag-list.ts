/**
 * Tags on the screen side: light tidying for display, adding typed text, and ranking the
 * journal's tags for suggestions. The vault tidies again on save (normalizeTags), so these
 * only need to agree with it closely enough that what the person sees is what gets stored.
 * Pure functions: the tags they see are decrypted and stay in memory.
 */

/** The vault's limits (src/vault/entry-schema.ts), repeated so the editor can explain them. */
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

/** One tag as typed, tidied like the vault will: spaces collapsed, a leading "#" dropped, cut to length. */
export function tidyTag(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').slice(0, MAX_TAG_CHARS).trim();
}

/** The same tag ignoring case and accents ("Café" and "cafe"), for matching typed text. */
export function tagKey(tag: string): string {
  return tag.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether `tags` already holds `tag`, ignoring case (as the vault does). */
export function hasTag(tags: readonly string[], tag: string): boolean {
  const lower = tag.toLocaleLowerCase();
  return tags.some((t) => t.toLocaleLowerCase() === lower);
}

/**
 * Adds what was typed (one tag, or several separated by commas) to the end of `tags`.
 * Empty pieces and repeats (ignoring case) are skipped; nothing past MAX_TAGS is added.
 */
export function addTags(tags: readonly string[], typed: string): string[] {
  const next = [...tags];
  for (const piece of typed.split(',')) {
    const tag = tidyTag(piece);
    if (tag !== '' && !hasTag(next, tag) && next.length < MAX_TAGS) next.push(tag);
  }
  return next;
}

/** One tag of the journal and how many entries carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Every tag in the journal, most used first (ties A to Z). Spellings that differ only in
 * case count together and show as the one seen first (entries come newest first).
 */
export function tagCounts(entries: readonly { tags?: readonly string[] }[]): TagCount[] {
  const byKey = new Map<string, TagCount>();
  for (const entry of entries) {
    for (const tag of entry.tags ?? []) {
      const key = tag.toLocaleLowerCase();
      const seen = byKey.get(key);
      if (seen) seen.count++;
      else byKey.set(key, { tag, count: 1 });
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** The journal's tags as suggestions: most used first. */
export function rankedTags(entries: readonly { tags?: readonly string[] }[]): string[] {
  return tagCounts(entries).map((t) => t.tag);
}

/** Suggestions shown at once: enough to choose from, short enough to scan. */
export const MAX_SUGGESTIONS = 8;

/**
 * Suggestions for what is being typed: tags not on the entry yet, those that start with the
 * text (ignoring case and accents) before those that only contain it, each group in the
 * ranked order (most used first). With nothing typed, the most used ones.
 */
export function suggestTags(ranked: readonly string[], typed: string, current: readonly string[], limit = MAX_SUGGESTIONS): string[] {
  const want = tagKey(tidyTag(typed));
  const starts: string[] = [];
  const contains: string[] = [];
  for (const tag of ranked) {
    if (hasTag(current, tag)) continue;
    const key = tagKey(tag);
    if (key.startsWith(want)) starts.push(tag);
    else if (key.includes(want)) contains.push(tag);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
