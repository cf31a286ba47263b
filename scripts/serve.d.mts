// Types for scripts/serve.mjs (plain JS so `npm start` needs nothing but Node).
export declare const DEFAULT_PORT: number;
export declare const DEFAULT_HOST: string;
export declare const CONTENT_SECURITY_POLICY: string;
export declare const PERMISSIONS_POLICY: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare const CACHE_IMMUTABLE: string;
export declare const CACHE_REVALIDATE: string;
export declare function cacheControlFor(urlPath: string): string;
export declare function contentTypeFor(filePath: string): string;

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  port: number;
  host: string;
  /** Stops listening and drops open connections. Safe to call twice. */
  close(): Promise<void>;
}

export declare function startServer(options?: { root?: string; port?: number; host?: string }): Promise<RunningServer>;
