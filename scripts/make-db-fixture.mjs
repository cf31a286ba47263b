// Writes a migration fixture (test/fixtures/<name>.json and <name>.expected.json) with the
// current vault code. Run ONCE per released storage format; see test/fixtures/make-db-fixture.ts.
//   node scripts/make-db-fixture.mjs db-v2
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const name = process.argv[2];
if (!name || !/^db-[\w.-]+$/.test(name)) {
  console.error('usage: node scripts/make-db-fixture.mjs db-vN');
  process.exit(2);
}
const dir = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('../test/fixtures/make-db-fixture.ts', import.meta.url)));
const written = await module.makeDbFixture(dir, name);
console.log(`wrote ${written.join(' and ')}`);
