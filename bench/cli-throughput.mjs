// CLI throughput (issue 11): the worker-thread pool against one thread, and memory for large audits. Whole processes
// of the built CLI (a private copy of dist/cli.js, so a rebuild meanwhile cannot change it) on the corpus's real cards
// replicated into a temporary directory (mkdtemp under the OS temp directory, removed at the end), each copy perturbed
// (lib.perturb) so that no parse cache answers for another copy.
//   800 cards:    `--concurrency off` vs `--concurrency auto` (every core), --format json, runs alternating; the figure
//                 is the ratio of median wall times; every run's output is compared (byte for byte), and once each for
//                 ndjson, sarif and stylish.
//   8,000 cards:  --format ndjson on the pool and on one thread, and --format json on the pool: cards per second per
//                 core (wall) and peak RSS (the process's maxRSS, all threads) — memory must not grow with the files.
//   80,000 cards: the same on the pool, opt-in (`--huge`: 1.5 GB of files, several minutes).
//   --crossover:  `off` vs 2 threads on 8…256 cards, to place `auto`'s threshold (server/src/cli/pool.ts).
//   node bench/cli-throughput.mjs [--runs 3] [--big 8000] [--huge] [--crossover] [--quick]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emit, loadCards, log, median, perturb, ROOT, round } from './lib.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    big: { type: 'string', default: '8000' },
    huge: { type: 'boolean', default: false },
    crossover: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const cores = availableParallelism();
const cards = loadCards();

const work = mkdtempSync(join(tmpdir(), 'mcl-bench-throughput-'));
const cleanup = () => rmSync(work, { recursive: true, force: true });
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const cli = join(work, 'cli.js');
copyFileSync(join(ROOT, 'dist', 'cli.js'), cli);
// Peak RSS of the whole process (every thread), written by the main thread as it exits.
const hook = join(work, 'rss-hook.cjs');
writeFileSync(
  hook,
  `const { isMainThread } = require('node:worker_threads');
if (isMainThread && process.env.MCL_RSS_FILE)
  process.on('exit', () => require('node:fs').writeFileSync(process.env.MCL_RSS_FILE, String(process.resourceUsage().maxRSS)));
`,
);

/** `count` cards in directories of 800 under `name`, copy k perturbed by k + 1 spaces (cycling every 100 copies). */
function replicate(name, count) {
  const base = join(work, name);
  for (let i = 0; i < count; i++) {
    const k = Math.floor(i / cards.length);
    const dir = join(base, `d${Math.floor(i / 800)}`);
    if (i % 800 === 0) mkdirSync(dir, { recursive: true });
    const c = cards[i % cards.length];
    writeFileSync(join(dir, `${k}-${c.name}`), perturb(c.text, 1 + (k % 100)));
  }
  return base;
}

/** One whole CLI process: wall ms, CPU ms (children's utime+stime), peak RSS MB, exit code, output bytes and hash. */
function runCli(args, cwd) {
  return new Promise((resolve, reject) => {
    const rssFile = join(work, 'rss.txt');
    rmSync(rssFile, { force: true });
    const cpu0 = childCpuMs();
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', hook, cli, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MCL_RSS_FILE: rssFile, NO_COLOR: '1' },
    });
    const hash = createHash('sha256');
    let bytes = 0;
    let lines = 0;
    let err = '';
    child.stdout.on('data', (d) => {
      hash.update(d);
      bytes += d.length;
      for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (![0, 1].includes(status)) return reject(new Error(`CLI exit ${status}: ${err.slice(0, 2000)}`));
      let rssMB = NaN;
      try {
        rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        // no figure
      }
      resolve({ ms, cpuMs: childCpuMs() - cpu0, rssMB, status, bytes, lines, sha: hash.digest('hex'), stderr: err });
    });
  });
}

/** CPU milliseconds of reaped children of this process (/proc/self/stat fields 16–17; USER_HZ 100). */
function childCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

const result = { cores, node: process.version, loadAverageAtStart: loadavg().map((x) => round(x, 2)) };

// ---- 800 cards: one thread vs the pool
const d800 = replicate('c800', 800);
const one = [];
const pool = [];
let identical = true;
for (let i = 0; i < RUNS; i++) {
  const a = await runCli(['--concurrency', 'off', '--format', 'json', '.'], d800);
  const b = await runCli(['--concurrency', 'auto', '--format', 'json', '.'], d800);
  one.push(a);
  pool.push(b);
  identical &&= a.sha === b.sha && a.status === b.status && a.stderr === b.stderr;
  log(
    `  800 cards run ${i + 1}/${RUNS}: one thread ${a.ms.toFixed(0)} ms (CPU ${a.cpuMs.toFixed(0)}, ${a.rssMB.toFixed(0)} MB), pool ${b.ms.toFixed(0)} ms (CPU ${b.cpuMs.toFixed(0)}, ${b.rssMB.toFixed(0)} MB)${a.sha === b.sha ? '' : ' OUTPUT DIFFERS'}; load ${loadavg()[0].toFixed(2)}`,
  );
}
const formatsChecked = ['json'];
for (const format of ['ndjson', 'sarif', 'stylish']) {
  const a = await runCli(['--concurrency', 'off', '--format', format, '.'], d800);
  const b = await runCli(['--concurrency', 'auto', '--format', format, '.'], d800);
  identical &&= a.sha === b.sha && a.status === b.status && a.stderr === b.stderr;
  formatsChecked.push(format);
  if (a.sha !== b.sha) log(`  ${format}: pool output differs from one thread's`);
}
result.c800 = {
  files: 800,
  oneMs: one.map((r) => round(r.ms, 0)),
  poolMs: pool.map((r) => round(r.ms, 0)),
  oneMedianMs: round(median(one.map((r) => r.ms)), 0),
  poolMedianMs: round(median(pool.map((r) => r.ms)), 0),
  oneCpuMedianMs: round(median(one.map((r) => r.cpuMs)), 0),
  poolCpuMedianMs: round(median(pool.map((r) => r.cpuMs)), 0),
  oneRssMB: round(median(one.map((r) => r.rssMB)), 0),
  poolRssMB: round(median(pool.map((r) => r.rssMB)), 0),
  identical,
  formatsChecked,
};
result.c800.speedup = round(result.c800.oneMedianMs / result.c800.poolMedianMs, 2);
rmSync(d800, { recursive: true, force: true });

// ---- where the pool starts to pay
if (values.crossover) {
  result.crossover = [];
  for (const n of [8, 16, 24, 32, 48, 64, 96, 128, 256]) {
    const d = replicate(`x${n}`, n);
    const a = [];
    const b = [];
    for (let i = 0; i < Math.max(RUNS, 5); i++) {
      a.push((await runCli(['--concurrency', 'off', '--format', 'json', '.'], d)).ms);
      b.push((await runCli(['--concurrency', '2', '--format', 'json', '.'], d)).ms);
    }
    const row = { files: n, oneMs: round(median(a), 0), twoMs: round(median(b), 0) };
    row.ratio = round(row.oneMs / row.twoMs, 2);
    result.crossover.push(row);
    log(`  crossover ${n} cards: one thread ${row.oneMs} ms, 2 threads ${row.twoMs} ms (×${row.ratio})`);
    rmSync(d, { recursive: true, force: true });
  }
}

// ---- large audits: throughput per core and peak RSS
async function audit(count, modes) {
  const d = replicate(`c${count}`, count);
  const rows = [];
  let results = null;
  const shas = new Set();
  for (const [concurrency, format] of modes) {
    const r = await runCli(['--concurrency', concurrency, '--format', format, '.'], d);
    const threads = concurrency === 'off' ? 1 : cores;
    // Cards found by a walk are reported only when their content makes them cards (2 of the 80 do not).
    if (format === 'ndjson') results = results ?? r.lines;
    if (format === 'ndjson' && r.lines !== results)
      throw new Error(`${count} cards: ${r.lines} vs ${results} ndjson lines`);
    if (format === 'ndjson') shas.add(r.sha);
    const row = {
      files: count,
      concurrency,
      format,
      threads,
      results: format === 'ndjson' ? r.lines : undefined,
      ms: round(r.ms, 0),
      cpuMs: round(r.cpuMs, 0),
      cardsPerSecondPerCore: round(count / (r.ms / 1000) / threads, 0),
      cardsPerCpuSecond: round(count / (r.cpuMs / 1000), 0),
      rssMB: round(r.rssMB, 0),
      outputMB: round(r.bytes / 2 ** 20, 1),
    };
    rows.push(row);
    log(
      `  ${count} cards, ${format}, ${concurrency === 'off' ? 'one thread' : `pool (${threads} threads)`}: ${row.ms} ms, ${row.cardsPerSecondPerCore} cards/s/core, peak RSS ${row.rssMB} MB, ${row.outputMB} MB out; load ${loadavg()[0].toFixed(2)}`,
    );
  }
  rmSync(d, { recursive: true, force: true });
  if (shas.size > 1) throw new Error(`${count} cards: ndjson output differs between the pool and one thread`);
  return rows;
}
const BIG = Number(values.big);
result.big = await audit(
  BIG,
  values.quick
    ? [['auto', 'ndjson']]
    : [
        ['auto', 'ndjson'],
        ['off', 'ndjson'],
        ['auto', 'json'],
      ],
);
result.huge = values.huge ? await audit(BIG * 10, [['auto', 'ndjson']]) : null;
if (!values.huge) log(`  ${BIG * 10} cards: skipped (opt-in: --huge; about 1.5 GB of files and several minutes)`);
result.loadAverageAtEnd = loadavg().map((x) => round(x, 2));
emit(result);
