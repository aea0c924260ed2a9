// `modelcard-lint export` as a command (docs/export.md): outputs on stdout or --output, what was dropped on stderr or
// as a JSON field, and the exit codes: 0 written, 2 on usage errors, unreadable files and files of the wrong kind.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { AMBER, CLI, CORPUS, OLMO } from './cli-paths.mjs';

const LLAMA = join(CORPUS, 'cards/meta-llama__llama-models__models--llama3_1--MODEL_CARD.md');

const cli = (...args) => spawnSync(process.execPath, [CLI, 'export', ...args], { encoding: 'utf8' });

describe('modelcard-lint export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcl-export-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--mof-manifest writes YAML on stdout and what it dropped on stderr (exit 0)', () => {
    const r = cli('--mof-manifest', OLMO);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /^framework:\n {2}name: 'Model Openness Framework'\n {2}version: '1\.0'\n {2}date: '2024-12-15'\n/,
    );
    assert.match(r.stdout, /- name: 'Model parameters \(Final\)'\n {6}description: .*\n {6}license: 'Apache-2\.0'/);
    assert.match(r.stderr, /dropped pretraining_code: not stated in the card/);
    assert.match(r.stderr, /MOF grading of the manifest: Unclassified/);
  });

  it('--mof-manifest --format json carries dropped, notes and the MOF class as fields; --output writes a file', () => {
    const out = join(dir, 'model.json');
    const r = cli('--mof-manifest', OLMO, '-f', 'json', '-o', out);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '');
    const j = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(j.manifest.release.name, 'OLMo 7B');
    assert.deepEqual(j.mof, { class: null, label: 'Unclassified', progress: { class1: 33, class2: 45, class3: 83 } });
    assert.ok(j.dropped.some((d) => d.what === 'evaluation_data'));
  });

  it('the written manifest lints without manifest-schema findings', () => {
    const out = join(dir, 'model.yml');
    assert.equal(cli('--mof-manifest', LLAMA, '--name', 'Llama-3.1-405B', '-o', out).status, 0);
    const r = spawnSync(process.execPath, [CLI, '-f', 'json', out], { encoding: 'utf8' });
    const j = JSON.parse(r.stdout);
    assert.equal(j.results[0].kind, 'release-manifest');
    assert.deepEqual(
      j.results[0].diagnostics.filter((d) => d.rule === 'manifest-schema'),
      [],
    );
    assert.match(readFileSync(out, 'utf8'), /name: 'Llama-3\.1-405B'/);
  });

  it('--eu-documentation writes Markdown by default and JSON on request', () => {
    const md = cli('--eu-documentation', LLAMA);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^# EU AI Act documentation: /);
    assert.match(md.stdout, /## Annex XI, Section 2/);
    assert.match(
      md.stdout,
      /\| 1\\\(f\\\) The licence \| filled \| disclosure `license`: \\\*\\\*License\\:\\\*\\\* A custom/,
    );
    const js = cli('--eu-documentation', OLMO, '--format', 'json');
    assert.equal(js.status, 0, js.stderr);
    const j = JSON.parse(js.stdout);
    assert.equal(j.model, 'OLMo 7B');
    assert.equal(j.sections.length, 3);
  });

  it('--card-openness writes the openness block of a manifest', () => {
    const r = cli('--card-openness', AMBER);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^openness:\n/);
    assert.match(r.stderr, /dropped Model card: no Eiras pipeline component corresponds to it/);
  });

  it('exits 2 on a file that is not a card, with a message', () => {
    const notCard = join(dir, 'notes.txt');
    writeFileSync(notCard, 'just some notes\n');
    const r = cli('--eu-documentation', notCard);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /notes\.txt: not a model card; nothing exported/);
    const m = cli('--mof-manifest', AMBER);
    assert.equal(m.status, 2);
    assert.match(m.stderr, /not a model card/);
    const c = cli('--card-openness', OLMO);
    assert.equal(c.status, 2);
    assert.match(c.stderr, /not a MOF release manifest/);
  });

  it('exits 2 on usage and I/O errors', () => {
    for (const args of [
      [],
      ['--mof-manifest', OLMO, '--eu-documentation', OLMO],
      ['--mof-manifest', OLMO, '--format', 'markdown'],
      ['--eu-documentation', OLMO, '--bogus'],
      ['--mof-manifest', OLMO, '--systemic-risk'],
    ]) {
      const r = cli(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^modelcard-lint export: .*\n\nUsage: modelcard-lint export/, args.join(' '));
    }
    const gone = cli('--eu-documentation', join(dir, 'missing.md'));
    assert.equal(gone.status, 2);
    assert.match(gone.stderr, /missing\.md: /);
    const unwritable = cli('--eu-documentation', OLMO, '-o', join(dir, 'no/such/dir/out.md'));
    assert.equal(unwritable.status, 2);
    assert.match(unwritable.stderr, /cannot write/);
  });

  it('--help exits 0', () => {
    const r = cli('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /--eu-documentation CARD/);
  });
});
