/**
 * Searches the page's JavaScript heap for a string, through the DevTools protocol: a forced
 * garbage collection, then a full heap snapshot. Used to show that locking really drops
 * decrypted entries (design §3), without exposing any app object to the test.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Collects garbage, snapshots the heap, and says whether `needle` occurs in any string. */
export async function heapContains(context: BrowserContext, page: Page, needle: string): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    // Twice: the first pass can leave objects that only become unreachable after it.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.send('HeapProfiler.disable');
    return chunks.join('').includes(needle);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
