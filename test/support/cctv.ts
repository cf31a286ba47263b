import { inflateSync } from 'node:zlib';
import * as vectors from 'cctv-age';
import { fromHex } from '../../src/crypto/bytes';

/** One vector of the C2SP CCTV age test kit (npm cctv-age), its metadata parsed. */
export interface Vector {
  name: string;
  /** success, header failure, HMAC failure, payload failure, armor failure, no match */
  expect: string;
  passphrase?: string;
  /** SHA-256 (hex) of the plaintext, for success vectors. */
  payload?: string;
  /** The file key the vector was made with: lets a test check the MAC and STREAM of any vector. */
  fileKey?: Uint8Array;
  armored: boolean;
  file: Uint8Array;
}

function parse(name: string, raw: Uint8Array): Vector {
  const buf = Buffer.from(raw);
  const split = buf.indexOf('\n\n');
  const meta = new Map<string, string>();
  for (const line of buf.subarray(0, split).toString('utf8').split('\n')) {
    const at = line.indexOf(': ');
    meta.set(line.slice(0, at), line.slice(at + 2));
  }
  let file: Uint8Array = buf.subarray(split + 2);
  if (meta.get('compressed') === 'zlib') file = inflateSync(file);
  const key = meta.get('file key');
  return {
    name, expect: meta.get('expect')!, passphrase: meta.get('passphrase'), payload: meta.get('payload'),
    fileKey: key ? fromHex(key) : undefined, armored: meta.get('armored') === 'yes', file: new Uint8Array(file),
  };
}

/** Every vector of the kit. */
export const CCTV: readonly Vector[] = Object.entries(vectors as Record<string, Uint8Array>).map(([n, raw]) => parse(n, raw));
