import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/backup/backup-file';
import type { VaultStore } from '../../src/storage/vault-store';
import type { Entry } from '../../src/vault/types';
import { BACKUP_PASS, codeOf, fuzzScrypt } from '../support/backup-fixture';
import { fuzzFixtures, runFuzz } from '../support/backup-fuzz';
import { freshGate, freshStore, PASSPHRASE } from '../support/vault-fixture';

/** `npm run fuzz` sets TEND_FUZZ_CASES (and optionally TEND_FUZZ_SEED) for a long run. */
const CASES = Number(process.env.TEND_FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.TEND_FUZZ_SEED ?? 20_250_305);

async function snapshot(store: VaultStore) {
  return { header: await store.readHeader(), records: await store.readAllRecords() };
}

describe('backup mutation fuzzing', () => {
  it(`${CASES} mutated backups: each restores exactly the original or fails typed, and the database is unchanged`, async () => {
    const { gate, store } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const { batch, files } = await fuzzFixtures();
    // The real pipeline: read the file completely, and only then merge into the vault.
    const restore = async (file: Uint8Array) => session.mergeImport(await readBackup(file, BACKUP_PASS, { scryptFn: fuzzScrypt }));
    expect(await restore(files[0]!)).toEqual({ added: 6, unchanged: 0, conflictCopies: 0 });
    const before = await snapshot(store);
    let merges = 0;
    const real = session.mergeImport.bind(session);
    session.mergeImport = async (b) => (merges++, real(b));
    const report = await runFuzz(CASES, SEED, async (i) => {
      if (i % 1000 === 0) expect(await snapshot(store)).toEqual(before);
    });
    console.log(`backup fuzz: ${report.cases} cases, ${report.restored} restored exactly, ${report.failures.length} failures`, report.codes, report.kinds);
    expect(report.failures).toEqual([]);
    expect(merges).toBe(0); // no refused file ever reached the vault
    expect(await snapshot(store)).toEqual(before);
    expect(Object.keys(report.codes).length).toBeGreaterThanOrEqual(5);
    expect(session.listEntries()).toHaveLength(batch.entries.length);
  }, 600_000);

  it('an import that fails at record 500 of 1,000 leaves the database byte-identical', async () => {
    const { store } = await freshStore();
    let poison = false;
    const failing: VaultStore = Object.create(store, {
      writeRecords: {
        value: (put: Parameters<VaultStore['writeRecords']>[0], remove?: string[]) =>
          // A function cannot be structured-cloned: IndexedDB throws DataCloneError at the
          // 500th put, inside the one transaction, after 499 records were already put.
          store.writeRecords(poison ? put.map((r, i) => (i === 499 ? { ...r, poison: () => 1 } : r)) : put, remove),
      },
    }) as VaultStore;
    const { gate } = await freshGate(failing);
    const { session } = await gate.create(PASSPHRASE);
    await session.saveEntry({ title: 'Already here', body: 'kept' });
    const entries: Entry[] = Array.from({ length: 1000 }, (_, i) => ({ id: `imp-${i}`, title: `Imported ${i}`, body: 'x', created: i, updated: i }));
    const before = await snapshot(store);
    poison = true;
    await expect(session.mergeImport({ entries, docs: [] })).rejects.toBeTruthy();
    expect(await snapshot(store)).toEqual(before);
    expect(session.listEntries().map((e) => e.heading)).toEqual(['Already here']);
    poison = false;
    expect(await session.mergeImport({ entries, docs: [] })).toEqual({ added: 1000, unchanged: 0, conflictCopies: 0 });
  });

  it('importing the same backup twice adds nothing the second time', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const { files } = await fuzzFixtures();
    const contents = await readBackup(files[0]!, BACKUP_PASS, { scryptFn: fuzzScrypt });
    expect(await session.mergeImport(contents)).toEqual({ added: 6, unchanged: 0, conflictCopies: 0 });
    expect(await session.mergeImport(contents)).toEqual({ added: 0, unchanged: 6, conflictCopies: 0 });
    expect(await codeOf(readBackup(files[0]!, 'wrong', { scryptFn: fuzzScrypt }))).toBe('wrong-passphrase');
  });
});
