// Start: server start → first diagnostics for one card (spawn to publishDiagnostics, median of runs). Server memory
// with many files open is server-memory.mjs; bundle sizes are measured by run.mjs before any part starts.
//   node bench/start-size.mjs [--runs 5]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TestClient, fileUri } from '../test/lsp/client.mjs';
import { CARDS_DIR, emit, log, median, round } from './lib.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const START_CARD = 'YinanWusoymilk__hf-readme__training_and_application--readme_files--HuggingFaceH4_zephyr-7b-beta.md';

// --- start to first diagnostics
const settings = { debounceMs: 0 };
const cardPath = join(CARDS_DIR, START_CARD);
const cardText = readFileSync(cardPath, 'utf8');
const starts = [];
const inits = [];
for (let i = 0; i < RUNS + 1; i++) {
  const t0 = performance.now();
  const client = new TestClient();
  try {
    await client.initialize({ initializationOptions: { settings }, settings });
    const t1 = performance.now();
    const uri = fileUri(cardPath);
    await client.open(uri, cardText);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1, 30000);
    const t2 = performance.now();
    if (!p.diagnostics.length) throw new Error('no findings on the start card: is it linted?');
    if (i > 0) {
      // The first run only warms the file system cache.
      starts.push(t2 - t0);
      inits.push(t1 - t0);
    }
    await client.shutdown();
  } catch (e) {
    client.kill();
    throw e;
  }
}
log(`  start → first diagnostics: ${starts.map((x) => x.toFixed(0)).join(', ')} ms`);

emit({
  startCard: START_CARD,
  startMs: starts.map((x) => round(x, 0)),
  startMedianMs: round(median(starts), 0),
  initializeMedianMs: round(median(inits), 0),
});
