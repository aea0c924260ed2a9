// Editor latency over the protocol: `dist/server.js --stdio` driven by the protocol-test client, debounce 0.
// For each document (the largest real card, a generated 5 MB card, a 5 MB card of real bodies) and each edit position (the Markdown body, a small
// front-matter key near the top, inside the big `model-index`), type characters one at a time: send an incremental
// didChange, wait for the publishDiagnostics of that version, record (receipt time − send time). Every keystroke
// makes a text the server has never seen (no cache can answer it whole). The first keystrokes per position are
// warm-up and not recorded. p50/p95 are nearest-rank percentiles of the recorded keystrokes. Then the scaling series:
// the same body edit on real-body cards of 0.5, 1, 2 and 5 MB (server CPU per keystroke should follow the edited
// block, not the document).
//   node bench/lsp-latency.mjs [--edits 30] [--big-edits 12] [--scaling-edits 8] [--warmup 3]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TestClient, fileUri } from '../test/lsp/client.mjs';
import { generateCard } from './generate.mjs';
import {
  CARDS_DIR,
  editPositions,
  emit,
  LARGEST_CARD,
  log,
  median,
  posAt,
  percentile,
  realBodyCard,
  round,
} from './lib.mjs';

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '30' },
    'big-edits': { type: 'string', default: '12' },
    'big-mi-edits': { type: 'string', default: '6' },
    'scaling-edits': { type: 'string', default: '8' },
    warmup: { type: 'string', default: '3' },
  },
});
const WARMUP = Number(values.warmup);

/** CPU milliseconds the process has used (utime + stime from /proc/<pid>/stat; 10 ms ticks). */
function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
}

/** `editsAt`: keystrokes per position (0 skips the position). */
async function measureDoc(label, path, text, edits, editsAt = {}) {
  const client = new TestClient();
  const settings = { debounceMs: 0 };
  try {
    await client.initialize({ initializationOptions: { settings, statusNotification: true }, settings });
    const uri = fileUri(path);
    let version = 1;
    const t0 = performance.now();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.version === 1, 120000);
    const openMs = performance.now() - t0;
    const positions = editPositions(text);
    const out = { label, chars: text.length, openMs: round(openMs, 0), positions: {} };
    let current = text;
    for (const [name, offset0] of Object.entries(positions)) {
      const n = editsAt[name] ?? edits;
      if (offset0 === undefined || n === 0) continue;
      let offset = offset0;
      const samples = [];
      const warmup = Math.min(WARMUP, Math.max(1, Math.floor(n / 4)));
      let cpu0 = NaN;
      for (let i = 0; i < warmup + n; i++) {
        if (i === warmup) cpu0 = cpuMsOf(client.proc.pid);
        const ch = name === 'model-index' ? String((i % 9) + 1) : 'abcdefghij'[i % 10];
        const pos = posAt(current, offset);
        current = current.slice(0, offset) + ch + current.slice(offset);
        offset += 1;
        version++;
        const v = version;
        const sent = performance.now();
        await client.change(uri, v, [{ range: { start: pos, end: pos }, text: ch }]);
        await client.waitForDiagnostics(uri, (p) => p.version === v, 120000);
        const ms = performance.now() - sent;
        if (i >= warmup) samples.push(ms);
      }
      // Server CPU per keystroke: steadier than wall time when other processes compete for the cores.
      const cpuPerEdit = (cpuMsOf(client.proc.pid) - cpu0) / samples.length;
      // Keep the client's list short on big documents.
      client.published.length = 0;
      out.positions[name] = {
        samples: samples.length,
        p50: round(percentile(samples, 50), 1),
        p95: round(percentile(samples, 95), 1),
        max: round(Math.max(...samples), 1),
        median: round(median(samples), 1),
        serverCpuMsPerEdit: round(cpuPerEdit, 1),
      };
      log(
        `  ${label} / ${name}: p50 ${out.positions[name].p50} ms, p95 ${out.positions[name].p95} ms, server CPU ${out.positions[name].serverCpuMsPerEdit} ms/edit (${samples.length} edits)`,
      );
    }
    await client.shutdown();
    return out;
  } catch (e) {
    client.kill();
    throw e;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'mcl-bench-lsp-'));
try {
  const real = readFileSync(join(CARDS_DIR, LARGEST_CARD), 'utf8');
  const bigPath = join(dir, 'synthetic-5mb.md');
  const big = generateCard({ bytes: 5 * 1024 * 1024, fmShare: 0.5, seed: 1 });
  writeFileSync(bigPath, big);
  const results = [];
  results.push(await measureDoc('largest real card', join(CARDS_DIR, LARGEST_CARD), real, Number(values.edits)));
  // Inside the 5 MB card's model-index every keystroke takes seconds: fewer edits there keep the run short.
  results.push(
    await measureDoc('generated 5 MB card', bigPath, big, Number(values['big-edits']), {
      'model-index': Number(values['big-mi-edits']),
    }),
  );
  const realPath = join(dir, 'real-bodies-5mb.md');
  const realBig = realBodyCard(5 * 1024 * 1024);
  writeFileSync(realPath, realBig);
  results.push(
    await measureDoc('real-body 5 MB card', realPath, realBig, Number(values['big-edits']), {
      'model-index': Number(values['big-mi-edits']),
    }),
  );
  // Scaling: one position, the same kind of edit, four sizes (5 MB is the card above).
  const scaling = [];
  for (const mb of [0.5, 1, 2]) {
    const path = join(dir, `real-bodies-${mb}mb.md`);
    const text = realBodyCard(mb * 1024 * 1024);
    writeFileSync(path, text);
    const r = await measureDoc(`real-body ${mb} MB card`, path, text, Number(values['scaling-edits']), {
      'front-matter key': 0,
      'model-index': 0,
    });
    scaling.push({ mb, chars: text.length, ...r.positions.body });
  }
  scaling.push({ mb: 5, chars: realBig.length, ...results[results.length - 1].positions.body });
  emit({ debounceMs: 0, warmupEdits: WARMUP, docs: results, scaling });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
