// Types for bench/bundle-size.mjs (plain JS so bench/run.mjs needs nothing but Node).
export declare const KB: number;
export declare const BUNDLE_BUDGETS: Readonly<{ entryGzipBytes: number; codeGzipBytes: number; contentGzipBytes: number; backupGzipBytes: number }>;
export declare const CONTENT_CHUNK: RegExp;
export declare const BACKUP_CHUNK: RegExp;
export declare const SW_SCRIPT: RegExp;
export declare function gzipSize(bytes: Uint8Array): number;
export declare function entryScripts(indexHtml: string): string[];

export interface BundleFile {
  /** Path relative to the build directory, with forward slashes. */
  file: string;
  bytes: number;
  gzipBytes: number;
}
export interface BundleSizes {
  /** The JS index.html loads itself (module scripts and modulepreload links). */
  entry: { files: string[]; bytes: number; gzipBytes: number };
  /** Every .js/.mjs file in the build, the worker included. */
  allJs: { count: number; bytes: number; gzipBytes: number };
  /** Every JS file but the content, backup and service-worker groups. */
  code: { count: number; bytes: number; gzipBytes: number };
  /** The backup worker, its client and the plaintext exports. */
  backup: { count: number; bytes: number; gzipBytes: number };
  /** sw.js and workbox-*.js at the root. */
  serviceWorker: { count: number; bytes: number; gzipBytes: number };
  /** The content chunk(s). */
  content: { count: number; bytes: number; gzipBytes: number };
  /** Every JS file, largest gzip size first. */
  files: BundleFile[];
}
export declare function measureBundle(distDir: string): BundleSizes;
