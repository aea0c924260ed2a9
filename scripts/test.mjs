// `npm test`: build, then run every test layer that this machine can run, and print one summary.
// Layers: unit + corpus + protocol (node --test). Later layers are added by their own scripts.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

if (run('node', ['scripts/build.mjs']) !== 0) process.exit(1);

const files = [];
for (const dir of ['test/unit', 'test/lsp']) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.test.mjs')) files.push(`${dir}/${f}`);
}
const code = run('node', ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files]);
process.exit(code);
