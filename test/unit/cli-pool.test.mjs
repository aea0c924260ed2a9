// The CLI's worker-thread pool (server/src/cli/pool.ts, `--concurrency`) and the streamed formats: a run on several
// threads writes byte for byte what one thread writes, in the same order, for every format, with the same stderr and
// exit code; `--format ndjson` lines are the `--format json` results; a config problem is reported once; a worker that
// dies (killed by the test-only preload pool-worker-crash.cjs) costs its file (reported, exit 2), never a hang. No
// timings here: bench/cli-throughput.mjs measures speed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { CLI, CORPUS } from './cli-paths.mjs';
import { tempDirs } from './temp-dirs.mjs';

const haveCorpus = existsSync(join(CORPUS, 'cards')) && existsSync(join(CORPUS, 'manifests'));

// Other work may rebuild dist/ while this file runs: every run here uses one private copy of the bundle (it is
// self-contained, and it is also the worker threads' script).
let cli;
let dir;
const tempDir = tempDirs();
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'ndjson'];
/** `node [nodeArgs…] cli.js args…` */
const run = (args, { nodeArgs = [], ...opts } = {}) =>
  spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 2 ** 20,
    ...opts,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...opts.env },
  });
const same = (a, b, what) => {
  assert.equal(b.error, undefined, `${what}: ${b.error}`);
  assert.equal(b.status, a.status, `${what}: exit code`);
  assert.ok(a.stdout === b.stdout, `${what}: stdout differs from one thread's`);
  assert.equal(b.stderr, a.stderr, `${what}: stderr`);
};

describe('CLI worker pool', { skip: haveCorpus ? false : 'no ../shared/corpus' }, () => {
  before(() => {
    const work = tempDir('mcl-pool-');
    cli = join(work, 'cli.js');
    copyFileSync(CLI, cli);
    dir = join(work, 'repo');
    mkdirSync(join(dir, '.git'), { recursive: true });
    // 60 real cards in three directories, 30 manifests (some beside cards: companions), files that are neither.
    const cards = readdirSync(join(CORPUS, 'cards'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .slice(0, 60);
    const manifests = readdirSync(join(CORPUS, 'manifests'))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .slice(0, 30);
    cards.forEach((f, i) => {
      const sub = join(dir, `cards-${i % 3}`);
      mkdirSync(sub, { recursive: true });
      copyFileSync(join(CORPUS, 'cards', f), join(sub, f));
    });
    manifests.forEach((f, i) => {
      const sub = join(dir, i < 3 ? 'cards-0' : 'manifests');
      mkdirSync(sub, { recursive: true });
      copyFileSync(join(CORPUS, 'manifests', f), join(sub, i < 3 ? `model-${i}.yml` : f));
    });
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nNot a model card.\n');
    writeFileSync(join(dir, 'ci.yml'), 'on: push\n');
  });
  for (const format of FORMATS) {
    it(`--format ${format}: 2 and 3 threads write what one thread writes`, () => {
      const args = ['--format', format, '.', 'notes.md'];
      const one = run(['--concurrency', 'off', ...args]);
      assert.ok([0, 1].includes(one.status), one.stderr);
      assert.ok(one.stdout.length > 1000);
      for (const n of format.includes('json') ? ['2', '3'] : ['2'])
        same(one, run(['--concurrency', n, ...args]), `${format}, --concurrency ${n}`);
    });
  }

  it('colour, --quiet and --max-warnings give the same output and exit code on a pool', () => {
    for (const extra of [['--color'], ['--quiet'], ['--max-warnings', '0'], ['--profile', 'strict']]) {
      const args = ['--format', 'stylish', ...extra, '.'];
      same(run(['--concurrency', 'off', ...args]), run(['--concurrency', '2', ...args]), extra.join(' '));
    }
  });

  it('--stdin comes first, then the files, on one thread or several', () => {
    const input = readFileSync(join(CORPUS, 'cards', readdirSync(join(CORPUS, 'cards')).sort()[0]), 'utf8');
    const args = ['--format', 'json', '--stdin', '--stdin-filename', 'x/README.md', 'cards-1'];
    const one = run(['--concurrency', 'off', ...args], { input });
    same(one, run(['--concurrency', '2', ...args], { input }), '--stdin');
    assert.equal(JSON.parse(one.stdout).results[0].file, 'x/README.md');
  });

  it('keeps input order: the json results follow the command line and each walk', () => {
    const args = ['--format', 'json', 'manifests', 'cards-2', 'notes.md', 'cards-0'];
    const one = JSON.parse(run(['--concurrency', 'off', ...args]).stdout);
    const pool = JSON.parse(run(['--concurrency', '3', ...args]).stdout);
    const files = pool.results.map((r) => r.file);
    assert.deepEqual(
      files,
      one.results.map((r) => r.file),
    );
    const group = (f) => ['manifests/', 'cards-2/', 'notes.md', 'cards-0/'].findIndex((p) => f.startsWith(p));
    assert.deepEqual(
      files.map(group),
      files.map(group).sort((a, b) => a - b),
    );
    assert.equal(files.length, one.summary.files);
  });

  it('ndjson: one line per result, each the json result of the same file, same order, no summary line', () => {
    const json = JSON.parse(run(['--format', 'json', '--concurrency', '2', '.']).stdout);
    const out = run(['--format', 'ndjson', '--concurrency', '2', '.']).stdout;
    assert.ok(out.endsWith('\n'));
    const lines = out.slice(0, -1).split('\n');
    assert.equal(lines.length, json.results.length);
    lines.forEach((l, i) => assert.deepEqual(JSON.parse(l), json.results[i]));
    assert.equal(run(['--format', 'ndjson', '--concurrency', '2', 'ci.yml']).stdout.split('\n').length, 2);
  });

  it('json output with no results is still one object with an empty list', () => {
    const r = run(['--format', 'json', '--concurrency', '2', '--quiet', 'ci.yml']);
    assert.deepEqual(JSON.parse(r.stdout).summary, { files: 1, errors: 0, warnings: 0 });
    // A directory without cards or manifests: no results, still one object (or nothing, one line per result).
    mkdirSync(join(dir, 'empty'), { recursive: true });
    assert.equal(run(['--format', 'ndjson', 'empty']).stdout, '');
    assert.match(run(['--format', 'json', 'empty']).stdout, /"results": \[\],/);
    // A missing path is an error before anything is written: no empty report that would read as a pass (or, in SARIF
    // uploaded to code scanning, close every alert).
    for (const format of ['json', 'sarif', 'ndjson']) assert.equal(run(['--format', format, 'nope.md']).stdout, '');
  });

  it('a config problem is reported once, with exit 2, by one thread or several', () => {
    const d = tempDir('mcl-pool-config-');
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'sub', '.modelcard-lint.yaml'), 'rules:\n  undisclosed-license: sometimes\n');
    const card = readFileSync(
      join(
        dir,
        'cards-0',
        readdirSync(join(dir, 'cards-0')).find((f) => f.endsWith('.md')),
      ),
    );
    for (let i = 0; i < 12; i++) writeFileSync(join(d, 'sub', `card-${i}.md`), card);
    for (let i = 0; i < 12; i++) writeFileSync(join(d, `card-${i}.md`), card);
    const args = ['--format', 'json', d];
    const one = run(['--concurrency', 'off', ...args]);
    const pool = run(['--concurrency', '3', ...args]);
    same(one, pool, 'config problem');
    assert.equal(pool.status, 2);
    assert.equal(pool.stderr.match(/config /g)?.length, 1, pool.stderr);
    assert.equal(JSON.parse(pool.stdout).summary.files, 12);
  });

  it('a worker that dies costs its file: reported, exit 2, the other files linted, no hang', () => {
    // pool-worker-crash.cjs, preloaded into the CLI and its workers, kills the first worker on the first file it gets.
    const preload = fileURLToPath(new URL('./pool-worker-crash.cjs', import.meta.url));
    const all = JSON.parse(run(['--format', 'json', '--concurrency', 'off', '.']).stdout);
    for (const n of ['2', '3']) {
      const r = run(['--format', 'json', '--concurrency', n, '.'], { nodeArgs: ['--require', preload] });
      assert.equal(r.error, undefined, `--concurrency ${n}: ${r.error}`);
      assert.equal(r.status, 2, r.stderr);
      const lost = [...r.stderr.matchAll(/^modelcard-lint: (.+): internal error: (.*)$/gm)];
      assert.equal(lost.length, 1, r.stderr);
      assert.match(lost[0][2], /^the worker thread linting it stopped \(test crash on .+\); not linted$/);
      const victim = lost[0][1];
      const out = JSON.parse(r.stdout);
      assert.deepEqual(
        out.results.map((x) => x.file),
        all.results.map((x) => x.file).filter((f) => f !== victim),
      );
      assert.equal(out.results.length, all.results.length - 1);
    }
  });

  it('--concurrency takes auto, off or 1–64; --fix runs on one thread and fixes as before', () => {
    for (const bad of ['0', '-1', 'two', '1.5', '65']) {
      const r = run([`--concurrency=${bad}`, 'notes.md']);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--concurrency needs auto, off or a whole number/);
    }
    for (const ok of ['auto', 'off', '1', 'AUTO']) assert.equal(run(['--concurrency', ok, 'notes.md']).status, 0);
    const help = run(['--help']).stdout;
    assert.match(help, /--concurrency <n\|auto\|off>/);
    assert.match(help, /ndjson/);

    const a = tempDir('mcl-pool-fix-');
    const b = tempDir('mcl-pool-fix-');
    const names = readdirSync(join(dir, 'cards-2')).filter((f) => f.endsWith('.md'));
    for (const f of names) {
      // The corpus is read-only (0444) and copies keep the mode: --fix would refuse them.
      for (const d of [a, b]) {
        copyFileSync(join(dir, 'cards-2', f), join(d, f));
        chmodSync(join(d, f), 0o644);
      }
    }
    const fa = run(['--fix', '--profile', 'strict', '--format', 'json', '--concurrency', 'off', '.'], { cwd: a });
    const fb = run(['--fix', '--profile', 'strict', '--format', 'json', '--concurrency', '3', '.'], { cwd: b });
    assert.equal(fb.status, fa.status);
    assert.equal(fb.stdout, fa.stdout);
    for (const f of names) assert.equal(readFileSync(join(b, f), 'utf8'), readFileSync(join(a, f), 'utf8'), f);
    assert.ok(names.some((f) => readFileSync(join(a, f), 'utf8') !== readFileSync(join(dir, 'cards-2', f), 'utf8')));
  });
});
