// Entry point of the GitHub Action (action.yml): runs the CLI bundled beside it (dist/cli.js of the same release) on the
// workspace, prints its output in the chosen format (annotations by default), writes SARIF and a job summary, sets the
// outputs and exits by `fail-on`. Plain CommonJS on Node's built-ins only: an action gets no `npm install`.
'use strict';
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { renderSummary } = require('./summary.cjs');

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
  if (!FORMATS.includes(format)) fail(`format must be one of ${FORMATS.join(', ')}; got "${format}"`);
  if (!FAIL_ON.includes(failOn)) fail(`fail-on must be one of ${FAIL_ON.join(', ')}; got "${failOn}"`);
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  // `--` ends the options: a path input starting with `-` stays a path.
  const args = [...(profile ? ['--profile', profile] : []), '--no-color'];
  const paths = ['--', ...parsePaths(input('paths'))];
  const run = (fmt, stdio) =>
    spawnSync(process.execPath, [CLI, ...args, '--format', fmt, ...paths], {
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

  const failing = failOn === 'error' ? errors : failOn === 'warning' ? errors + warnings : 0;
  if (failing) {
    process.stdout.write(
      `modelcard-lint: ${errors} error(s), ${warnings} warning(s); failing because fail-on is ${failOn}\n`,
    );
    process.exit(1);
  }
}

main();
