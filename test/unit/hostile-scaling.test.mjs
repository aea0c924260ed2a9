// Every input shape that once made the engine super-linear (bench/hostile-shapes.mjs: classify on runs of newlines,
// `![` and `<!--` runs in a heading, many `<h2>` in one HTML block, thousands of directives, 40,000 keys plus an anchor,
// long YAML lists, a card of `- x` lines …) is linted at n and 4n and its counted work must grow like its size: the
// body analysis's characters scanned (EngineCache.body) and the findings made. No clock is read here: the time at the
// two sizes is a bench part (`npm run bench`, bench/hostile-scaling.mjs), where a ratio near 4 is the goal.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { SHAPES } from '../../bench/hostile-shapes.mjs';

const ENGINE = new URL('../../dist/engine.mjs', import.meta.url).href;

/** Counted work of one lint of the shape at n and at 4n, each with a fresh cache, in a child process. */
function work(build, path, n) {
  const script = `
    import * as E from ${JSON.stringify(ENGINE)};
    const make = (n, salt) => { ${build} };
    const count = (size, salt) => {
      const cache = new E.EngineCache();
      const r = E.lint(make(size, salt), ${JSON.stringify(path)}, { cache, config: { profile: 'strict', rules: {} } });
      return { scanned: cache.body.scannedChars, findings: r.findings.length, errors: r.ruleErrors.length };
    };
    process.stdout.write(JSON.stringify([count(${n}, 1), count(${n * 4}, 2)]));
  `;
  const r = spawnSync(process.execPath, ['--max-old-space-size=2048', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('hostile shapes cost work in proportion to their size', () => {
  for (const [name, path, build, n] of SHAPES) {
    it(name, () => {
      const [small, large] = work(build, path, n);
      assert.equal(small.errors + large.errors, 0, 'no rule failed');
      // Four times the input: about four times the characters scanned and the findings, never the 16 of a rescan per
      // line or per match (small constants for what does not grow with n).
      assert.ok(
        large.scanned <= 4.5 * small.scanned + 4096,
        `${name}: ${small.scanned} characters scanned at n=${n}, ${large.scanned} at 4n`,
      );
      assert.ok(
        large.findings <= 4.5 * small.findings + 16,
        `${name}: ${small.findings} findings at n=${n}, ${large.findings} at 4n`,
      );
    });
  }

  it('150,000 openness entries and 150,000 findings overflow no stack', () => {
    const script = `
      import * as E from ${JSON.stringify(ENGINE)};
      const text = '---\\nopenness:\\n' + Array.from({ length: 150000 }, (_, i) => '  c' + i + ': mit').join('\\n') + '\\n---\\n# M\\n';
      const r = E.lint(text, 'MODEL_CARD.md', { config: { profile: 'strict', rules: {} } });
      process.stdout.write(JSON.stringify({ findings: r.findings.length, errors: r.ruleErrors }));
    `;
    const r = spawnSync(process.execPath, ['--max-old-space-size=2048', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.errors, []);
    assert.ok(out.findings >= 150_000, `${out.findings} findings`);
  });
});
