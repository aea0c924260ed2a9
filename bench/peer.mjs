// Against the peer: whole processes on the 80 real cards ×10 written to a temp dir — our CLI
// (`node dist/cli.js --format json <800 files>`) vs markdownlint-cli2 with its default rules on the same files.
// Each copy is perturbed (lib.perturb) so that our front-matter cache cannot reuse one copy's parse for the next.
// Runs alternate between the two tools; the figure is the median wall time of each (process.hrtime around spawnSync).
//   node bench/peer.mjs [--runs 3]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { emit, loadCards, log, median, perturb, ROOT, round } from './lib.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, copies: { type: 'string', default: '10' } },
});
const RUNS = Number(values.runs);
const COPIES = Number(values.copies);

const mlPkgPath = join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json');
const mlPkg = JSON.parse(readFileSync(mlPkgPath, 'utf8'));
const mlBin = join(dirname(mlPkgPath), typeof mlPkg.bin === 'string' ? mlPkg.bin : mlPkg.bin['markdownlint-cli2']);
const cli = join(ROOT, 'dist', 'cli.js');

const dir = mkdtempSync(join(tmpdir(), 'mcl-bench-peer-'));
const files = [];
for (let k = 0; k < COPIES; k++) {
  mkdirSync(join(dir, `copy${k}`));
  for (const c of loadCards()) {
    const rel = `copy${k}/${c.name}`;
    writeFileSync(join(dir, rel), perturb(c.text, 1 + k));
    files.push(rel);
  }
}

/** CPU seconds used by reaped children of this process (utime+stime of children, /proc/self/stat fields 16–17). */
function childCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

function runTimed(args) {
  const outPath = join(dir, 'out.txt');
  const fd = openSync(outPath, 'w');
  const cpu0 = childCpuMs();
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', fd, fd] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cpuMs = childCpuMs() - cpu0;
  closeSync(fd);
  if (r.error) throw r.error;
  return { ms, cpuMs, status: r.status, out: readFileSync(outPath, 'utf8') };
}

const ours = () => runTimed([cli, '--format', 'json', ...files]);
const peer = () => runTimed([mlBin, '**/*.md']);

// Sanity: both tools see all the files (and load their modules into the page cache before timing).
const o0 = ours();
const oursJson = JSON.parse(o0.out.slice(o0.out.indexOf('{')));
const oursFiles = oursJson.summary.files;
const oursDiagnostics = oursJson.results.reduce((a, f) => a + (f.diagnostics?.length ?? 0), 0);
if (oursFiles !== files.length) throw new Error(`our CLI linted ${oursFiles} of ${files.length} files`);
const p0 = runTimed([mlBin, `copy0/${loadCards()[0].name}`]);
if (!/markdownlint-cli2 v/.test(p0.out)) throw new Error(`markdownlint-cli2 did not run: ${p0.out.slice(0, 500)}`);

const oursMs = [];
const peerMs = [];
const oursCpu = [];
const peerCpu = [];
let peerSummary = '';
for (let i = 0; i < RUNS; i++) {
  const a = ours();
  oursMs.push(a.ms);
  oursCpu.push(a.cpuMs);
  const b = peer();
  peerMs.push(b.ms);
  peerCpu.push(b.cpuMs);
  peerSummary = (b.out.match(/Linting: .*|Summary: .*/g) ?? []).join('; ');
  log(
    `  peer run ${i + 1}/${RUNS}: ours ${a.ms.toFixed(0)} ms (CPU ${a.cpuMs.toFixed(0)} ms, exit ${a.status}), markdownlint-cli2 ${b.ms.toFixed(0)} ms (CPU ${b.cpuMs.toFixed(0)} ms, exit ${b.status}; ${peerSummary})`,
  );
}
rmSync(dir, { recursive: true, force: true });

const oursMedian = median(oursMs);
const peerMedian = median(peerMs);
emit({
  files: files.length,
  oursFiles,
  oursDiagnostics,
  peer: `markdownlint-cli2 ${mlPkg.version}`,
  peerSummary,
  oursMs: oursMs.map((x) => round(x, 0)),
  peerMs: peerMs.map((x) => round(x, 0)),
  oursMedianMs: round(oursMedian, 0),
  peerMedianMs: round(peerMedian, 0),
  speedup: round(peerMedian / oursMedian, 2),
  oursCpuMs: oursCpu.map((x) => round(x, 0)),
  peerCpuMs: peerCpu.map((x) => round(x, 0)),
  speedupCpu: round(median(peerCpu) / median(oursCpu), 2),
});
