// Entry point of the GitHub Action (action.yml): runs the CLI bundled beside it (dist/cli.js of the same release) on the
// workspace, prints its output in the chosen format (annotations by default), writes SARIF and a job summary, sets the
// outputs and exits by `fail-on`. With the `baseline` input it also runs `diff --baseline <ref>` (docs/diff.md): the
// changes go to the log and the summary, their count to the `regressions` output, and their findings count towards
// `fail-on` like lint findings. Plain CommonJS on Node's built-ins only: an action gets no `npm install`.
'use strict';
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { renderDiffSummary, renderSummary } = require('./summary.cjs');

const CLI = path.join(__dirname, '..', 'dist', 'cli.js');
const FORMATS = ['github', 'stylish', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'never'];

/** An input as the runner passes it: `INPUT_` + the name upper-cased with spaces as underscores (hyphens kept). */
const input = (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

/** Workflow command for an error in the log; `%`, CR and LF escaped as the runner expects. */
function fail(message, code = 2) {
  process.stdout.write(
    `::error title=modelcard-lint::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
  );
  process.exit(code);
}

/** Appends `name<<delimiter` blocks to $GITHUB_OUTPUT (safe for any value, as @actions/core writes them). */
function setOutputs(values) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(values)) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  fs.appendFileSync(file, text);
}

/** Why a `baseline` input is refused before anything runs, or null. The ref becomes one argument of a spawned CLI (no
 * shell), so this is about option injection and ambiguity: a ref starting with `-` could be read as an option, and the
 * CLI refuses `:` (`<ref>:<path>` would name another file), whitespace and control characters as well. */
function baselineProblem(ref) {
  if (ref.startsWith('-')) return `baseline ${JSON.stringify(ref)} starts with "-": give a branch, tag or commit SHA`;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\s\u0000-\u001f\u007f-\u009f:]/.test(ref))
    return `baseline ${JSON.stringify(ref)} contains whitespace, a control character or ":": give a branch, tag or commit SHA`;
  return null;
}

/** Fails the step (exit 1) when `fail-on` counts any of these findings. */
const failing = (failOn, errors, warnings) =>
  failOn === 'error' ? errors : failOn === 'warning' ? errors + warnings : 0;

/** The directory the CLI names files relative to (cli/files.ts `repositoryRoot`): the nearest one holding `.git`. */
function repositoryRoot(cwd) {
  for (let dir = path.resolve(cwd); ;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}

/** Paths input: one per line; a single line may hold several separated by whitespace. */
function parsePaths(raw) {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 1) return lines[0].split(/\s+/);
  return lines.length ? lines : ['.'];
}

function main() {
  if (!fs.existsSync(CLI))
    fail(
      `${CLI} is missing: reference a release tag of the action (its commit carries the built dist/), not a branch.`,
    );
  const format = input('format') || 'github';
  const failOn = input('fail-on') || 'error';
  const profile = input('profile');
  const sarifFile = input('sarif-file');
  const baseline = input('baseline');
  if (!FORMATS.includes(format)) fail(`format must be one of ${FORMATS.join(', ')}; got "${format}"`);
  if (!FAIL_ON.includes(failOn)) fail(`fail-on must be one of ${FAIL_ON.join(', ')}; got "${failOn}"`);
  const refused = baseline && baselineProblem(baseline);
  if (refused) fail(refused);
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  // `--` ends the options: a path input starting with `-` stays a path.
  const args = [...(profile ? ['--profile', profile] : []), '--no-color'];
  const targets = parsePaths(input('paths'));
  const run = (fmt, stdio, command = [], names = targets) =>
    spawnSync(process.execPath, [CLI, ...command, ...args, '--format', fmt, '--', ...names], {
      cwd,
      stdio,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });

  // The JSON run decides everything (counts, summary, exit code); its exit code 2 means nothing was linted.
  const json = run('json', ['ignore', 'pipe', 'pipe']);
  if (json.status !== 0 && json.status !== 1) {
    process.stderr.write(json.stderr ?? '');
    fail(`modelcard-lint exited ${json.status ?? json.signal}: ${(json.stderr || '').trim().split('\n')[0]}`);
  }
  const report = JSON.parse(json.stdout);

  // The log: annotations by default. Its exit code is the JSON run's, so it is not read again.
  run(format, ['ignore', 'inherit', 'inherit']);

  let sarifWritten = '';
  if (sarifFile) {
    const target = path.resolve(cwd, sarifFile);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const fd = fs.openSync(target, 'w');
    try {
      const r = run('sarif', ['ignore', fd, 'inherit']);
      if (r.status !== 0 && r.status !== 1) fail(`writing SARIF failed (exit ${r.status ?? r.signal})`);
    } finally {
      fs.closeSync(fd);
    }
    sarifWritten = sarifFile;
  }

  if (process.env.GITHUB_STEP_SUMMARY)
    fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, renderSummary(report, { failOn }));
  const { files, errors, warnings } = report.summary;
  setOutputs({ files, errors, warnings, 'sarif-file': sarifWritten });

  let failed = false;
  if (failing(failOn, errors, warnings)) {
    process.stdout.write(
      `modelcard-lint: ${errors} error(s), ${warnings} warning(s); failing because fail-on is ${failOn}\n`,
    );
    failed = true;
  }
  if (baseline) {
    // `diff` refuses a file named on purpose that is neither a card nor a manifest (exit 2) where lint passes over it:
    // such files, as the lint run classified them, are not handed on.
    const root = repositoryRoot(cwd);
    const others = new Set(report.results.filter((r) => r.kind === 'unknown').map((r) => path.resolve(root, r.file)));
    const names = targets.filter((t) => !others.has(path.resolve(cwd, t)));
    if (compare(baseline, { run, failOn, format, names })) failed = true;
  }
  if (failed) process.exit(1);
}

/** `diff --baseline <ref>`: the JSON run for the summary, the `regressions` output and the verdict, then the log in the
 * chosen format. True when `fail-on` counts one of its findings (the diff rules' severities under the profile). */
function compare(ref, { run, failOn, format, names }) {
  if (!names.length) {
    if (process.env.GITHUB_STEP_SUMMARY)
      fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, renderDiffSummary(null, { failOn, ref }));
    setOutputs({ regressions: 0 });
    return false;
  }
  // `--baseline=<ref>`: one argument, so the ref can never be taken for an option (it is checked above as well).
  const command = ['diff', `--baseline=${ref}`];
  const json = run('json', ['ignore', 'pipe', 'pipe'], command, names);
  if (json.status !== 0 && json.status !== 1) {
    process.stderr.write(json.stderr ?? '');
    const first = (json.stderr || '')
      .trim()
      .split('\n')[0]
      .replace(/^modelcard-lint diff: /, '')
      .replace(/\.$/, '');
    // actions/checkout fetches only the checked-out commit unless told otherwise.
    const hint = / is not a commit in this repository/.test(first)
      ? ' Fetch it first: actions/checkout with `fetch-depth: 0` (or `git fetch` the base commit).'
      : '';
    fail(`modelcard-lint diff --baseline=${ref} exited ${json.status ?? json.signal}: ${first}.${hint}`);
  }
  const diff = JSON.parse(json.stdout);
  process.stderr.write(json.stderr ?? '');
  // The log: the diff's findings as annotations by default.
  run(format, ['ignore', 'inherit', 'inherit'], command, names);
  if (process.env.GITHUB_STEP_SUMMARY)
    fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, renderDiffSummary(diff, { failOn, ref }));
  const { regressions, errors, warnings } = diff.summary;
  setOutputs({ regressions });
  if (!failing(failOn, errors, warnings)) return false;
  process.stdout.write(
    `modelcard-lint diff: ${regressions} regression(s) against ${ref}, ${errors} error(s), ${warnings} warning(s); failing because fail-on is ${failOn}\n`,
  );
  return true;
}

main();
