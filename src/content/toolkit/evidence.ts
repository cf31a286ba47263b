/**
 * The sources behind a tool's evidence label, resolved from their ids, and one plain-text
 * reference style for showing them (text only: Tend never links out or fetches anything).
 */
import { TOOLKIT_SOURCES } from '../sources/toolkit';
import type { Citation } from '../types';
import type { Tool } from './tools';

/** The citations a tool's evidence label names, in the order it names them; unknown ids are skipped. */
export function toolCitations(tool: Tool): Citation[] {
  return tool.evidence.citations.flatMap((id) => TOOLKIT_SOURCES.filter((c) => c.id === id));
}

/** "Authors (year). Title. Where. DOI" as one line of text. */
export function formatCitation(c: Citation): string {
  const main = `${c.authors} (${c.year}). ${c.title}. ${c.where}.`;
  return c.url ? `${main} ${c.url}` : main;
}
