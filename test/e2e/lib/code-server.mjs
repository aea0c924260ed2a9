// Starts and stops one code-server per run: fresh user-data/extensions dirs, a free port, its own process group.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_BIN } from './paths.mjs';

/** Workbench settings that keep the welcome page, trust prompt, update checks and tips out of the way. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
};

/** An environment whose XDG dirs point into `dir`, so code-server writes nothing into the user's home. MCL_USER_DATA
 * tells the extension-host suite where the logs are (test/vscode/helpers.js reads the output channels there). */
export function isolatedEnv(dir) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    MCL_USER_DATA: join(dir, 'user-data'),
  };
}

export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A fresh run directory: user data (with settings), extensions dir, config file, logs. */
export function newRun(prefix, settings = {}) {
  const dir = mkdtempSync(join(tmpdir(), `mcl-${prefix}-`));
  const run = {
    dir,
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    config: join(dir, 'config.yaml'),
    logs: join(dir, 'logs'),
  };
  for (const d of [join(run.userData, 'User'), run.extensions, run.logs]) mkdirSync(d, { recursive: true });
  writeFileSync(
    join(run.userData, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2),
  );
  writeFileSync(run.config, 'auth: none\ncert: false\n');
  run.remove = () => rmSync(dir, { recursive: true, force: true });
  return run;
}

/** `code-server --install-extension x.vsix` into the run's own dirs (works without a running server). */
export function installVsix(run, vsix) {
  const r = spawnSync(
    CODE_SERVER_BIN,
    [
      '--user-data-dir',
      run.userData,
      '--extensions-dir',
      run.extensions,
      '--config',
      run.config,
      '--install-extension',
      vsix,
    ],
    {
      encoding: 'utf8',
      env: isolatedEnv(run.dir),
      timeout: 120_000,
    },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/.test(out))
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${out}`);
  return out.trim();
}

/**
 * Starts code-server on `host:port` (a free port by default) for `folder`, in a new process group.
 * Resolves once it logs "HTTP server listening"; rejects if it exits first or `timeoutMs` passes.
 */
export async function startCodeServer(run, folder, { host = '127.0.0.1', port, timeoutMs = 60_000 } = {}) {
  port ??= await freePort(host);
  const args = [
    '--bind-addr',
    `${host}:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    run.userData,
    '--extensions-dir',
    run.extensions,
    '--config',
    run.config,
    folder,
  ];
  const child = spawn(CODE_SERVER_BIN, args, {
    detached: true,
    env: isolatedEnv(run.dir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logFile = join(run.logs, 'code-server.log');
  const logStream = createWriteStream(logFile);
  let exited = false;
  const exit = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    }),
  );

  // On process exit nothing can be awaited: signal the whole group synchronously ('exit' passes a code, not a signal).
  const onProcessExit = () => killGroup('SIGTERM');
  const stop = async () => {
    process.removeListener('exit', onProcessExit);
    if (!exited) {
      killGroup('SIGTERM');
      const guard = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exit;
      clearTimeout(guard);
    }
    // Children (extension hosts, language servers) may outlive the main process for a moment: end the group.
    killGroup('SIGKILL');
    logStream.end();
  };
  function killGroup(signal = 'SIGTERM') {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* group already gone */
    }
  }
  process.once('exit', onProcessExit);

  await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error(`code-server did not start within ${timeoutMs} ms; see ${logFile}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      if (!logStream.writableEnded) logStream.write(chunk);
      buffered = (buffered + chunk).slice(-4000);
      if (/HTTP server listening on/.test(buffered)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exit.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (code ${code}, signal ${signal}) before listening; see ${logFile}`));
    });
  }).catch(async (e) => {
    await stop();
    throw e;
  });
  return { url: `http://${host}:${port}`, port, pid: child.pid, logFile, exit, stop };
}

/** For test runners: Ctrl-C or a timeout's SIGTERM exits through process 'exit', which stops every code-server group. */
export function exitOnSignals() {
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}

/** Error lines the extension host logged about our extension (activation failures and the like), for failure reports. */
export function extensionHostErrors(run, max = 12) {
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'remoteexthost.log' || e.name.endsWith('Model Card Lint.log')) {
        const lines = readFileSync(p, 'utf8').split('\n');
        lines.forEach((l, i) => {
          if (
            /\[error\]|\[Error/i.test(l) &&
            /modelcard|Model Card Lint|Server initialization/i.test(l + (lines[i + 1] ?? ''))
          )
            found.push(`${l.trim()} ${(lines[i + 1] ?? '').trim()}`);
        });
      }
    }
  };
  try {
    walk(join(run.userData, 'logs'));
  } catch {
    /* no logs yet */
  }
  return [...new Set(found)].slice(0, max);
}
