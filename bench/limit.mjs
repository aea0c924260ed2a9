// Limit ratio: engine lint time ÷ bare parse time, in one process, on the 80 real cards ×10.
// Bare parse = the `yaml` package's parseDocument of the front matter + markdown-it's parse of the body (default
// preset, as a plain Markdown tool would run it), on the same strings, split before timing starts.
// Each repetition lints a fresh set of copies (see lib.perturb) so the engine's front-matter parse cache never hits:
// that is the cold figure. Linting the same text again right after gives the cached figure (an editor re-linting).
// Bare parse, cold and cached lint are interleaved per document (order rotating), summed per repetition; the ratio
// is taken per repetition, then the median. Wall time is the figure; process CPU time is reported beside it because
// on a loaded machine it is the steadier of the two (it also counts V8's helper threads, e.g. concurrent GC).
//   node bench/limit.mjs [--reps 3] [--copies 10]
import MarkdownIt from 'markdown-it';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { emit, loadCards, log, measure, median, perturb, round, splitCard, time } from './lib.mjs';

const { values } = parseArgs({
  options: { reps: { type: 'string', default: '3' }, copies: { type: 'string', default: '10' } },
});
const REPS = Number(values.reps);
const COPIES = Number(values.copies);

// MCL_BENCH_ENGINE=/path/to/engine.mjs compares another engine build (e.g. a patched one) on the same footing.
const E = await import(
  process.env.MCL_BENCH_ENGINE ? pathToFileURL(process.env.MCL_BENCH_ENGINE).href : '../dist/engine.mjs'
);
const cards = loadCards();

/** Copies for repetition `rep` (every copy of every repetition differs from all others). */
function copies(rep, n = COPIES) {
  const out = [];
  for (let k = 0; k < n; k++)
    for (const c of cards)
      out.push({ path: c.path.replace(/\.md$/, `.copy${k}.md`), text: perturb(c.text, 1 + rep * n + k) });
  return out;
}

const mdDefault = new MarkdownIt();
const mdBlock = new MarkdownIt('commonmark', { html: true });
mdBlock.core.ruler.disable(['inline', 'text_join'], true);

function bareOne(s, md = mdDefault) {
  if (s.fm !== null) parseDocument(s.fm);
  md.parse(s.body, {});
}
function bare(split, md = mdDefault) {
  return measure(() => {
    for (const s of split) bareOne(s, md);
  });
}
function lintAll(docs) {
  return measure(() => {
    for (const d of docs) E.lint(d.text, d.path);
  });
}

// Warm-up: JIT both sides on two copies of everything.
{
  const docs = copies(1000, 2);
  const split = docs.map((d) => splitCard(d.text));
  bare(split);
  bare(split, mdBlock);
  lintAll(docs);
}

/**
 * One repetition, interleaved per document (bare parse, cold lint, cached lint; the order rotates from one document
 * to the next) so that load from other processes hits both sides alike. Wall and process CPU time are summed.
 */
function repetition(docs, split) {
  const sum = { bare: 0, lintCold: 0, lintCached: 0, bareCpu: 0, lintColdCpu: 0, lintCachedCpu: 0 };
  const steps = {
    bare: (i) => bareOne(split[i]),
    lintCold: (i) => E.lint(docs[i].text, docs[i].path),
    lintCached: (i) => E.lint(docs[i].text, docs[i].path), // after lintCold: every front-matter block is cached
  };
  const orders = [
    ['bare', 'lintCold', 'lintCached'],
    ['lintCold', 'lintCached', 'bare'],
    ['lintCold', 'bare', 'lintCached'],
  ];
  for (let i = 0; i < docs.length; i++) {
    for (const k of orders[i % 3]) {
      const c = process.cpuUsage();
      const t = performance.now();
      steps[k](i);
      sum[k] += performance.now() - t;
      const d = process.cpuUsage(c);
      sum[`${k}Cpu`] += (d.user + d.system) / 1000;
    }
  }
  return sum;
}

const reps = [];
let chars = 0;
for (let r = 0; r < REPS; r++) {
  const docs = copies(r);
  const split = docs.map((d) => splitCard(d.text));
  const rep = repetition(docs, split);
  chars = docs.reduce((a, d) => a + d.text.length, 0);
  reps.push(rep);
  log(
    `  limit rep ${r + 1}/${REPS}: bare parse ${rep.bare.toFixed(0)} ms, lint cold ${rep.lintCold.toFixed(0)} ms (×${(rep.lintCold / rep.bare).toFixed(2)}; CPU ×${(rep.lintColdCpu / rep.bareCpu).toFixed(2)}), lint cached ${rep.lintCached.toFixed(0)} ms`,
  );
}

// Where the time goes (one pass, cold): yaml alone, a block-only markdown-it (what the engine runs), the engine's
// own parse (parseDocument: front matter split + yaml + tree conversion + block Markdown + headings/sections).
const docs = copies(REPS + 1);
const split = docs.map((d) => splitCard(d.text));
const bareBlockOnly = bare(split, mdBlock);
const yamlOnly = time(() => {
  for (const s of split) if (s.fm !== null) parseDocument(s.fm);
});
const engineParse = time(() => {
  for (const d of docs) E.parseDocument(d.path, d.text);
});

const ratio = (k, base = 'bare') => median(reps.map((x) => x[k] / x[base]));
emit({
  files: docs.length,
  chars,
  reps: reps.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, round(v, 1)]))),
  bareMs: round(median(reps.map((x) => x.bare)), 0),
  lintColdMs: round(median(reps.map((x) => x.lintCold)), 0),
  lintCachedMs: round(median(reps.map((x) => x.lintCached)), 0),
  ratioCold: round(ratio('lintCold'), 2),
  ratioColdCpu: round(ratio('lintColdCpu', 'bareCpu'), 2),
  ratioCached: round(ratio('lintCached'), 2),
  breakdown: {
    bareBlockOnlyMs: round(bareBlockOnly.wall, 0),
    yamlOnlyMs: round(yamlOnly, 0),
    engineParseColdMs: round(engineParse, 0),
  },
});
