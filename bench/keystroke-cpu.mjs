// CPU per keystroke of lint() in one process, for the edits lsp-latency.mjs types (the same documents and positions),
// with one or more engine bundles alternating keystroke by keystroke so that a loaded machine weighs on each alike
// (README, "Where a keystroke's time goes"). Each engine keeps its own lint session cache (EngineCache).
//   node bench/keystroke-cpu.mjs [--edits 15] [--docs real,gen5,real5,scaling] [ENGINE.mjs …]   (default: dist/engine.mjs)
// A bundle of another version: `npx esbuild server/src/engine/index.ts --bundle --format=esm --platform=neutral
// --main-fields=module,main --outfile=/tmp/before.mjs` in a checkout of it.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateCard } from './generate.mjs';
import { CARDS_DIR, LARGEST_CARD, ROOT, editPositions, median, realBodyCard, round } from './lib.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { edits: { type: 'string', default: '15' }, docs: { type: 'string', default: 'real,gen5,real5,scaling' } },
});
const engines = await Promise.all(
  (positionals.length ? positionals : [join(ROOT, 'dist', 'engine.mjs')]).map(
    (p) => import(pathToFileURL(resolve(p)).href),
  ),
);
const edits = Number(values.edits);
const MB = 1024 * 1024;
const ALL = ['body', 'front-matter key', 'model-index'];
const docs = [];
for (const d of values.docs.split(',')) {
  if (d === 'real') docs.push(['largest real card', () => readFileSync(join(CARDS_DIR, LARGEST_CARD), 'utf8'), ALL]);
  if (d === 'gen5') docs.push(['generated 5 MB card', () => generateCard({ bytes: 5 * MB }), ALL]);
  if (d === 'real5') docs.push(['real-body 5 MB card', () => realBodyCard(5 * MB), ALL]);
  if (d === 'scaling')
    for (const mb of [0.5, 1, 2]) docs.push([`real-body ${mb} MB card`, () => realBodyCard(mb * MB), ['body']]);
}

const cpu = (fn) => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

for (const [label, make, positions] of docs) {
  const text0 = make();
  const at0 = editPositions(text0);
  const row = [];
  for (const where of positions) {
    // One document, cache and cursor per engine; a first lint from cold, then one character per keystroke.
    const state = engines.map((e) => ({ e, cache: new e.EngineCache(), text: text0, at: at0[where], ms: [] }));
    for (const s of state) s.e.lint(s.text, '/bench/README.md', { cache: s.cache });
    for (let i = 0; i < edits; i++)
      for (const s of state) {
        s.text = s.text.slice(0, s.at) + 'abcdefghijklmnopqrstuvwxyz'[i % 26] + s.text.slice(s.at);
        s.at++;
        // Flattened before the clock starts (indexOf flattens a concatenation): joining the pieces is not the engine's.
        s.text.indexOf('\u0001', s.text.length - 1);
        s.ms.push(cpu(() => s.e.lint(s.text, '/bench/README.md', { cache: s.cache })));
      }
    row.push(`${where} ${state.map((s) => round(median(s.ms))).join(' → ')}`);
  }
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  console.log(`${label}: ${row.join(' / ')} ms CPU per keystroke (median of ${edits}; load ${load})`);
}
