/**
 * Named constants of the backup format (style §4). scrypt's memory is 128 * r * N bytes:
 * logN 18 = 256 MiB, 17 = 128 MiB, 20 (the read ceiling, as in age itself) = 1 GiB.
 */

/** Work factor a backup is written with. */
export const WRITE_LOG_N = 18;
/** The lowest work factor we ever write (when the device cannot allocate logN 18). */
export const MIN_WRITE_LOG_N = 17;
/** Files asking for more work than this are refused before any derivation. */
export const MAX_READ_LOG_N = 20;
/** The largest file we read: 256 MiB (decades of daily entries are a few tens of MiB). */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** The inner format's name and version (manifest `format` and `v`). */
export const FORMAT_NAME = 'tend-backup';
export const FORMAT_VERSION = 1;
/** The smallest padded plaintext: every small backup looks the same size. */
export const PAD_FLOOR_BYTES = 4096;
