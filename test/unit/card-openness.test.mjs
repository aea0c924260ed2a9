// Manifest → card (issue 13, docs/export.md, docs/mof-mapping.md): the `openness:` block written into a card from its
// MOF manifest, as plain-data edits for the one applier — added, updated entry by entry, a flow block rewritten,
// refused where the front matter cannot be edited; the card-manifest-mismatch suggestions; `export --card-openness
// --into`; and the round trip card → manifest → card on every corpus card.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  EIRAS_TO_MOF,
  applyEdits,
  cardOpennessUpdate,
  cardToManifest,
  lint,
  manifestYaml,
  normalizeLicense,
  parseDocument,
} from './engine.mjs';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const CARDS = fileURLToPath(new URL('../../../shared/corpus/cards', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/rules/card-manifest-mismatch/', import.meta.url));

const MANIFEST = `framework:
  name: Model Openness Framework
  version: '1.0'
  date: '2024-12-15'
release:
  name: Demo
  producer: Org
  license:
    distribution:
      name: Apache-2.0
  components:
  - name: Model parameters (Final)
    license: Llama 3.1 Community License Agreement
  - name: Inference code
    license: MIT
    component_path: https://github.com/org/demo
  - name: Datasets
    license: ODC-By-1.0
  - name: Model card
`;
const manifest = () => parseDocument('/t/model.yml', MANIFEST, { kind: 'release-manifest' });
const card = (text) => parseDocument('/t/README.md', text, { kind: 'model-card' });
const update = (text) => {
  const u = cardOpennessUpdate(card(text), manifest());
  return 'refused' in u ? u : { ...u, text: applyEdits(card(text).text, u.edits) };
};

describe('cardOpennessUpdate', () => {
  it('a card without a block gets all twelve components: the manifest’s six, the rest inferred or unknown', () => {
    const u = update('---\nlicense: apache-2.0\n---\n# Demo\n');
    assert.equal(
      u.text,
      [
        '---',
        'license: apache-2.0',
        'openness:',
        '  pretraining_code: closed',
        '  finetuning_code: unknown',
        '  alignment_code: unknown',
        '  pretraining_data: odc-by',
        '  sft_data: unknown',
        '  alignment_data: unknown',
        '  evaluation_code: closed',
        '  safety_evaluation_code: unknown',
        '  evaluation_data: closed',
        '  safety_evaluation_data: unknown',
        '  inference_code: {status: released, license: mit, url: https://github.com/org/demo}',
        '  weights: llama3.1',
        '---',
        '# Demo',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      u.dropped.map((d) => d.what),
      ['Model card'],
    );
    // Applying it again changes nothing.
    assert.deepEqual(cardOpennessUpdate(card(u.text), manifest()).edits, []);
  });

  it('a block mapping is updated entry by entry: differing ones rewritten, missing ones appended, others kept', () => {
    const text = [
      '---',
      'license: apache-2.0',
      'openness:',
      '  # what we release',
      '  weights: {status: released, license: apache-2.0, url: https://hf.co/org/demo}',
      '  inference_code: mit',
      '  finetuning_code: {status: released, license: mit, permissions: {research: true}}',
      '  pretraining_data: closed',
      'stage: mid-term',
      '---',
      '# Demo',
      '',
    ].join('\n');
    const u = update(text);
    assert.equal(
      u.text,
      [
        '---',
        'license: apache-2.0',
        'openness:',
        '  # what we release',
        '  weights: {status: released, license: llama3.1, url: https://hf.co/org/demo}',
        '  inference_code: {status: released, license: mit, url: https://github.com/org/demo}',
        '  finetuning_code: {status: released, license: mit, permissions: {research: true}}',
        '  pretraining_data: odc-by',
        '  pretraining_code: closed',
        '  evaluation_code: closed',
        '  evaluation_data: closed',
        'stage: mid-term',
        '---',
        '# Demo',
        '',
      ].join('\n'),
    );
    assert.deepEqual(u.kept, ['finetuning_code']);
    assert.deepEqual(
      u.changes.map((c) => `${c.id}: ${c.before} → ${c.after}`),
      [
        'weights: {status: released, license: apache-2.0, url: https://hf.co/org/demo} → {status: released, license: llama3.1, url: https://hf.co/org/demo}',
        'inference_code: mit → {status: released, license: mit, url: https://github.com/org/demo}',
        'pretraining_code: null → closed',
        'pretraining_data: closed → odc-by',
        'evaluation_code: null → closed',
        'evaluation_data: null → closed',
      ],
    );
    assert.deepEqual(cardOpennessUpdate(card(u.text), manifest()).edits, []);
  });

  it('CRLF cards keep CRLF; a one-line flow block is rewritten as a block with its other entries', () => {
    const u = update('---\r\nopenness: {sft_data: closed, weights: mit}\r\nlicense: mit\r\n---\r\n# Demo\r\n');
    assert.match(u.text, /^---\r\nopenness:\r\n {2}pretraining_code: closed\r\n/);
    assert.match(u.text, /\r\n {2}sft_data: closed\r\n/);
    assert.match(u.text, /\r\n {2}weights: llama3\.1\r\nlicense: mit\r\n---\r\n# Demo\r\n$/);
    assert.deepEqual(u.kept, ['sft_data']);
  });

  it('refuses front matter it cannot edit safely, and what is not a card or manifest', () => {
    assert.match(update('---\nlicense: [mit\n---\n# Demo\n').refused, /cannot be edited safely/);
    assert.match(update('---\nlicense: mit\n# Demo\n').refused, /cannot be edited safely/);
    assert.match(
      update('---\nopenness: {weights: mit,\n  sft_data: {license: other, permissions: {research: true}}}\n---\n')
        .refused,
      /declares permissions; rewrite it in block style/,
    );
    const u = cardOpennessUpdate(card('# Demo\n'), card('# Demo\n'));
    assert.match(u.refused, /not a MOF release manifest/);
  });
});

describe('card-manifest-mismatch suggestions', () => {
  it('offer the manifest’s licence as the card’s license:, and the openness block from the manifest', () => {
    const path = join(FIXTURES, 'invalid.md');
    const text = readFileSync(path, 'utf8');
    const companion = join(FIXTURES, 'release.yaml');
    const r = lint(text, path, { companions: [{ path: companion, text: readFileSync(companion, 'utf8') }] });
    const [f] = r.findings.filter((x) => x.ruleId === 'card-manifest-mismatch');
    assert.equal(f.fix, undefined);
    assert.deepEqual(
      f.suggestions.map((s) => s.title),
      ['Set `license: apache-2.0` as release.yaml says', 'Write the `openness:` block from release.yaml'],
    );
    assert.equal(
      applyEdits(r.doc.text, f.suggestions[0].edits).split('\n')[1],
      'license: apache-2.0 # expect: card-manifest-mismatch@2:10-2:16',
    );
    const written = applyEdits(r.doc.text, f.suggestions[1].edits);
    assert.match(written, /\n {2}weights: apache-2\.0\n---\n/);
    const back = lint(written, path, { companions: [{ path: companion, text: readFileSync(companion, 'utf8') }] });
    assert.equal(back.openness.components.weights.license, 'apache-2.0');
    assert.equal(back.openness.components.inference_code.status, 'closed');
  });
});

describe('export --card-openness --into', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcl-into-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args) => spawnSync(process.execPath, [CLI, 'export', ...args], { cwd: dir, encoding: 'utf8' });

  it('writes the block into the card in place, says what changed and dropped; a second run changes nothing', () => {
    writeFileSync(join(dir, 'model.yml'), MANIFEST);
    writeFileSync(join(dir, 'README.md'), '---\nlicense: llama3.1\nopenness:\n  weights: llama3.1\n---\n# Demo\n');
    const r = run('--card-openness', 'model.yml', '--into', 'README.md');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(
      readFileSync(join(dir, 'README.md'), 'utf8'),
      '---\nlicense: llama3.1\nopenness:\n  weights: llama3.1\n  inference_code: {status: released, license: mit, url: https://github.com/org/demo}\n  pretraining_code: closed\n  pretraining_data: odc-by\n  evaluation_code: closed\n  evaluation_data: closed\n---\n# Demo\n',
    );
    assert.match(r.stderr, /README\.md: openness\.pretraining_data: \(none\) → odc-by\n/);
    assert.match(r.stderr, /dropped Model card: no Eiras pipeline component corresponds to it\n/);
    const again = run('--card-openness', 'model.yml', '--into', 'README.md', '--format', 'json');
    assert.equal(again.status, 0, again.stderr);
    const j = JSON.parse(again.stdout);
    assert.deepEqual([j.file, j.card, j.changed, j.changes, j.kept], ['model.yml', 'README.md', false, [], []]);
  });

  it('--output writes the updated card elsewhere; a read-only card, a manifest as --into and --into alone are refused', () => {
    writeFileSync(join(dir, 'CARD.md'), '---\nlicense: mit\n---\n# Demo\n');
    chmodSync(join(dir, 'CARD.md'), 0o444);
    const ro = run('--card-openness', 'model.yml', '--into', 'CARD.md');
    assert.equal(ro.status, 2);
    assert.match(ro.stderr, /CARD\.md: read-only; nothing written/);
    const out = run('--card-openness', 'model.yml', '--into', 'CARD.md', '-o', 'updated.md');
    assert.equal(out.status, 0, out.stderr);
    assert.match(readFileSync(join(dir, 'updated.md'), 'utf8'), /^---\nlicense: mit\nopenness:\n/);
    assert.equal(readFileSync(join(dir, 'CARD.md'), 'utf8'), '---\nlicense: mit\n---\n# Demo\n');
    const notCard = run('--card-openness', 'model.yml', '--into', 'model.yml');
    assert.equal(notCard.status, 2);
    assert.match(notCard.stderr, /model\.yml: not a model card; nothing written/);
    const usage = run('--mof-manifest', 'CARD.md', '--into', 'README.md');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--into applies to --card-openness only/);
  });
});

describe('round trip card → manifest → card on the corpus', () => {
  const sameLicence = (a, b) => a === b || (normalizeLicense(a).id ?? a) === (normalizeLicense(b).id ?? b);
  const files = readdirSync(CARDS).filter((f) => f.endsWith('.md'));

  it('every card keeps each mapped component’s status and licence, or the export says it dropped it', () => {
    let checked = 0;
    for (const f of files) {
      const path = join(CARDS, f);
      const original = lint(readFileSync(path, 'utf8'), path);
      if (original.kind !== 'model-card') continue;
      const e = cardToManifest(original);
      const m = parseDocument('/t/model.yml', manifestYaml(e), { kind: 'release-manifest' });
      const u = cardOpennessUpdate(original.doc, m);
      if ('refused' in u) {
        // Only front matter the engine will not edit (unclosed, invalid YAML, flow style).
        assert.match(u.refused, /cannot be edited safely|declares permissions/, f);
        continue;
      }
      const back = lint(applyEdits(original.doc.text, u.edits), path);
      checked++;
      for (const { eiras, roundTrip } of EIRAS_TO_MOF) {
        const before = original.openness.components[eiras];
        const after = back.openness.components[eiras];
        const dropped = e.dropped.some((d) => d.what === eiras);
        if (roundTrip && (before.status === 'released' || before.status === 'closed')) {
          assert.equal(after.status, before.status, `${f}: ${eiras}`);
          if (before.license) assert.ok(sameLicence(before.license, after.license), `${f}: ${eiras} licence`);
          else assert.equal(after.license, undefined, `${f}: ${eiras} gained a licence`);
        } else if (roundTrip) assert.ok(dropped, `${f}: ${eiras} (${before.status}) not reported dropped`);
        else {
          // No MOF counterpart: the card keeps what it said (its block, or what its text reveals).
          assert.equal(after.status, before.status, `${f}: ${eiras} (kept)`);
          assert.ok(before.status === 'unknown' || dropped, `${f}: ${eiras} not reported dropped by the export`);
        }
      }
      // What the manifest has no card component for is listed too.
      assert.ok(
        u.dropped.some((d) => d.what === 'Model card'),
        f,
      );
    }
    assert.ok(checked >= 60, `only ${checked} cards round-tripped`);
  });
});
