/**
 * The layer rules of docs / design §1, enforced: every import, `export … from`, dynamic import(),
 * `import('x')` type and `new URL('…', import.meta.url)` (workers, assets) in src/ is an edge, and
 * every edge must be in the table below. Third-party packages each have owner layers; an unknown
 * package fails, so each new library gets an owner on purpose. Runtime import cycles fail too.
 *
 * Type-only means the whole declaration is `import type` / `export type` (or an `import('x')` type).
 * `import { type A }` is NOT type-only: with verbatimModuleSyntax it still loads the module.
 * Cycles are checked over runtime edges (static and dynamic imports); a cycle made only of
 * `import type` edges does not exist at runtime and is allowed. Worker URLs are not cycle edges.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LAYERS = ['main', 'app', 'ui/screens', 'ui/components', 'vault', 'crypto', 'storage', 'backup', 'content', 'pwa'] as const;
type Layer = (typeof LAYERS)[number];

/** A -> B: A may import B (runtime and types). Same-layer imports are always allowed. */
const VALUE_EDGES: Record<Layer, readonly Layer[]> = {
  main: ['app'],
  app: ['ui/screens', 'ui/components', 'vault', 'backup', 'content', 'pwa'],
  'ui/screens': ['ui/components', 'content'],
  'ui/components': [],
  vault: ['crypto', 'storage'],
  backup: ['crypto'],
  crypto: [],
  storage: [],
  content: [],
  pwa: ['ui/components'],
};
/** A -> B with `import type` / `export type` only. */
const TYPE_EDGES: Record<Layer, readonly Layer[]> = {
  main: [], app: [], vault: [], crypto: [], storage: [], content: [], pwa: [],
  'ui/screens': ['vault'],
  'ui/components': LAYERS,
  backup: ['vault'],
};

const UI: Layer[] = ['main', 'app', 'ui/screens', 'ui/components', 'pwa'];
/** Third-party owners, for runtime and type imports alike. Anything not listed fails. */
const PACKAGE_OWNERS: ReadonlyArray<[RegExp, readonly Layer[]]> = [
  [/^dexie(\/|$)/, ['storage']],
  [/^@noble\//, ['crypto', 'backup']],
  [/^hash-wasm(\/|$)/, ['crypto', 'backup']],
  // Test-only: kept as an independent age implementation to check ours against
  // (test/unit/age-interop.test.ts); the app writes and reads age itself (docs/decisions.md).
  [/^age-encryption(\/|$)/, []],
  [/^fflate(\/|$)/, ['backup']],
  [/^virtual:pwa-register(\/|$)/, ['pwa']],
  [/^workbox-window(\/|$)/, ['pwa']],
  [/^(preact|@preact\/[^/]+)(\/|$)/, UI],
];

type Kind = 'static' | 'dynamic' | 'type' | 'url' | 'jsx';
interface Edge { from: string; spec: string; kind: Kind; to?: string }

/** Layer of a path relative to the repo ("src/…"); 'ambient' for src/*.d.ts; null: not in a layer. */
function layerOf(file: string): Layer | 'ambient' | null {
  if (file === 'src/main.tsx' || file === 'src/main.ts') return 'main';
  const rest = file.slice('src/'.length);
  if (!rest.includes('/')) return file.endsWith('.d.ts') ? 'ambient' : null;
  for (const layer of LAYERS) if (rest.startsWith(layer + '/')) return layer;
  return null;
}

function extractEdges(file: string, source: string): Edge[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const lit = (n: ts.Node | undefined) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined);
  let jsx = false;
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n)) {
      const typeOnly = n.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword;
      edges.push({ from: file, spec: lit(n.moduleSpecifier)!, kind: typeOnly ? 'type' : 'static' });
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier) {
      edges.push({ from: file, spec: lit(n.moduleSpecifier)!, kind: n.isTypeOnly ? 'type' : 'static' });
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) {
      edges.push({ from: file, spec: lit(n.moduleReference.expression) ?? '<non-literal>', kind: n.isTypeOnly ? 'type' : 'static' });
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      edges.push({ from: file, spec: lit(n.arguments[0]) ?? '<non-literal>', kind: 'dynamic' });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) {
      edges.push({ from: file, spec: lit(n.argument.literal) ?? '<non-literal>', kind: 'type' });
    } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'URL' && n.arguments?.length === 2) {
      const base = n.arguments[1]!.getText(sf).replace(/\s/g, '');
      const spec = lit(n.arguments[0]);
      if (base === 'import.meta.url' && spec !== undefined) edges.push({ from: file, spec, kind: 'url' });
    } else if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n)) {
      jsx = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  // jsxImportSource is preact: JSX compiles to an import of preact/jsx-runtime.
  if (jsx) edges.push({ from: file, spec: 'preact/jsx-runtime', kind: 'jsx' });
  return edges;
}

function resolveRelative(from: string, spec: string, exists: (p: string) => boolean): string | undefined {
  const base = posix.join(posix.dirname(from), spec.replace(/[?#].*$/, ''));
  const noJs = base.replace(/\.(m?js|jsx)$/, '');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${noJs}.ts`, `${noJs}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find(exists);
}

export interface Report { violations: string[]; cycles: string[][]; edges: Edge[] }

/** files: repo-relative path ("src/…") -> source; non-code files may map to '' (existence only). */
export function checkArchitecture(files: ReadonlyMap<string, string>): Report {
  const violations: string[] = [];
  const edges: Edge[] = [];
  for (const [file, source] of files) {
    if (/\.(m?js|cjs|jsx|mts|cts)$/.test(file)) {
      violations.push(`${file}: not TypeScript (.ts/.tsx), so this test cannot check it`);
      continue;
    }
    if (!/\.tsx?$/.test(file)) continue;
    const layer = layerOf(file);
    if (layer === 'ambient') continue;
    if (layer === null) {
      violations.push(`${file}: not in a layer; put it under src/{${LAYERS.filter((l) => l !== 'main').join(',')}}/`);
      continue;
    }
    for (const edge of extractEdges(file, source)) {
      edges.push(edge);
      const where = `${file}: ${edge.kind === 'type' ? 'import type' : edge.kind} '${edge.spec}'`;
      if (edge.spec === '<non-literal>') {
        violations.push(`${where}: the specifier must be a string literal so it can be checked`);
      } else if (edge.spec.startsWith('.')) {
        edge.to = resolveRelative(file, edge.spec, (p) => files.has(p));
        const target = edge.to;
        if (!target) {
          violations.push(`${where}: does not resolve to a file in src/`);
          continue;
        }
        if (!target.startsWith('src/')) {
          violations.push(`${where}: reaches outside src/ (${target})`);
          continue;
        }
        const to = layerOf(target);
        if (to === 'ambient' || to === layer) continue;
        if (to === null) {
          violations.push(`${where}: ${target} is not in a layer`);
          continue;
        }
        const ok = VALUE_EDGES[layer].includes(to) || (edge.kind === 'type' && TYPE_EDGES[layer].includes(to));
        if (!ok) {
          const allowed = [...VALUE_EDGES[layer], ...TYPE_EDGES[layer].map((l) => `${l} (import type only)`)];
          violations.push(`${where} -> ${target}: ${layer} may not import ${to}${edge.kind !== 'type' && TYPE_EDGES[layer].includes(to) ? ' except with `import type`' : ''} (allowed: ${allowed.join(', ') || 'nothing in src'})`);
        }
      } else {
        const owner = PACKAGE_OWNERS.find(([re]) => re.test(edge.spec));
        if (!owner) violations.push(`${where}: unknown third-party module; give it an owner layer in test/unit/architecture.test.ts`);
        else if (owner[1].length === 0) violations.push(`${where}: a test-only package, no layer of src may import it`);
        else if (!owner[1].includes(layer)) violations.push(`${where}: only ${owner[1].join(', ')} may import it, not ${layer}`);
      }
    }
  }
  return { violations, cycles: findCycles(edges), edges };
}

/** Tarjan SCCs over runtime edges; one concrete cycle path per strongly connected component. */
function findCycles(edges: Edge[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.to || (e.kind !== 'static' && e.kind !== 'dynamic')) continue;
    graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const sccs: string[][] = [];
  const strong = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) sccs.push(scc);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) strong(v);
  return sccs.map((scc) => {
    const members = new Set(scc);
    const start = [...scc].sort()[0]!;
    // BFS inside the component back to start gives a shortest concrete cycle.
    const prev = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of graph.get(v) ?? []) {
        if (!members.has(w)) continue;
        if (w === start) {
          const path = [start];
          for (let x = v; x !== start; x = prev.get(x)!) path.splice(1, 0, x);
          return [...path, start];
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    return [...scc, scc[0]!];
  });
}

function readTree(root: string, dir = 'src', out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = posix.join(dir, entry.name);
    if (entry.isDirectory()) readTree(root, rel, out);
    else out.set(rel, /\.(tsx?|m?js|cjs|jsx|mts|cts)$/.test(entry.name) ? readFileSync(join(root, rel), 'utf8') : '');
  }
  return out;
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));

describe('architecture', () => {
  it('src/ follows the layer table, package owners, and has no import cycles', () => {
    const files = readTree(REPO);
    const report = checkArchitecture(files);
    expect([...files.keys()].filter((f) => /\.tsx?$/.test(f)).length, 'found the sources').toBeGreaterThan(0);
    expect(report.violations).toEqual([]);
    expect(report.cycles.map((c) => c.join(' -> '))).toEqual([]);
  });

  describe('self-test: the checker sees what it must', () => {
    const tree = (entries: Record<string, string>) => new Map(Object.entries(entries));
    const clean = {
      'src/main.tsx': "import { render } from 'preact';\nimport { App } from './app/App';\nrender(<App />, document.body);",
      'src/globals.d.ts': 'declare const __X__: string;',
      'src/app/App.tsx': "import { lazy } from './lazy';\nimport { Screen } from '../ui/components/Screen';\nimport { openVault } from '../vault';\nimport { PROMPTS } from '../content/prompts';\nexport const App = () => <Screen />;\nvoid import('../ui/screens/Journal');",
      'src/app/lazy.ts': 'export const lazy = 1;',
      'src/ui/components/Screen.tsx': "import type { Entry } from '../../vault/types';\nimport type { Page } from '../screens/Journal';\nimport { useState } from 'preact/hooks';\nexport const Screen = () => <div />;",
      'src/ui/screens/Journal.tsx': "import type { Entry } from '../../vault/types';\nimport { Screen } from '../components/Screen';\nimport { PROMPTS } from '../../content/prompts';\nexport type Page = 1;",
      'src/vault/index.ts': "export { openVault } from './vault.js';\nexport type { Entry } from './types';",
      'src/vault/vault.ts': "import { seal } from '../crypto/aead';\nimport { db } from '../storage/db';\nimport type { Entry } from './types';\nexport const openVault = 1;",
      'src/vault/types.ts': "import type { openVault } from './vault';\nexport interface Entry { id: string }",
      'src/crypto/aead.ts': "import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';\nexport const seal = new Worker(new URL('./kdf-worker.ts', import.meta.url));",
      'src/crypto/kdf-worker.ts': "import { argon2id } from 'hash-wasm';\nimport type { seal } from './aead';",
      'src/storage/db.ts': "import Dexie from 'dexie';\nexport const db = 1;",
      'src/content/prompts.ts': 'export const PROMPTS = [];',
      'src/backup/write.ts': "import { hmac } from '@noble/hashes/hmac.js';\nimport { seal } from '../crypto/aead';\nimport type { Entry } from '../vault/types';",
      'src/pwa/update.ts': "import { registerSW } from 'virtual:pwa-register';\nimport { Screen } from '../ui/components/Screen';",
      'src/ui/styles.css': '',
    };

    it('passes a clean tree (so it does not fail on everything)', () => {
      const report = checkArchitecture(tree(clean));
      expect(report.violations).toEqual([]);
      expect(report.cycles).toEqual([]);
      expect(report.edges.find((e) => e.from === 'src/app/App.tsx' && e.spec === '../vault')?.to).toBe('src/vault/index.ts');
      expect(report.edges.find((e) => e.spec === './vault.js')?.to).toBe('src/vault/vault.ts');
      expect(report.edges.some((e) => e.kind === 'url' && e.to === 'src/crypto/kdf-worker.ts')).toBe(true);
      expect(report.edges.some((e) => e.kind === 'jsx' && e.from === 'src/main.tsx')).toBe(true);
    });

    it('reports forbidden edges, package misuse, unresolvable and unlayered files', () => {
      const bad = tree({
        ...clean,
        'src/ui/components/Leaky.tsx': "import { openVault } from '../../vault/vault';\nimport { type Entry } from '../../vault/types';",
        'src/ui/screens/Bad.tsx': "import { openVault } from '../../vault/vault';\nimport { seal } from '../../crypto/aead';",
        'src/vault/dexie-leak.ts': "import type { Table } from 'dexie';\nimport { x } from './missing';",
        'src/crypto/ui.tsx': 'export const C = () => <b />;',
        'src/crypto/lazy.ts': "void import('../storage/db');\nvoid import(name);",
        'src/app/worker.ts': "new Worker(new URL('../crypto/kdf-worker.ts', import.meta.url));",
        'src/storage/reexport.ts': "export * from '../crypto/aead';\nimport pad from 'left-pad';\nimport fs from 'node:fs';",
        'src/helpers.ts': 'export const h = 1;',
        'src/content/data.js': 'export const d = 1;',
        'src/pwa/x.ts': "import { Workbox } from 'workbox-window';\nimport { openVault } from '../vault';",
        'src/backup/oracle.ts': "import { Encrypter } from 'age-encryption';",
      });
      const v = checkArchitecture(bad).violations.join('\n');
      const expected = [
        /Leaky\.tsx: static '\.\.\/\.\.\/vault\/vault' -> src\/vault\/vault\.ts: ui\/components may not import vault except with `import type`/,
        /Leaky\.tsx: static '\.\.\/\.\.\/vault\/types'/, // inline `type` still loads the module
        /screens\/Bad\.tsx: static '\.\.\/\.\.\/vault\/vault' .*ui\/screens may not import vault except with `import type`/,
        /screens\/Bad\.tsx: static '\.\.\/\.\.\/crypto\/aead' .*ui\/screens may not import crypto/,
        /dexie-leak\.ts: import type 'dexie': only storage may import it, not vault/,
        /dexie-leak\.ts: static '\.\/missing': does not resolve/,
        /crypto\/ui\.tsx: jsx 'preact\/jsx-runtime': only main, app, ui\/screens, ui\/components, pwa may import it, not crypto/,
        /crypto\/lazy\.ts: dynamic '\.\.\/storage\/db' .*crypto may not import storage/,
        /crypto\/lazy\.ts: dynamic '<non-literal>': the specifier must be a string literal/,
        /app\/worker\.ts: url '\.\.\/crypto\/kdf-worker\.ts' .*app may not import crypto/,
        /storage\/reexport\.ts: static '\.\.\/crypto\/aead' .*storage may not import crypto \(allowed: nothing in src\)/,
        /storage\/reexport\.ts: static 'left-pad': unknown third-party module/,
        /storage\/reexport\.ts: static 'node:fs': unknown third-party module/,
        /src\/helpers\.ts: not in a layer/,
        /src\/content\/data\.js: not TypeScript/,
        /pwa\/x\.ts: static '\.\.\/vault' .*pwa may not import vault/,
        /backup\/oracle\.ts: static 'age-encryption': a test-only package, no layer of src may import it/,
      ];
      for (const re of expected) expect(v).toMatch(re);
      expect(v.split('\n')).toHaveLength(expected.length);
    });

    it('reports runtime import cycles with their path, not type-only ones', () => {
      const cyclic = tree({
        ...clean,
        'src/content/a.ts': "import { b } from './b';\nexport const a = 1;",
        'src/content/b.ts': "import { c } from './c';\nexport const b = 1;",
        'src/content/c.ts': "export { a } from './a';\nexport const c = 1;",
        'src/content/self.ts': "void import('./self');",
      });
      const { cycles, violations } = checkArchitecture(cyclic);
      expect(violations).toEqual([]);
      expect(cycles.map((c) => c.join(' -> ')).sort()).toEqual([
        'src/content/a.ts -> src/content/b.ts -> src/content/c.ts -> src/content/a.ts',
        'src/content/self.ts -> src/content/self.ts',
      ]);
    });
  });
});
