import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupFileName, latestBackup, needsBackupNudge } from '../../src/backup/backup-status';
import { entryMarkdown, jsonExport, markdownZip, safeFileName } from '../../src/backup/plaintext-export';
import type { Entry } from '../../src/vault/types';
import { sampleBatch } from '../support/backup-fixture';

const DAY = 86_400_000;

describe('plaintext exports', () => {
  it('zips one Markdown file per entry with front matter, safe and unique names', () => {
    const e = (title: string, created: number): Entry => ({ id: title + created, title, body: 'text', created, updated: created });
    const batch = { entries: [...sampleBatch(3).entries, e('a/b: c?*', 0), e('A/B: C?*', 0), e('CON', 0), e('', 0), e('', 0)], docs: [] };
    const files = unzipSync(markdownZip(batch, new Date()));
    const names = Object.keys(files);
    expect(names).toHaveLength(batch.entries.length);
    expect(names.every((n) => n.startsWith('Tend journal/') && n.endsWith('.md') && !/[\\:*?"<>|#^[\]]/.test(n.slice(13)))).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // "a/b: c?*" and "A/B: C?*" clash once cleaned (case-insensitively): the second gets " (2)".
    expect(names.filter((n) => /^Tend journal\/1970-01-01 a b c\.md$/i.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^Tend journal\/1970-01-01 a b c \(2\)\.md$/i.test(n))).toHaveLength(1);
    expect(names.filter((n) => n.includes('Untitled entry'))).toEqual(['Tend journal/1970-01-01 Untitled entry.md', 'Tend journal/1970-01-01 Untitled entry (2).md']);
    expect(names).toContain('Tend journal/1970-01-01 CON entry.md');
    const md = strFromU8(files[names.find((n) => n.includes('Entry 1'))!]!);
    expect(md).toMatch(/^---\ntitle: "Entry 1"\ncreated: 2023-11-14T22:13:20\.001Z\n/);
    expect(md).toMatch(/tags: \["ethics"\]\nsource: "template"\ntemplate: "Ethics walk-through"/);
    expect(md).toContain('## What happened\n\n- [x] a\n\nx');
    expect(safeFileName('..hidden. ')).toBe('hidden');
    expect(entryMarkdown(sampleBatch(3).entries[2]!)).toMatch(/mood: 3\nstress: 5\nfollow_up: /);
  });

  it('exports JSON with every entry and document', () => {
    const batch = sampleBatch(2);
    const out = JSON.parse(strFromU8(jsonExport(batch, new Date(0)))) as Record<string, unknown>;
    expect(out).toEqual({ format: 'tend-export', v: 1, exported: '1970-01-01T00:00:00.000Z', entries: batch.entries, docs: batch.docs });
  });
});

describe('backup status', () => {
  it('nudges after 14 days or 20 new entries, and names files by the local date', () => {
    const now = 100 * DAY;
    expect(needsBackupNudge(null, 0, null, now)).toBe(false);
    expect(needsBackupNudge(null, 3, now - 2 * DAY, now)).toBe(false);
    expect(needsBackupNudge(null, 3, now - 14 * DAY, now)).toBe(true);
    expect(needsBackupNudge(null, 20, now, now)).toBe(true);
    expect(needsBackupNudge({ at: now - 13 * DAY, entries: 10 }, 29, now, now)).toBe(false);
    expect(needsBackupNudge({ at: now - 14 * DAY, entries: 10 }, 10, now, now)).toBe(true);
    expect(needsBackupNudge({ at: now, entries: 10 }, 30, now, now)).toBe(true);
    const docs = [
      { id: 'a', type: 'backup-status', data: { at: 5, entries: 1 }, updated: 5 },
      { id: 'b', type: 'backup-status', data: { at: 9, entries: 2 }, updated: 9 },
      { id: 'c', type: 'other', data: { at: 99, entries: 2 }, updated: 9 },
    ];
    expect(latestBackup(docs)?.doc.id).toBe('b');
    expect(backupFileName(new Date(2025, 2, 4, 23, 59))).toBe('tend-backup-2025-03-04.age');
  });
});
