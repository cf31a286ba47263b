/**
 * Smoke test of the production build as served by `npm start`: real security headers, the app
 * renders, and a first visit talks to nobody but its own origin without any CSP violation or error.
 * Generic on purpose: the screens are still being built. Needs dist/ (npm test builds it first).
 */
import { describe, expect, it } from 'vitest';
import { foreignRequests, openApp } from './harness';

describe('smoke: production build, first visit', () => {
  it('serves / with the security headers, renders #app, stays on its origin, no CSP violation or error', async () => {
    const app = await openApp();
    const { page } = app;

    expect(app.response, 'navigation response for /').not.toBeNull();
    expect(app.response!.status()).toBe(200);
    const headers = await app.response!.allHeaders();
    expect(headers['content-type']).toMatch(/^text\/html/);
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(headers['permissions-policy']).toMatch(/microphone=\(\)/);
    expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cache-control']).toBe('no-cache');

    // The app mounts into #app and puts something visible there.
    const root = page.locator('#app');
    await expect.poll(async () => (await root.count()) === 1, { timeout: 15_000 }).toBe(true);
    await expect
      .poll(async () => (await root.innerText()).trim().length > 0 || (await root.locator('*').count()) > 0, { timeout: 15_000 })
      .toBe(true);
    expect(await page.title()).not.toBe('');

    // Let lazy chunks, the KDF worker and the service worker settle before judging the network.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1_000);

    expect(app.requests.length, 'the page loaded something').toBeGreaterThan(0);
    expect(foreignRequests(app.requests, app.origin).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
    // Chromium warns about header values it cannot parse (e.g. an unknown Permissions-Policy feature).
    const headerWarnings = app.consoleMessages.filter((m) => /Permissions-Policy|Content-Security-Policy header|Referrer Policy/i.test(m.text));
    expect(headerWarnings.map((m) => m.text)).toEqual([]);
    // A 4xx/5xx for one of our own files is a broken build (missing chunk, worker, manifest, icon).
    // /favicon.ico is the browser's own guess, not something the app asked for.
    const broken = app.requests.filter((r) => (r.status ?? 0) >= 400 && new URL(r.url).pathname !== '/favicon.ico');
    expect(broken.map((r) => `${r.status} ${r.url}`)).toEqual([]);
  });
});
