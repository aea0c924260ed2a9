// Hostile inputs (issue 5): alias bombs, very deep nesting, multi-megabyte files and lines, binary content, invalid
// UTF-8, NUL bytes and a 50,000-component manifest are each answered with a diagnostic, never a hang or a crash.
// Every case runs in a child process with a generous kill timeout and a heap cap, so a hang, a stack overflow or an
// out-of-memory crash fails that test instead of taking the test runner down. No time budget is asserted: that these
// shapes cost time in proportion to their size is checked by ratios in hostile-scaling.test.mjs, and speed is
// measured by `npm run bench`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ENGINE = new URL('../../dist/engine.mjs', import.meta.url).href;
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const STRICT = { profile: 'strict', rules: {} };

/**
 * Build a document in a child process (`build` is the body of a function returning the text), lint it, run fix-all
 * and the editor services on it, and return what came out. Fails on a timeout, a crash or a rule that threw.
 */
function isolated(build, { path, kind, fixAll = true, timeoutMs = 120_000 }) {
  const script = `
    import * as E from ${JSON.stringify(ENGINE)};
    const text = (() => { ${build} })();
    const path = ${JSON.stringify(path)};
    const options = { kind: ${JSON.stringify(kind)}, config: ${JSON.stringify(STRICT)} };
    const r = E.lint(text, path, options);
    const fixed = ${fixAll} ? E.fixAll(text, path, options) : null;
    for (const o of [0, 1, text.length >> 1, text.length]) { E.explainAt(r, o); E.completeAt(r.doc, o); }
    E.inlayHints(r);
    E.reportData(r, path);
    const findings = r.findings.flatMap((f) => [f, ...(f.members ?? [])]).slice(0, 300).map((f) => ({ ruleId: f.ruleId, message: f.message.slice(0, 400), span: f.span }));
    process.stdout.write(JSON.stringify({ length: text.length, findings, count: r.findings.length, ruleErrors: [...r.ruleErrors, ...(fixed?.result.ruleErrors ?? [])] }));
  `;
  const res = spawnSync(process.execPath, ['--max-old-space-size=1536', '--input-type=module', '-e', script], {
    timeout: timeoutMs,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.equal(res.signal, null, `child killed by ${res.signal} (hang or crash); stderr: ${res.stderr?.slice(-1500)}`);
  assert.equal(res.status, 0, `child exited ${res.status} (crash); stderr: ${res.stderr?.slice(-1500)}`);
  const out = JSON.parse(res.stdout);
  assert.deepEqual(out.ruleErrors, [], 'a rule threw');
  return out;
}

const has = (out, ruleId, re) => out.findings.some((f) => f.ruleId === ruleId && re.test(f.message));
const show = (out) => out.findings.map((f) => `${f.ruleId}: ${f.message.slice(0, 120)}`).join('\n');

const MANIFEST_HEAD = `'framework:\\n  name: Model Openness Framework\\n  version: "1.0"\\nrelease:\\n  name: x\\n  producer: y\\n'`;

describe('hostile inputs', () => {
  describe('flow collections', () => {
    it('a flow list of 1,000,000 items is not parsed, and said so', () => {
      const out = isolated(`return '---\\ntags: [' + Array(1e6).fill('x').join(',') + ']\\n---\\n# Model\\n';`, {
        path: 'README.md',
        kind: 'model-card',
        fixAll: false,
      });
      assert.ok(has(out, 'yaml-syntax', /flow collections hold more than 20,000 items/), show(out));
    });
  });

  describe('YAML alias bombs', () => {
    const bomb = (indent) => `
      const lines = ['a0: &a0 [' + Array(10).fill('"lol"').join(', ') + ']'];
      for (let i = 1; i <= 9; i++) lines.push('a' + i + ': &a' + i + ' [' + Array(10).fill('*a' + (i - 1)).join(', ') + ']');
      return lines.map((l) => ${JSON.stringify(indent)} + l).join('\\n');`;

    it('billion laughs in the front matter: reported, never expanded', () => {
      const out = isolated(
        `const b = (() => {${bomb('')}})(); return '---\\nlicense: mit\\n' + b + '\\n---\\n# Model\\n';`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(has(out, 'yaml-syntax', /alias bomb/), show(out));
    });

    it('billion laughs in a manifest', () => {
      const out = isolated(
        `const b = (() => {${bomb('  ')}})(); return ${MANIFEST_HEAD} + b + '\\n  components:\\n  - name: Model card\\n    license: *a9\\n';`,
        { path: 'model.yml', kind: 'release-manifest' },
      );
      assert.ok(has(out, 'yaml-syntax', /alias bomb/), show(out));
    });

    it('more than 100 aliases', () => {
      const out = isolated(
        `return '---\\nlicense: &l mit\\ntags: [' + Array(150).fill('*l').join(', ') + ']\\n---\\n# Model\\n';`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(has(out, 'yaml-syntax', /150 aliases/), show(out));
    });
  });

  describe('deep nesting', () => {
    it('flow collections 100,000 deep in the front matter', () => {
      const out = isolated(
        `return '---\\nlicense: ' + '['.repeat(100000) + ']'.repeat(100000) + '\\n---\\n# Model\\n';`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(has(out, 'yaml-syntax', /nested more than 256 levels/), show(out));
    });

    it('flow mappings 100,000 deep in a manifest', () => {
      const out = isolated(
        `return ${MANIFEST_HEAD} + '  components: ' + '{a: '.repeat(100000) + '1' + '}'.repeat(100000) + '\\n';`,
        { path: 'model.yml', kind: 'release-manifest' },
      );
      assert.ok(has(out, 'yaml-syntax', /nested more than 256 levels/), show(out));
    });

    it('block mappings 5,000 levels deep (one space per level)', () => {
      const out = isolated(
        `const l = ['---']; for (let i = 0; i < 5000; i++) l.push(' '.repeat(i) + 'k' + i + ':'); l.push('---', '# Model'); return l.join('\\n');`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(has(out, 'yaml-syntax', /nested more than 256 levels|indented more than 2048/), show(out));
    });

    it('block mappings 1,000 levels deep within the indentation limit', () => {
      // 2 spaces per level stays under 2,048 columns but is deep enough to overflow the YAML parser's recursion.
      const out = isolated(
        `const l = ['---']; for (let i = 0; i < 1000; i++) l.push(' '.repeat(2 * i) + 'k' + i + ':'); l.push('---', '# Model'); return l.join('\\n');`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(has(out, 'yaml-syntax', /nested more than 256 levels/), show(out));
      assert.ok(!out.findings.some((f) => /call stack/i.test(f.message)), show(out));
    });

    it('compact sequences `- - - …` 10,000 deep in a manifest', () => {
      const out = isolated(`return ${MANIFEST_HEAD} + '  components:\\n  ' + '- '.repeat(10000) + 'x\\n';`, {
        path: 'model.yml',
        kind: 'release-manifest',
      });
      assert.ok(has(out, 'yaml-syntax', /nested more than 256 levels/), show(out));
    });

    it('a line indented 3,000 spaces', () => {
      const out = isolated(`return '---\\nlicense: mit\\ntags:\\n' + ' '.repeat(3000) + '- x\\n---\\n# Model\\n';`, {
        path: 'README.md',
        kind: 'model-card',
      });
      assert.ok(has(out, 'yaml-syntax', /indented more than 2048 spaces/), show(out));
    });

    for (const [name, body] of [
      ['blockquotes `>>>…` 10,000 deep', `'>'.repeat(10000) + ' deep'`],
      ['blockquotes `> > …` 10,000 deep', `'> '.repeat(10000) + 'deep'`],
      ['lists `- - …` 10,000 deep', `'- '.repeat(10000) + 'deep'`],
      ['ordered lists `1. 1. …` 10,000 deep', `'1. '.repeat(10000) + 'deep'`],
      [
        '10,000 lines of quoted, nested lists',
        `Array.from({ length: 10000 }, (_, i) => '> '.repeat(i % 50) + '  '.repeat(i % 30) + '- item ' + i).join('\\n')`,
      ],
    ]) {
      it(`Markdown ${name}`, () => {
        const out = isolated(`return '# Model\\n\\n' + ${body} + '\\n\\n## Uses\\n\\nResearch.\\n';`, {
          path: 'README.md',
          kind: 'model-card',
        });
        assert.ok(out.count > 0 && has(out, 'undisclosed-training-data', /./), show(out));
      });
    }
  });

  describe('multi-megabyte files and lines', () => {
    it('a 5 MB card', () => {
      const out = isolated(
        `const sec = (i) => '## Uses ' + i + '\\n\\nThe model is for research 😀 模型.\\n\\n### Out-of-Scope Use\\n\\nNot for medical advice.\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |\\n\\n';
         let t = '---\\nlicense: mit\\n---\\n# Model Card\\n\\n'; for (let i = 0; t.length < 5e6; i++) t += sec(i); return t;`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(out.length >= 5e6 && has(out, 'undisclosed-training-data', /./), show(out));
      assert.ok(!out.findings.some((f) => f.ruleId === 'input-limit'), show(out));
    });

    it('a 5 MB line in the Markdown body', () => {
      const out = isolated(`return '---\\nlicense: mit\\n---\\n# Model\\n\\n' + 'word 😀 '.repeat(700000) + '\\n';`, {
        path: 'README.md',
        kind: 'model-card',
        fixAll: false,
      });
      assert.ok(has(out, 'undisclosed-training-data', /./), show(out));
    });

    it('a 5 MB front-matter value', () => {
      const out = isolated(`return '---\\nlicense: ' + 'a'.repeat(5e6) + '\\n---\\n# Model\\n';`, {
        path: 'README.md',
        kind: 'model-card',
      });
      assert.ok(has(out, 'invalid-license-id', /./), show(out));
    });

    it('a 5 MB value in a manifest', () => {
      const out = isolated(
        `return ${MANIFEST_HEAD}.replace('name: x', 'name: ' + 'x'.repeat(5e6)) + '  components:\\n  - name: Model card\\n    license: MIT\\n';`,
        { path: 'model.yml', kind: 'release-manifest', fixAll: false },
      );
      assert.ok(out.count > 0, show(out));
    });

    it('5 MB without a single line break', () => {
      const out = isolated(`return 'x'.repeat(5e6);`, {
        path: 'README.md',
        kind: 'model-card',
        fixAll: false,
      });
      assert.ok(has(out, 'undisclosed-training-data', /./), show(out));
      for (const f of out.findings) assert.ok(f.span.end <= 5e6);
    });

    it('over 16 M characters: not linted, said so', () => {
      const out = isolated(`return '# Model\\n' + 'x'.repeat(17 * 1024 * 1024);`, {
        path: 'README.md',
        kind: 'model-card',
      });
      assert.ok(has(out, 'input-limit', /over the 16 M limit/), show(out));
      assert.equal(out.count, 1);
    });

    it('a manifest with 50,000 components', () => {
      const out = isolated(
        `const l = [${MANIFEST_HEAD}, '  components:']; for (let i = 0; i < 50000; i++) l.push('  - name: ' + (i % 2 ? 'Model card' : 'Training code'), '    license: ' + (i % 3 ? 'MIT' : 'Apache-2.0')); return l.join('\\n') + '\\n';`,
        { path: 'model.yml', kind: 'release-manifest', fixAll: false },
      );
      assert.ok(has(out, 'input-limit', /lists 50000 components; only the first 1000/), show(out));
    });
  });

  describe('binary content and NUL bytes', () => {
    it('binary bytes (with NUL)', () => {
      const out = isolated(
        `let s = ''; for (let i = 0; i < 100000; i++) s += String.fromCharCode((i * 7919) % 256); return s;`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(has(out, 'input-limit', /binary content/), show(out));
    });

    it('a NUL in the front matter', () => {
      const out = isolated(`return '---\\nlicense: mit\\u0000\\n---\\n# Model\\n';`, {
        path: 'README.md',
        kind: 'model-card',
      });
      assert.ok(has(out, 'input-limit', /NUL/), show(out));
    });

    it('NUL bytes after the first 64 KiB are linted as text', () => {
      const out = isolated(
        `return '# Model\\n\\n' + 'text\\n'.repeat(20000) + '\\u0000\\u0000 x\\n## Uses\\n\\nResearch \\u0000.\\n';`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(has(out, 'undisclosed-training-data', /./), show(out));
    });

    it('control characters, line separators, stray BOMs and unpaired surrogates', () => {
      const out = isolated(
        `const weird = '\\u0001\\u0007\\u001b[31m\\u007f\\u2028\\u2029\\ufeff\\ud800\\udfff\\u200e\\u202e\\ufffd';
         return '\\ufeff---\\nlicense: ' + weird + '\\nopenness:\\n  weights: ' + weird + '\\n---\\n# ' + weird + '\\n\\n## Uses ' + weird + '\\n\\n' + weird.repeat(1000) + '\\n';`,
        { path: 'README.md', kind: 'model-card' },
      );
      assert.ok(out.count > 0, show(out));
    });
  });

  describe('through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcl-hostile-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const cli = (args, timeout = 60_000) => {
      const res = spawnSync(process.execPath, ['--max-old-space-size=1536', CLI, '--format', 'json', ...args], {
        encoding: 'utf8',
        timeout,
        maxBuffer: 64 << 20,
      });
      assert.equal(res.signal, null, `CLI killed by ${res.signal}; stderr: ${res.stderr?.slice(-1500)}`);
      return { ...res, json: res.stdout ? JSON.parse(res.stdout) : null };
    };
    const rules = (res) => res.json.results.flatMap((r) => r.diagnostics.map((d) => `${d.rule}: ${d.message}`));

    it('invalid UTF-8 is linted with an input-limit error', () => {
      const file = join(dir, 'invalid-utf8.md');
      writeFileSync(
        file,
        Buffer.concat([
          Buffer.from('---\nlicense: mit\n---\n# Model \xff\xfe '),
          Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0x28]),
          Buffer.from('\n\n## Uses\n'),
        ]),
      );
      const res = cli([file]);
      assert.equal(res.status, 1, res.stderr);
      assert.ok(
        rules(res).some((r) => /^input-limit: The file is not valid UTF-8/.test(r)),
        rules(res).join('\n'),
      );
    });

    it('a binary file is answered with input-limit, exit 1', () => {
      const file = join(dir, 'binary.md');
      writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
      const res = cli([file]);
      assert.equal(res.status, 1, res.stderr);
      assert.ok(
        rules(res).some((r) => /^input-limit: .*binary/.test(r)),
        rules(res).join('\n'),
      );
    });

    it('an alias-bomb manifest, a 3 MB card and a deep card in one run', () => {
      const bomb = [
        'framework:',
        '  name: Model Openness Framework',
        '  version: "1.0"',
        'release:',
        '  name: x',
        '  producer: y',
        '  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ];
      for (let i = 1; i <= 9; i++)
        bomb.push(
          `  a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
        );
      writeFileSync(join(dir, 'model.yml'), bomb.join('\n') + '\n');
      writeFileSync(join(dir, 'big.md'), '# Model\n\n' + '## Uses\n\nResearch only.\n\n'.repeat(100_000));
      writeFileSync(join(dir, 'deep.md'), '---\nlicense: ' + '['.repeat(50_000) + '\n---\n# Model\n');
      const res = cli([join(dir, 'model.yml'), join(dir, 'big.md'), join(dir, 'deep.md')], 120_000);
      assert.equal(res.status, 1, res.stderr);
      const all = rules(res);
      assert.ok(
        all.some((r) => /^yaml-syntax: .*alias bomb/.test(r)),
        all.join('\n'),
      );
      assert.ok(
        all.some((r) => /^yaml-syntax: .*nested more than 256/.test(r)),
        all.join('\n'),
      );
      assert.equal(res.json.results.length, 3);
    });
  });
});
