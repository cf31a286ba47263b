/**
 * axe-core inside the browser tests, without weakening the app's CSP.
 *
 *   await expectNoAxeViolations(app.page, 'journal, dark');
 *
 * The app's policy is `script-src 'self'`, so `page.addScriptTag({ content })` (an inline
 * script) would be refused. Instead the source of axe.min.js goes through `page.evaluate`,
 * which runs over the DevTools protocol: Chromium does not apply the page's CSP to code the
 * debugger evaluates. The helper checks that axe really arrived (its version is readable) and
 * that the run itself caused no CSP violation, so a silently blocked axe can never pass.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/** The rule sets Tend promises: WCAG 2.0 and 2.1, levels A and AA, plus Deque's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

/** One failing rule, trimmed to what a person needs to find and fix it. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; summary: string }[];
}

/** What one run found: the violations, and how many rules ran at all (a run of 0 proves nothing). */
export interface AxeReport {
  version: string;
  violations: AxeFinding[];
  passes: number;
  cspViolations: string[];
}

/** Puts axe on the page once per document (a reload or navigation needs it again). */
async function injectAxe(page: Page): Promise<string> {
  const present = await page.evaluate('typeof window.axe === "object" && typeof window.axe.run === "function"');
  if (!present) {
    axeSource ??= readFileSync(AXE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  const version = await page.evaluate('window.axe && window.axe.version');
  if (typeof version !== 'string' || version === '') throw new Error('axe-core did not load into the page');
  return version;
}

// A string, like the harness's CSP listener, so no transpiler helper ends up inside it.
const RUN_AXE = `async (tags) => {
  const csp = [];
  const onViolation = (e) => csp.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || e.sample || '?'));
  document.addEventListener('securitypolicyviolation', onViolation, true);
  try {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      version: window.axe.version,
      passes: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
      })),
      cspViolations: csp,
    };
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation, true);
  }
}`;

/** Runs axe over the whole document as it is now; injects it first if needed. */
export async function runAxe(page: Page): Promise<AxeReport> {
  await injectAxe(page);
  return (await page.evaluate(`(${RUN_AXE})(${JSON.stringify(AXE_TAGS)})`)) as AxeReport;
}

/** The findings as a list a person can act on: rule, impact, selectors, what to fix. */
export function formatAxeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    at ${n.target.join(' ')}\n      ${n.summary.replace(/\n\s*/g, '\n      ')}`)
        .join('\n');
      return `- ${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/**
 * Fails the test with a readable list when axe finds any WCAG 2.1 A/AA or best-practice
 * violation on the page as it is now. `label` says which screen and state was checked.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<AxeReport> {
  const report = await runAxe(page);
  expect(report.cspViolations, `${label}: running axe broke the page's CSP`).toEqual([]);
  // axe with nothing to check proves nothing: the page must have been examined.
  expect(report.passes, `${label}: axe examined nothing`).toBeGreaterThan(0);
  if (report.violations.length > 0) {
    const count = report.violations.reduce((n, v) => n + v.nodes.length, 0);
    expect.fail(`${label}: axe ${report.version} found ${count} accessibility problem(s):\n${formatAxeFindings(report.violations)}`);
  }
  return report;
}

/**
 * `expectNoAxeViolations` in the dark and then the light colour scheme (emulated), ending in
 * light: every screen must pass in both themes (issue #6 item 7).
 */
export async function expectNoAxeViolationsInBothThemes(page: Page, label: string): Promise<void> {
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${label}, ${colorScheme}`);
  }
}
