// The language server's young generation held at 8 MB (issue 11): V8 doubles its two semispaces, up to 16 MB each,
// whenever many objects survive a scavenge — opening every corpus card does — and keeps them for good, so an idle
// server with the corpus open held 32 MB of empty young generation (README, "Where the server's memory goes").
// Only the launcher can set their maximum (--max-semi-space-size); a running process can set the growth factor,
// which V8 reads at each growth: 1 once the cap is reached stops it there. Not in the CLI, whose throughput gains
// from the larger young generation and which exits when done.
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Both semispaces: 4 MB each. 1 MB each (no growth at all) cost 10-20 % more CPU per keystroke; 4 MB each about 5 %
 * on the 275 KB card at 8 MB less memory than 16 (README, "Where the server's memory goes"). */
export const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

const youngGeneration = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;

/** Stop the young generation's growth once it holds `bytes` (checked after each garbage collection; a growth during
 * one long task may pass it by one doubling before the check sees it). */
export function capYoungGeneration(bytes = YOUNG_GENERATION_BYTES): void {
  const stop = () => setFlagsFromString('--semi-space-growth-factor=1');
  if (youngGeneration() >= bytes) return stop();
  const observer = new PerformanceObserver(() => {
    if (youngGeneration() < bytes) return;
    stop();
    observer.disconnect();
  });
  observer.observe({ entryTypes: ['gc'] });
}
