// The lint session (server/src/node/session.ts), bundled from source as the server bundles it: what it hands the
// engine stays the same object while nothing it was made from changed — the resolved config from one keystroke to the
// next (what the engine keeps per config is then reused), and a new one once a config file or the settings change;
// a lint marked `once` (a file Lint Workspace read, a committed version) leaves the session's engine cache alone.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CARD = '---\nlicense: mit\n---\n# Demo\n\nA demo model.\n';

let LintSession;
let dir;
before(async () => {
  const out = await build({
    entryPoints: [join(ROOT, 'server/src/node/session.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'silent',
  });
  dir = mkdtempSync(join(tmpdir(), 'mcl-session-'));
  writeFileSync(join(dir, 'session.cjs'), out.outputFiles[0].text);
  ({ LintSession } = createRequire(import.meta.url)(join(dir, 'session.cjs')));
  writeFileSync(join(dir, '.modelcard-lint.json'), '{"rules":{"undisclosed-architecture":"off"}}');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('lint session: config identity', () => {
  const card = () => join(dir, 'MODEL_CARD.md');
  const lintVersion = (session, version, settings) =>
    session.lintText({ path: card(), text: `${CARD}${'x'.repeat(version)}\n`, version, settings });

  it('passes the engine the same config object for every version while nothing changed', () => {
    const session = new LintSession(undefined, () => [dir]);
    const settings = { profile: 'recommended' };
    const first = lintVersion(session, 1, settings);
    const second = lintVersion(session, 2, settings);
    assert.equal(first.status, 'linted');
    assert.equal(second.config.rules['undisclosed-architecture'], 'off');
    assert.equal(second.config, first.config);
    assert.equal(second.result.analysis.config, first.result.analysis.config);
    // The CLI passes no settings: its lints of one path share a config too.
    const a = session.lintText({ path: card(), text: CARD });
    const b = session.lintText({ path: card(), text: `${CARD}\n` });
    assert.equal(a.config, b.config);
  });

  it('makes a new config when a config file or the settings change', () => {
    const session = new LintSession(undefined, () => [dir]);
    const settings = { profile: 'recommended' };
    const first = lintVersion(session, 1, settings);
    const otherSettings = lintVersion(session, 2, { profile: 'strict' });
    assert.notEqual(otherSettings.config, first.config);
    assert.equal(otherSettings.config.profile, 'strict');
    writeFileSync(join(dir, '.modelcard-lint.json'), '{"rules":{"undisclosed-architecture":"error"}}');
    session.forgetConfigs();
    const changed = lintVersion(session, 3, settings);
    assert.notEqual(changed.config, first.config);
    assert.equal(changed.config.rules['undisclosed-architecture'], 'error');
    writeFileSync(join(dir, '.modelcard-lint.json'), '{"rules":{"undisclosed-architecture":"off"}}');
  });
});

describe('lint session: a lint marked once keeps nothing', () => {
  const sections = (n, word) =>
    Array.from({ length: n }, (_, i) => `## Section ${i}\n\n${word} paragraph number ${i}.\n`).join('\n');
  const v1 = `${CARD}\n${sections(2000, 'First')}`;
  const committed = `${CARD}\n${sections(2000, 'Committed')}`;

  /** Characters markdown-it parsed for the edit v1 → v2 when `between` was linted under the same path in between.
   * (The session's EngineCache is private to TypeScript; the test reads its counters.) */
  function parsedForEdit(once) {
    const session = new LintSession(undefined, () => [dir]);
    const path = join(dir, 'README.md');
    session.lintText({ path, text: v1, version: 1 });
    session.lintText({ path, text: committed, once });
    const md = session.cache.markdown;
    const before = md.parsedChars;
    session.lintText({ path, text: `${v1}x\n`, version: 2 });
    return md.parsedChars - before;
  }

  it("a committed version linted once does not replace the open document's incremental parse", () => {
    const kept = parsedForEdit(true);
    const replaced = parsedForEdit(false);
    // With its last version kept, the edit re-parses the chunk it touched (the last of several); after the committed
    // version replaced it, every section differs and the whole body is parsed again.
    assert.ok(kept * 3 < v1.length, `${kept} of ${v1.length}`);
    assert.ok(replaced > v1.length * 0.9, `${replaced} of ${v1.length}`);
  });
});
