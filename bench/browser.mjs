// The system Chromium for the benchmarks, found and launched as test/browser/harness.ts does.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

// Same search order and flags as test/browser/harness.ts.
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH, /usr/bin/chromium, or the first Chromium on PATH. */
function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (isExecutableFile(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
  }
  if (isExecutableFile('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of CHROMIUM_NAMES) {
    for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
      if (isExecutableFile(join(dir, name))) return join(dir, name);
    }
  }
  throw new Error('No Chromium found: set CHROMIUM_PATH, or install one (Debian/Ubuntu: apt-get install chromium).');
}


/** A fresh persistent profile on the bench page; run(config) fails on any console error or CSP report. */
export async function openBrowser(serverUrl, profileDir) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  context.on('console', (m) => {
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()} (${m.location().url})`);
  });
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
  page.on('crash', () => problems.push('page crashed'));

  /** A fresh document: nothing from the previous task survives in the page's memory. */
  async function fresh() {
    await page.goto(`${serverUrl}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
  }
  async function run(config) {
    const result = await page.evaluate((c) => window.runBench(c), config);
    if (problems.length) throw new Error(`while running ${JSON.stringify(config)}:\n  ${problems.join('\n  ')}`);
    return result;
  }
  return { context, page, fresh, run, problems };
}
