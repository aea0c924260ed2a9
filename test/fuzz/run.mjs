// Property-test runner (issue 5): `node test/fuzz/run.mjs --runs 100000 --seed 42`.
// The runs are split evenly over 4 properties × 2 document kinds (cards, manifests) and spread over worker
// processes (default: one per core, at most 4), so a hang or an out-of-memory crash is reported instead of
// killing the run. Each job is a fast-check run with its own seed; a failure prints the seed, the shrunk
// counterexample and a replay command, and writes the full counterexample to a JSON file in the temp directory.
//
// Options: --runs N (total, default 10000) --seed S (default: time) --workers W --property NAME --kind card|manifest
//          --job-runs N (runs per job, default 2500) --no-shrink --replay SEED:PATH (with --property and --kind)
import fc from 'fast-check';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputs } from './generators.mjs';
import { PROPERTIES } from './properties.mjs';

export const KINDS = { card: 'model-card', manifest: 'release-manifest' };

/** The fast-check property for one check function over one document kind. */
export function propertyFor(name, kind) {
  const check = PROPERTIES[name];
  if (!check) throw new Error(`unknown property ${name} (${Object.keys(PROPERTIES).join(', ')})`);
  const picks = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });
  return fc.property(inputs(KINDS[kind]), picks, (c, p) => {
    check(c, p);
  });
}

/** Run one job in this process; returns a plain, serialisable summary. */
export function runJob({ property, kind, seed, runs, shrink = true, path, timeLimitMs }) {
  const t0 = performance.now();
  const details = fc.check(propertyFor(property, kind), {
    numRuns: runs,
    seed,
    path,
    endOnFailure: !shrink,
    interruptAfterTimeLimit: timeLimitMs,
  });
  const ms = performance.now() - t0;
  const out = {
    property,
    kind,
    seed,
    runs: details.numRuns,
    ms,
    failed: details.failed,
    interrupted: details.interrupted,
  };
  if (details.failed) {
    const [c] = details.counterexample ?? [];
    out.failure = {
      path: details.counterexamplePath,
      error: String(details.errorInstance?.stack ?? details.error ?? 'unknown error'),
      shrinks: details.numShrinks,
      case: c ? { source: c.source, path: c.path, options: c.options, mutations: c.mutations, text: c.text } : null,
    };
  }
  return out;
}

function parseArgs(argv) {
  const a = {
    runs: 10000,
    seed: Date.now() % 2 ** 31,
    workers: Math.min(4, availableParallelism()),
    jobRuns: 2500,
    shrink: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--runs') a.runs = Number(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--workers') a.workers = Number(v());
    else if (k === '--property') a.property = v();
    else if (k === '--kind') a.kind = v();
    else if (k === '--job-runs') a.jobRuns = Number(v());
    else if (k === '--no-shrink') a.shrink = false;
    else if (k === '--replay') a.replay = v();
    else if (k === '--worker') a.worker = true;
    else throw new Error(`unknown option ${k}`);
  }
  return a;
}

/** Plan the jobs: runs split evenly over the selected (property, kind) pairs, chunked, each chunk its own seed. */
export function plan({ runs, seed, property, kind, jobRuns }) {
  const props = property ? [property] : Object.keys(PROPERTIES);
  const kinds = kind ? [kind] : Object.keys(KINDS);
  const pairs = props.flatMap((p) => kinds.map((k) => [p, k]));
  const jobs = [];
  pairs.forEach(([p, k], pi) => {
    let left = Math.floor(runs / pairs.length) + (pi < runs % pairs.length ? 1 : 0);
    for (let chunk = 0; left > 0; chunk++) {
      const n = Math.min(jobRuns, left);
      jobs.push({ property: p, kind: k, seed: (seed + pi * 7919 + chunk * 104729) % 2 ** 31, runs: n });
      left -= n;
    }
  });
  return jobs;
}

function report(failure, job) {
  const file = join(tmpdir(), `modelcard-lint-fuzz-${job.property}-${job.kind}-${job.seed}.json`);
  writeFileSync(file, JSON.stringify({ job, failure }, null, 2));
  const c = failure.case;
  const text = c ? JSON.stringify(c.text) : '';
  console.log(
    `\n✗ ${job.property} (${job.kind}) seed ${job.seed}: ${failure.error.split('\n').slice(0, 6).join('\n    ')}`,
  );
  if (c)
    console.log(
      `    case: ${c.source} ${c.path} ${JSON.stringify(c.options)}${c.mutations ? ` mutations ${JSON.stringify(c.mutations).slice(0, 300)}` : ''}\n    text (${c.text.length} chars): ${text.length > 1500 ? text.slice(0, 1500) + '…' : text}`,
    );
  console.log(
    `    replay: node test/fuzz/run.mjs --property ${job.property} --kind ${job.kind} --replay ${job.seed}:${failure.path}\n    full counterexample: ${file}`,
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.worker) {
    process.on('message', (job) => process.send(runJob(job)));
    return;
  }
  if (args.replay) {
    const [seed, path] = args.replay.split(':');
    const r = runJob({
      property: args.property,
      kind: args.kind,
      seed: Number(seed),
      runs: 1,
      path,
      shrink: args.shrink,
    });
    if (r.failed) report(r.failure, r);
    else console.log('replayed case passes');
    process.exitCode = r.failed ? 1 : 0;
    return;
  }
  const jobs = plan(args);
  console.log(`fuzz: ${args.runs} cases, seed ${args.seed}, ${jobs.length} jobs on ${args.workers} workers`);
  const t0 = performance.now();
  const totals = new Map();
  let failures = 0;
  let next = 0;
  const self = fileURLToPath(import.meta.url);
  const work = () =>
    new Promise((resolve) => {
      let child = null;
      let timer = null;
      const start = () => {
        if (next >= jobs.length) {
          child?.removeAllListeners();
          child?.kill();
          resolve();
          return;
        }
        const job = jobs[next++];
        if (!child) child = fork(self, ['--worker'], { execArgv: ['--max-old-space-size=2048'] });
        const c = child;
        const timeoutMs = Math.max(120_000, job.runs * 200);
        timer = setTimeout(() => {
          console.log(
            `\n✗ ${job.property} (${job.kind}) seed ${job.seed}: no answer in ${timeoutMs / 1000} s (a hang); rerun with --property ${job.property} --kind ${job.kind} --seed ${job.seed} --runs ${job.runs} --workers 1 --job-runs ${job.runs}`,
          );
          failures++;
          c.removeAllListeners();
          c.kill('SIGKILL');
          child = null;
          start();
        }, timeoutMs);
        c.removeAllListeners();
        c.once('message', (r) => {
          clearTimeout(timer);
          const key = `${r.property} ${r.kind}`;
          const t = totals.get(key) ?? { runs: 0, ms: 0 };
          t.runs += r.runs;
          t.ms += r.ms;
          totals.set(key, t);
          if (r.failed) {
            failures++;
            report(r.failure, job);
          } else process.stdout.write('.');
          start();
        });
        c.once('exit', (code, signal) => {
          clearTimeout(timer);
          console.log(
            `\n✗ ${job.property} (${job.kind}) seed ${job.seed}: worker died (${signal ?? `exit ${code}`}), e.g. out of memory; rerun with --property ${job.property} --kind ${job.kind} --seed ${job.seed} --runs ${job.runs} --workers 1 --job-runs ${job.runs}`,
          );
          failures++;
          child = null;
          start();
        });
        c.send({ ...job, shrink: args.shrink, timeLimitMs: timeoutMs - 10_000 });
      };
      start();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(args.workers, jobs.length)) }, work));
  const wall = (performance.now() - t0) / 1000;
  console.log('\n\nproperty              kind       cases   cpu s   ms/case');
  let total = 0;
  for (const [key, t] of totals) {
    const [p, k] = key.split(' ');
    total += t.runs;
    console.log(
      `${p.padEnd(21)} ${k.padEnd(9)} ${String(t.runs).padStart(6)} ${(t.ms / 1000).toFixed(1).padStart(7)} ${(t.ms / Math.max(1, t.runs)).toFixed(2).padStart(9)}`,
    );
  }
  console.log(`\n${total} cases in ${wall.toFixed(1)} s wall, ${failures} failure(s); seed ${args.seed}`);
  process.exitCode = failures ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
