/**
 * Waits until a delivery worker has delivered `target` cards, and measures the process's memory
 * meanwhile: the peak resident set (the kernel's high-water mark, reset when the wait starts, so
 * no short peak between two samples is missed; sampled every poll where /proc is not there) and
 * the V8 heap's peak, which says how much of that peak is the main thread's heap.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

const POLL_MS = 5;

/** Clears the resident-set high-water mark (Linux ≥ 4.0); false where that cannot be done. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const peakRssSinceReset = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;

export async function untilDelivered(
  worker: { stats(): { delivered: number; dead: number } },
  target: number,
): Promise<{ peakRss: number; peakHeap: number }> {
  const kernelPeak = resetPeakRss();
  let peakRss = 0;
  let peakHeap = 0;
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (!kernelPeak) peakRss = Math.max(peakRss, process.memoryUsage.rss());
      peakHeap = Math.max(peakHeap, getHeapStatistics().total_heap_size);
      const s = worker.stats();
      if (s.dead > 0) {
        clearInterval(poll);
        reject(new Error(`${s.dead} cards dead-lettered in the delivery bench`));
      } else if (s.delivered >= target) {
        clearInterval(poll);
        resolve();
      }
    }, POLL_MS);
  });
  return { peakRss: kernelPeak ? peakRssSinceReset() : peakRss, peakHeap };
}
