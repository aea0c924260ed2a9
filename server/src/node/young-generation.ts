// The language server's young generation held at 8 MB (issue 11): V8 doubles its two semispaces, up to 16 MB each,
// whenever many objects survive a scavenge — opening every corpus card does — and keeps them for good, so an idle
// server with the corpus open held 32 MB of empty young generation (README, "Where the server's memory goes").
// Only the launcher can set their maximum (--max-semi-space-size); a running process can set the growth factor,
// which V8 reads at each growth: 1 once the cap is reached stops it there. Not in the CLI, whose throughput gains
// from the larger young generation and which exits when done.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Both semispaces: 4 MB each, about 6 % more CPU per keystroke on the 275 KB card than 16 MB each; 1 MB each (no
 * growth at all) about 17 % more, in A/B runs at load 5–7 (README, "Where the server's memory goes"). */
export const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

const youngGeneration = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;

/** Stops the young generation's growth once it holds `bytes`. Checked after each lint, not on each GC (a
 * PerformanceObserver of GCs runs JavaScript after every scavenge). A lint that grows it twice (a 5 MB card's first
 * parse) passes the cap by one doubling. */
export class YoungGenerationCap {
  private stopped = false;

  constructor(private readonly bytes = YOUNG_GENERATION_BYTES) {
    this.check();
  }

  /** Runs `fn` with the growth factor at V8's default (2). V8 stamps a code cache with the flags that differ from
   * their defaults, and rejects it in a process whose flags differ: a cache written while the cap holds would be
   * rejected by every fresh start (lsp/loader.cjs writes its cache through this). */
  withDefaultFlags<T>(fn: () => T): T {
    if (!this.stopped) return fn();
    setFlagsFromString('--semi-space-growth-factor=2');
    try {
      return fn();
    } finally {
      setFlagsFromString('--semi-space-growth-factor=1');
    }
  }

  check(): void {
    if (this.stopped || youngGeneration() < this.bytes) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    this.stopped = true;
  }
}
