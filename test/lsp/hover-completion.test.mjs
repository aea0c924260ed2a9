// Protocol tests for hover and completion: the bundled server over stdio answers textDocument/hover with Markdown
// and an exact range, and textDocument/completion with items whose textEdit replaces the word being typed —
// including right after an incremental edit that leaves the YAML incomplete.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, fileUri } from './client.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mcl-hover-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const CARD = [
  '---',
  'license: apache-2.0',
  'openness:',
  '  weights: llama3',
  '  inference_code: mit',
  '---',
  '# Demo model',
  '',
  '## Training Data',
  '',
  'We trained on 2T tokens of web text from FineWeb.',
  '',
].join('\n');
const uri = fileUri(join(dir, 'README.md'));

/** Position of the `k`-th character of `needle` in `text`. */
function pos(text, needle, k = 0) {
  const i = text.indexOf(needle) + k;
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before.at(-1).length };
}

describe('hover and completion over stdio', () => {
  let client;
  before(async () => {
    client = new TestClient();
    await client.initialize({
      rootPath: dir,
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown'] },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    await client.open(uri, CARD);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
  });
  after(() => client.kill());

  it('hovers a component key with Markdown naming its grade, basis and source', async () => {
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: pos(CARD, 'weights', 2) });
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /\*\*`weights`\*\* — Model Architecture and Weights/);
    assert.match(h.contents.value, /\*\*Grade: D3 — moderately restrictive\*\*/);
    assert.match(h.contents.value, /LLaMA-3 licence \(graded C3\/D3\)/);
    assert.match(h.contents.value, /_Source: Eiras et al\. 2024/);
    assert.deepEqual(h.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } });
  });

  it('hovers a licence value and a disclosure heading', async () => {
    const lic = await client.request('textDocument/hover', { textDocument: { uri }, position: pos(CARD, 'llama3', 1) });
    assert.match(lic.contents.value, /\| Commercial use \(any purpose\) \| ✗ \|/);
    assert.deepEqual(lic.range, { start: { line: 3, character: 11 }, end: { line: 3, character: 17 } });
    const heading = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: pos(CARD, 'Training Data', 3),
    });
    assert.match(heading.contents.value, /transparency disclosure \(rule `undisclosed-training-data`\)/);
    assert.deepEqual(heading.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 16 } });
    const none = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: pos(CARD, 'web text', 1),
    });
    assert.equal(none, null);
  });

  it('completes over the typed prefix after incremental edits that leave the YAML invalid', async () => {
    // A bare `  wei` inside `openness:` is not valid YAML: completion must still see the mapping it belongs to.
    await client.change(uri, 2, [
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '  wei\n' },
    ]);
    const items = await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 5, character: 5 },
    });
    const labels = items.map((i) => i.label);
    assert.ok(
      !labels.includes('weights') && !labels.includes('inference_code'),
      `present components offered: ${labels}`,
    );
    assert.equal(labels.length, 10);
    const item = items.find((i) => i.label === 'pretraining_code');
    assert.equal(item.kind, 20, 'EnumMember');
    assert.deepEqual(item.textEdit, {
      range: { start: { line: 5, character: 2 }, end: { line: 5, character: 5 } },
      newText: 'pretraining_code: ',
    });

    // `license: ap` with nothing after it.
    await client.change(uri, 3, [
      { range: { start: { line: 1, character: 9 }, end: { line: 1, character: 19 } }, text: 'ap' },
    ]);
    const lic = await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 11 },
    });
    const apache = lic.find((i) => i.label === 'apache-2.0');
    assert.ok(apache, 'apache-2.0 offered');
    assert.equal(lic.length, 83);
    assert.equal(apache.kind, 21, 'Constant');
    assert.equal(apache.detail, 'Apache License 2.0');
    assert.equal(apache.documentation.kind, 'markdown');
    assert.match(apache.documentation.value, /D5 · restriction-free/);
    assert.equal(apache.insertTextFormat, 1);
    assert.deepEqual(apache.textEdit, {
      range: { start: { line: 1, character: 9 }, end: { line: 1, character: 11 } },
      newText: 'apache-2.0',
    });
  });

  it('offers top-level block snippets as snippet-format items', async () => {
    await client.change(uri, 4, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' },
    ]);
    const items = await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 0 },
    });
    const risk = items.find((i) => i.label === 'risk_assessment');
    assert.equal(risk.insertTextFormat, 2, 'Snippet');
    assert.equal(risk.kind, 15, 'Snippet kind');
    assert.match(risk.textEdit.newText, /^risk_assessment:\n {2}research_and_innovation:\n {4}status: \$\{1\|/);
    assert.deepEqual(risk.textEdit.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    assert.ok(
      !items.some((i) => i.label === 'openness' || i.label === 'license'),
      'keys already present are not offered',
    );
  });
});
