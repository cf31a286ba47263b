/**
 * Trusted Types for Tend (issue #7 item 7). The CSP says `require-trusted-types-for 'script'`:
 * a plain string may no longer reach a DOM sink that loads or runs script. Tend has exactly
 * three such sinks, all taking a script URL, and none taking HTML or script text:
 *
 * - `new Worker(url)` for the KDF worker and the backup worker (Vite emits
 *   `new Worker(new URL('/assets/…-worker-HASH.js', import.meta.url))`, a string sink);
 * - `navigator.serviceWorker.register('/sw.js')`, inside vite-plugin-pwa's registration code,
 *   which hard-codes the string and cannot be handed a TrustedScriptURL.
 *
 * So the one policy is the `default` policy (the browser consults it for every string that
 * reaches a Trusted Types sink), and it has only `createScriptURL`. That lets through our own
 * built files and nothing else: the same origin, under the app's base path, `sw.js` for the
 * service-worker sink and `assets/*.js` for the Worker sink. Anything else throws, so the
 * browser blocks it and reports a violation. There is deliberately no `createHTML` and no
 * `createScript`: every HTML or script-text sink (`innerHTML`, `<script>` text, `eval`, …)
 * stays closed, which is the point: user text can never become markup or code.
 */

/** The small part of the Trusted Types API this module uses (TypeScript's DOM lib lacks it). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string, type?: string, sink?: string) => string }): unknown;
}

/** The policy's name in the CSP: `trusted-types default`. */
export const SCRIPT_URL_POLICY_NAME = 'default';

/** The Trusted Types spec's names for the only two sinks Tend feeds. */
export const WORKER_SINK = 'Worker constructor';
export const SERVICE_WORKER_SINK = 'ServiceWorkerContainer register';

/** Thrown for a URL the policy refuses; the browser then blocks the sink and reports it. */
export class UntrustedScriptUrlError extends TypeError {
  constructor(sink: string) {
    super(`Tend's Trusted Types policy refused a script URL for ${sink || 'a script sink'}: only Tend's own files may be loaded`);
    this.name = 'UntrustedScriptUrlError';
  }
}

/**
 * The rule itself, pure so it can be unit-tested: `input` resolved against `baseURI` must be on
 * `origin`, carry no query, fragment or credentials, and be `<base>sw.js` for the
 * "ServiceWorkerContainer register" sink or `<base>assets/<name>.js` for the "Worker constructor"
 * sink (the sink names the Trusted Types spec gives). Every other sink (`<script src>`,
 * `importScripts`, SharedWorker, …) is refused outright: Tend uses none of them.
 */
export function allowScriptUrl(input: string, sink: string, where: { origin: string; baseURI: string; base: string }): string {
  let url: URL;
  try {
    url = new URL(input, where.baseURI);
  } catch {
    throw new UntrustedScriptUrlError(sink);
  }
  const ownFile = url.origin === where.origin && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  const rest = url.pathname.startsWith(where.base) ? url.pathname.slice(where.base.length) : null;
  const allowed =
    ownFile &&
    rest !== null &&
    ((sink === SERVICE_WORKER_SINK && rest === 'sw.js') || (sink === WORKER_SINK && /^assets\/[\w.-]+\.js$/.test(rest)));
  if (!allowed) throw new UntrustedScriptUrlError(sink);
  return url.href;
}

let installed = false;

/**
 * Creates the default policy once, before anything starts a worker or registers the service
 * worker. Where the browser has no Trusted Types it does nothing (the CSP directive is then
 * ignored too). Under the Vite dev server, worker URLs are source paths (`/src/…?worker_file`),
 * so there any same-origin URL is allowed; the production build gets the strict rule.
 */
export function installScriptUrlPolicy(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (installed || factory === undefined) return;
  installed = true;
  const base = import.meta.env.BASE_URL;
  factory.createPolicy(SCRIPT_URL_POLICY_NAME, {
    createScriptURL: (input, _type, sink = '') => {
      if (import.meta.env.DEV && new URL(input, document.baseURI).origin === location.origin) return input;
      return allowScriptUrl(input, sink, { origin: location.origin, baseURI: document.baseURI, base });
    },
  });
}
