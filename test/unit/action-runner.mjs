// Runs the GitHub Action's entry point as a runner would, for test/unit/action*.test.mjs: the release layout of the
// action, the GITHUB_* and INPUT_* environment, and the step summary and outputs files read back.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

/** The release layout of the action in a new directory under `tmp`: what `uses: owner/repo@tag` checks out, without
 * node_modules (and without the bundle when `withDist` is false). */
export function unpackAction(tmp, withDist = true) {
  const dir = mkdtempSync(join(tmp, 'action-'));
  cpSync(join(ROOT, 'action.yml'), join(dir, 'action.yml'));
  cpSync(join(ROOT, 'action'), join(dir, 'action'), { recursive: true });
  if (withDist) {
    mkdirSync(join(dir, 'dist'));
    cpSync(join(ROOT, 'dist/cli.js'), join(dir, 'dist/cli.js'));
  }
  return dir;
}

/** Runs the entry point as the runner does: node20 `main`, cwd the workspace, INPUT_<NAME> for every declared input
 * (its `with:` value or its default; names upper-cased, hyphens kept). Summary and outputs files live under `tmp`. */
export function runAction(actionDir, ws, inputs, tmp) {
  const run = mkdtempSync(join(tmp, 'run-'));
  const summary = join(run, 'summary.md');
  const output = join(run, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_REPOSITORY: 'example/models',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_EVENT_NAME: 'pull_request',
    // The user's git configuration must not change what `git show` answers.
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    RUNNER_TEMP: tmp,
  };
  for (const [name, spec] of Object.entries(ACTION.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(inputs[name] ?? spec.default ?? '');
  const r = spawnSync(process.execPath, [join(actionDir, ACTION.runs.main)], { cwd: ws, env, encoding: 'utf8' });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: readFileSync(summary, 'utf8'),
    outputs: parseOutputs(readFileSync(output, 'utf8')),
  };
}

/** GITHUB_OUTPUT as the runner reads it: `name<<DELIM` … `DELIM` blocks and plain `name=value` lines. */
export function parseOutputs(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) out[lines[i].split('=')[0]] = lines[i].slice(lines[i].indexOf('=') + 1);
  }
  return out;
}
