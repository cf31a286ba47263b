/**
 * Browser test harness: the system Chromium (driven by playwright-core) against the production
 * build in dist/, served by scripts/serve.mjs with the real security headers.
 *
 *   const app = await openApp();            // fresh profile, own server on a random port
 *   await app.page.getByRole('button', { name: 'Create vault' }).click();
 *   expect(foreignRequests(app.requests, app.origin)).toEqual([]);
 *   expect((await dumpStorage(app.page)).find('MARKER')).toEqual([]);
 *
 * Inside a test, openApp() closes itself when the test finishes, after saving a screenshot and a
 * log to test-results/ if it failed. Call close() yourself only to end a profile early (e.g. to
 * simulate a new device); outside a test you must call it.
 *
 * No Chromium is not a reason to skip: findChromium() throws with the install instruction.
 */
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Response } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';

export { dumpStorage, type StorageDump } from './support/storage-dump';
export type { RunningServer };

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The build under test: dist/, or TEND_DIST (lets parallel work build into its own folder). */
export const DIST = process.env.TEND_DIST ? join(REPO, process.env.TEND_DIST) : join(REPO, 'dist');
export const RESULTS_DIR = join(REPO, 'test-results');

/** Search order (same as .ci/run): $CHROMIUM_PATH, /usr/bin/chromium, then these names on PATH. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const CHROMIUM_HELP =
  'No Chromium or Chrome found for the browser tests. Set CHROMIUM_PATH=/path/to/chromium, ' +
  'or install one (Debian/Ubuntu: sudo apt-get install chromium). Searched: $CHROMIUM_PATH, ' +
  `/usr/bin/chromium, and ${CHROMIUM_NAMES.join(', ')} on PATH.`;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Hermetic: no name resolves, so nothing can leave the machine even by mistake. Requests to other
  // origins are still issued (and recorded), they just fail.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env, systemPath = '/usr/bin/chromium'): string {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (isExecutableFile(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file. ${CHROMIUM_HELP}`);
  }
  if (isExecutableFile(systemPath)) return systemPath;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      if (isExecutableFile(join(dir, name))) return join(dir, name);
    }
  }
  throw new Error(CHROMIUM_HELP);
}

/** Serves dist/ (or `root`) on 127.0.0.1, random port. Throws if the build is missing. */
export async function startAppServer(root: string = DIST): Promise<RunningServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} is missing: run npm run build first (npm test builds before the browser tests).`);
  }
  return startServer({ root, port: 0 });
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  fromServiceWorker: boolean;
  /** HTTP status once a response arrived (undefined: pending or failed, e.g. a blocked foreign host). */
  status?: number;
}
export interface RecordedConsole {
  type: string;
  text: string;
  url: string;
  fromWorker: boolean;
}
export interface RecordedError {
  message: string;
  stack: string;
  pageUrl: string;
}
export interface CspViolation {
  source: 'event' | 'console' | 'service-worker';
  directive?: string;
  blockedURI?: string;
  sourceFile?: string;
  line?: number;
  sample?: string;
  disposition?: string;
  documentURI?: string;
  text?: string;
}

export interface OpenAppOptions {
  /** Reuse a running server (same origin across profiles, or stop it to go offline). Default: a new one. */
  server?: RunningServer;
  /** Build to serve when no server is given. Default: dist/. */
  root?: string;
  /** Path to open, default "/". Pass null to open nothing. */
  path?: string | null;
  /** Reuse this profile directory (kept on close). Default: a fresh temporary one, deleted on close. */
  userDataDir?: string;
  viewport?: { width: number; height: number };
}

export interface App {
  page: Page;
  context: BrowserContext;
  /** Base URL with trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  server: RunningServer;
  profileDir: string;
  /** Response of the first navigation (null when path was null). */
  response: Response | null;
  requests: RecordedRequest[];
  consoleMessages: RecordedConsole[];
  pageErrors: RecordedError[];
  cspViolations: CspViolation[];
  /**
   * Errors the service worker reported (DevTools protocol), e.g. an importScripts() refused by
   * Trusted Types: they reach neither the page's console nor its error events. CSP and Trusted
   * Types ones are copied into cspViolations as well.
   */
  serviceWorkerErrors: string[];
  /** Saves a full-page screenshot to test-results/<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  /** Closes the browser, deletes a temporary profile, stops a server it started. Idempotent. */
  close(): Promise<void>;
}

const CSP_BINDING = '__tendCspViolation';
// A string so that no transpiler helper ends up inside it.
const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  try {
    globalThis.${CSP_BINDING}({ directive: e.effectiveDirective, blockedURI: e.blockedURI, sourceFile: e.sourceFile,
      line: e.lineNumber, sample: e.sample, disposition: e.disposition, documentURI: e.documentURI });
  } catch {}
}, true);`;

/**
 * Console text that means a CSP or Trusted Types refusal. Inside a worker no
 * securitypolicyviolation event reaches the page, so for workers this is the only trace;
 * Trusted Types messages ("This document requires 'TrustedScriptURL' assignment") do not say
 * "Content Security Policy".
 */
export const CSP_MESSAGE = /Content[- ]Security[- ]Policy|Trusted ?(Script|ScriptURL|HTML|Types?)\b/i;

/** Requests to any origin but `origin` over http(s)/ws(s). data:, blob:, chrome-extension: etc. are not network. */
export function foreignRequests(requests: readonly RecordedRequest[], origin: string): RecordedRequest[] {
  const local = new URL(origin);
  return requests.filter((r) => {
    let u: URL;
    try {
      u = new URL(r.url);
    } catch {
      return true; // unparseable: count it, a human should look
    }
    const scheme = { 'ws:': 'http:', 'wss:': 'https:' }[u.protocol] ?? u.protocol;
    if (scheme !== 'http:' && scheme !== 'https:') return false;
    return scheme !== local.protocol || u.host !== local.host;
  });
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120) || 'app';
}

export async function openApp(options: OpenAppOptions = {}): Promise<App> {
  const executablePath = findChromium();
  const ownsServer = !options.server;
  const server = options.server ?? (await startAppServer(options.root));
  const ownsProfile = !options.userDataDir;
  const profileDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tend-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
  } catch (err) {
    if (ownsServer) await server.close();
    if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    throw new Error(`Could not launch ${executablePath}: ${(err as Error).message}`);
  }

  const requests: RecordedRequest[] = [];
  const consoleMessages: RecordedConsole[] = [];
  const pageErrors: RecordedError[] = [];
  const cspViolations: CspViolation[] = [];
  const byRequest = new WeakMap<object, RecordedRequest>();
  context.on('request', (r) => {
    const rec = { url: r.url(), method: r.method(), resourceType: r.resourceType(), fromServiceWorker: r.serviceWorker() !== null };
    byRequest.set(r, rec);
    requests.push(rec);
  });
  context.on('response', (res) => {
    const rec = byRequest.get(res.request());
    if (rec) rec.status = res.status();
  });
  const watchPage = (p: Page) => {
    p.on('websocket', (ws) => requests.push({ url: ws.url(), method: 'WEBSOCKET', resourceType: 'websocket', fromServiceWorker: false }));
    p.on('crash', () => pageErrors.push({ message: 'page crashed', stack: '', pageUrl: p.url() }));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('console', (m) => {
    const text = m.text();
    consoleMessages.push({ type: m.type(), text, url: m.location().url, fromWorker: m.worker() !== null });
    if (CSP_MESSAGE.test(text)) cspViolations.push({ source: 'console', text });
  });
  context.on('weberror', (e) => {
    const err = e.error();
    pageErrors.push({ message: err.message, stack: err.stack ?? '', pageUrl: e.page()?.url() ?? '' });
  });
  await context.exposeBinding(CSP_BINDING, (_source, v: Omit<CspViolation, 'source'>) => {
    cspViolations.push({ source: 'event', ...v });
  });
  await context.addInitScript(CSP_LISTENER);

  const page = context.pages()[0] ?? (await context.newPage());
  const serviceWorkerErrors: string[] = [];
  const devtools = await context.newCDPSession(page);
  devtools.on('ServiceWorker.workerErrorReported', ({ errorMessage: e }) => {
    const text = `${e.errorMessage} (${e.sourceURL}:${e.lineNumber})`;
    serviceWorkerErrors.push(text);
    if (CSP_MESSAGE.test(e.errorMessage)) cspViolations.push({ source: 'service-worker', text });
  });
  await devtools.send('ServiceWorker.enable');
  const url = `${server.url}/`;
  let closed: Promise<void> | undefined;

  const app: App = {
    page,
    context,
    url,
    origin: server.url,
    server,
    profileDir,
    response: null,
    requests,
    consoleMessages,
    pageErrors,
    cspViolations,
    serviceWorkerErrors,
    async screenshot(name) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const file = join(RESULTS_DIR, `${safeName(name)}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close() {
      closed ??= (async () => {
        await context.close().catch(() => {});
        if (ownsServer) await server.close();
        if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
      })();
      return closed;
    },
  };

  try {
    onTestFinished(async ({ task }) => {
      if (task.result?.state === 'fail' && !closed) await saveFailureArtifacts(app, `${basename(task.file.name)}-${task.name}`);
      await app.close();
    });
  } catch {
    // Not inside a test (e.g. beforeAll): the caller closes it.
  }

  if (options.path !== null) {
    try {
      app.response = await page.goto(new URL(options.path ?? '/', url).href, { waitUntil: 'load' });
    } catch (err) {
      await app.close();
      throw err;
    }
  }
  return app;
}

/** Screenshot plus a JSON log of requests, console, errors and CSP reports, in test-results/. */
export async function saveFailureArtifacts(app: App, name: string): Promise<void> {
  const base = safeName(name);
  try {
    const shot = await app.screenshot(base);
    console.error(`[harness] failure screenshot: ${shot}`);
  } catch (err) {
    console.error(`[harness] no screenshot: ${(err as Error).message}`);
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const { requests, consoleMessages, pageErrors, cspViolations, serviceWorkerErrors } = app;
  writeFileSync(
    join(RESULTS_DIR, `${base}.log.json`),
    JSON.stringify({ url: app.page.url(), requests, consoleMessages, pageErrors, cspViolations, serviceWorkerErrors }, null, 2),
  );
}
