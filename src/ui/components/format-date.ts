/** Locale-aware dates for the journal list, formatted in the reader's own language. */

const dateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** e.g. "Tue, 25 Nov 2025" (or the local equivalent). */
export function formatEntryDate(ms: number): string {
  return dateFormat.format(new Date(ms));
}

/** The machine-readable form for a `<time datetime>` attribute. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}
