// CLI manners (issue 12): a reader that closes the pipe early (`modelcard-lint . | head -2`) ends the run quietly, with
// no EPIPE stack trace; colour follows FORCE_COLOR (which wins), NO_COLOR and TERM=dumb, and is on only for a terminal.
// The terminal cases run the CLI under a pseudo-terminal (Python's pty module, from the system Python).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildDist, CLI, ROOT } from './cli-paths.mjs';

const EXAMPLES = join(ROOT, 'examples');
const ESC = '\u001b[';
const hasPty = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;
const baseEnv = () => {
  const env = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'TERM']) delete env[k];
  return env;
};

/** The CLI's output over a pipe with `env` on top of a colour-neutral environment. */
function piped(env) {
  return spawnSync(process.execPath, [CLI, EXAMPLES], { encoding: 'utf8', env: { ...baseEnv(), ...env } });
}

/** The CLI's output when its stdout is a terminal. */
function onTerminal(env) {
  const script = 'import pty, sys; pty.spawn(sys.argv[1:])';
  return spawnSync('python3', ['-c', script, process.execPath, CLI, EXAMPLES], {
    encoding: 'utf8',
    env: { ...baseEnv(), ...env },
  });
}

before(() => buildDist());

describe('CLI: a closed pipe', () => {
  it('ends quietly when the reader has gone before the first line', async () => {
    const child = spawn(process.execPath, [CLI, EXAMPLES], { env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    // The reading end closes at once, as `head` does after its lines: every write of the CLI meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const [code, signal] = await new Promise((resolve) => child.on('close', (c, s) => resolve([c, s])));
    assert.equal(signal, null);
    assert.equal(stderr, '');
    assert.ok(code === 0 || code === 1, `exit ${code}`);
  });

  it('`| head -2` prints two lines and no error', { skip: spawnSync('sh', ['-c', 'true']).status !== 0 }, () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" "${EXAMPLES}" | head -2`], {
      encoding: 'utf8',
      env: baseEnv(),
    });
    assert.equal(r.stdout.split('\n').length, 3, r.stdout);
    assert.equal(r.stderr, '');
  });
});

describe('CLI: colour', () => {
  it('over a pipe: none, unless FORCE_COLOR asks for it (and FORCE_COLOR=0 does not)', () => {
    assert.ok(!piped({}).stdout.includes(ESC));
    assert.ok(piped({ FORCE_COLOR: '1' }).stdout.includes(ESC));
    assert.ok(piped({ FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' }).stdout.includes(ESC));
    assert.ok(!piped({ FORCE_COLOR: '0' }).stdout.includes(ESC));
    assert.ok(!piped({ FORCE_COLOR: 'false' }).stdout.includes(ESC));
  });

  it('on a terminal: colour, except with TERM=dumb or NO_COLOR', { skip: hasPty ? false : 'no python3 pty' }, () => {
    assert.ok(onTerminal({ TERM: 'xterm' }).stdout.includes(ESC));
    assert.ok(!onTerminal({ TERM: 'dumb' }).stdout.includes(ESC));
    assert.ok(!onTerminal({ TERM: 'xterm', NO_COLOR: '1' }).stdout.includes(ESC));
    assert.ok(onTerminal({ TERM: 'dumb', FORCE_COLOR: '1' }).stdout.includes(ESC));
  });
});
