// Output that cannot deceive (issue 8): card values reach a terminal with control characters escaped, and the Markdown
// the product writes (hovers, the report export) shows card text literally — no remote image, no HTML, no broken
// table. Directives count only where they are real comments, and the input and syntax findings cannot be silenced.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { explainAt, lint, reportData, reportMarkdown } from './engine.mjs';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'mcl-output-'));
after(() => rmSync(work, { recursive: true, force: true }));
const STRICT = { profile: 'strict', rules: {} };
// A `missing-disclosures` summary stands for the findings it lists.
const ids = (text, path = 'MODEL_CARD.md') =>
  lint(text, path, { config: STRICT })
    .findings.flatMap((f) => [f, ...(f.members ?? [])])
    .map((f) => f.ruleId);

describe('terminal output', () => {
  it('escapes ESC, OSC 52 and bidi controls from card values in stylish output', () => {
    const file = join(work, 'MODEL_CARD.md');
    writeFileSync(
      file,
      '---\nlicense: "\\e[2J\\e[H\\e[32mAll good\\e[8m \\e]52;c;cm0gLXJmIH4=\\a \\u202Egnp.exe"\n---\n# Model card\n',
    );
    const r = spawnSync(process.execPath, [cli, '--color', file], { encoding: 'utf8' });
    const ESC_OUTSIDE_OUR_COLOURS = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    assert.ok(
      !/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/.test(ESC_OUTSIDE_OUR_COLOURS),
      JSON.stringify(r.stdout.slice(0, 400)),
    );
    assert.match(r.stdout, /\\x1b\[2J/);
    assert.match(r.stdout, /\\u202e/);
  });
});

describe('Markdown the product writes', () => {
  const HOSTILE = '![t](https://evil.example/pixel.png) <img src=x onerror=alert(1)> a|b';
  const card = `---\nlicense: other\nlicense_name: "${HOSTILE}"\nopenness:\n  weights: "${HOSTILE}"\n---\n# Model card\n`;

  it('the report export shows a hostile licence as text', () => {
    const md = reportMarkdown(reportData(lint(card, 'MODEL_CARD.md', { kind: 'model-card' }), 'MODEL_CARD.md'));
    const row = md.split('\n').find((l) => l.startsWith('| weights'));
    assert.ok(row, md);
    assert.doesNotMatch(row, /(?<!\\)!\[|(?<!\\)<img/);
    assert.equal(row.split(/(?<!\\)\|/).length, 8, `the table row was split: ${row}`);
  });

  it('a hover on a hostile value shows it as text', () => {
    const r = lint(card, 'MODEL_CARD.md', { kind: 'model-card' });
    const at = card.indexOf('![t]', card.indexOf('weights'));
    const e = explainAt(r, at + 2);
    assert.ok(e, 'no hover');
    // Outside code spans (which render literally) no image or tag may remain.
    const outsideCode = e.markdown.replace(/(`+)[\s\S]*?\1/g, '');
    assert.doesNotMatch(outsideCode, /(?<!\\)!\[|(?<!\\)<img/, e.markdown);
  });
});

describe('directives only in real comments', () => {
  const BASE = '---\nlicense: mit\n---\n# Model card\n\n';
  const silencesAll = (body) => {
    const before = ids(BASE + 'Text.\n');
    const after = ids(BASE + body + '\n\nText.\n');
    return before.filter((id) => id.startsWith('undisclosed-')).every((id) => !after.includes(id));
  };

  it('a real block comment silences', () => {
    assert.equal(silencesAll('<!-- modelcard-lint-disable-file -->'), true);
  });

  for (const [name, body] of [
    ['an inline code span', 'Use `<!-- modelcard-lint-disable-file -->` to silence.'],
    ['an HTML attribute', '<img alt="<!-- modelcard-lint-disable-file -->" src="x.png">'],
    ['a link destination', '[docs](<!-- modelcard-lint-disable-file -->)'],
    ['a fenced code block', '```\n<!-- modelcard-lint-disable-file -->\n```'],
  ]) {
    it(`a directive inside ${name} silences nothing`, () => assert.equal(silencesAll(body), false));
  }

  it('a YAML directive inside a block scalar or a quoted string silences nothing', () => {
    const base = '---\nlicense: mit\n';
    const close = '---\n# Model card\n\nText.\n';
    const count = (fm) => ids(base + fm + close).filter((id) => id.startsWith('undisclosed-')).length;
    const none = count('');
    assert.ok(none > 3);
    assert.equal(count('# modelcard-lint-disable-file\n'), 0, 'a real YAML comment silences');
    assert.equal(count('description: |\n  # modelcard-lint-disable-file\n'), none);
    assert.equal(count('description: "text # modelcard-lint-disable-file"\n'), none);
  });

  it('input-limit and yaml-syntax cannot be silenced', () => {
    const broken = '---\nlicense: [mit\n---\n<!-- modelcard-lint-disable-file -->\n# Model card\n';
    assert.ok(ids(broken).includes('yaml-syntax'), ids(broken).join());
    const binary = '<!-- modelcard-lint-disable-file -->\n# Model card\n\u0000\u0000';
    assert.ok(ids(binary).includes('input-limit'));
  });
});

describe('github annotations', () => {
  it('--format github escapes control and bidi characters from card text as well as % CR LF', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'mcl-gh-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'README.md');
    writeFileSync(file, '---\nlicense: "mit\u001b[31mRED\u001b]52;c;AAAA\u0007\u202e"\n---\n# x\n');
    const r = spawnSync(process.execPath, [cli, '--format', 'github', file], { encoding: 'utf8' });
    assert.ok(r.stdout.includes('::'), r.stderr);
    assert.doesNotMatch(r.stdout, /[\u001b\u0007\u202e]/);
    assert.match(r.stdout, /\\x1b\[31mRED/);
  });
});
