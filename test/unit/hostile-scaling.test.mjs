// Every input shape that once made the engine super-linear (bench/hostile-shapes.mjs: classify on runs of newlines,
// `![` and `<!--` runs in a heading, many `<h2>` in one HTML block, thousands of directives, 40,000 keys plus an anchor,
// long YAML lists, a card of `- x` lines …) is linted at n and 4n and its counted work must grow like its size: what
// classification and parsing read and built (EngineCache.work: characters classify read, put in the line index, read
// by the chunk-boundary scan, handed to markdown-it and the tokens it made, read for titles, labels and comments,
// scanned and handed to the yaml package and the nodes built; parse/work.ts), the body analysis's characters scanned
// (EngineCache.body) and the findings made. Each shape names the counters of the layer it stresses, which must have
// counted something. The counters see what the engine hands to markdown-it and the yaml package, not the packages'
// own loops. No clock is read here: the time at the two sizes is a bench part (`npm run bench`,
// bench/hostile-scaling.mjs), where a ratio near 4 is the goal.
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
      return {
        ...cache.work,
        scanned: cache.body.scannedChars,
        findings: r.findings.length,
        errors: r.ruleErrors.length,
      };
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
  for (const [name, path, build, n, stressed] of SHAPES) {
    it(name, () => {
      const [small, large] = work(build, path, n);
      assert.equal(small.errors + large.errors, 0, 'no rule failed');
      for (const counter of stressed) assert.ok(small[counter] > 0, `${name}: ${counter} counted nothing`);
      // Four times the input: about four times the work of each kind and the findings, never the 16 of a rescan per
      // line or per match (small constants for what does not grow with n).
      for (const counter of Object.keys(small).filter((k) => k !== 'errors')) {
        const slack = counter === 'findings' ? 16 : 4096;
        assert.ok(
          large[counter] <= 4.5 * small[counter] + slack,
          `${name}: ${counter} ${small[counter]} at n=${n}, ${large[counter]} at 4n`,
        );
      }
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
