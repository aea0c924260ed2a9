// `export --mof-manifest` (issue 13, docs/export.md, docs/mof-mapping.md): every corpus card → MOF manifest → the
// engine reads the manifest back. The manifest passes the manifest schema (no manifest-schema findings, and MOT's
// JSON schema via ajv), the engine grades it to the class MOT's rules give (re-derived here from domain.md §2.1), and
// each mapped component keeps its status and licence or is listed in `dropped`. Plus a declared openness block.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  EIRAS_TO_MOF,
  cardToManifest,
  isMotOpen,
  lint,
  manifestToOpenness,
  manifestYaml,
  normalizeLicense,
} from './engine.mjs';

const CARDS = fileURLToPath(new URL('../../../shared/corpus/cards', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(new URL('../../schemas/mof-manifest.schema.json', import.meta.url), 'utf8'));
const OLMO = join(CARDS, 'YinanWusoymilk__hf-readme__training_and_application--readme_files--allenai_OLMo-7B.md');

const sameLicense = (a, b) => a === b || (normalizeLicense(a).id ?? a) === (normalizeLicense(b).id ?? b);

// MOT's classes (domain.md §2.1): cumulative required sets; licence = component's, else release distribution; a
// component counts when its licence is open for MOT. The exporter never writes a technical report or paper.
const REQUIRED = {
  3: [
    'Model architecture',
    'Model parameters (Final)',
    'Evaluation results',
    'Model card',
    'Data card',
    'Technical report',
  ],
  2: ['Training code', 'Inference code', 'Evaluation code', 'Evaluation data'],
  1: ['Datasets', 'Data preprocessing code', 'Model parameters (Intermediate)', 'Research paper'],
};
function motClass(manifest) {
  const dist = manifest.release.license.distribution?.name ?? null;
  const open = (name) => {
    const c = manifest.release.components.find((x) => x.name === name);
    if (!c) return false;
    const l = c.license ?? dist ?? 'unlicensed';
    return isMotOpen(l);
  };
  let met = null;
  let need = [];
  for (const k of [3, 2, 1]) {
    need = [...need, ...REQUIRED[k]];
    if (!need.every(open)) break;
    met = k;
  }
  return met;
}

function exportCard(path) {
  const text = readFileSync(path, 'utf8');
  const card = lint(text, path);
  const e = cardToManifest(card, { fallbackName: 'fallback' });
  const yaml = manifestYaml(e);
  const back = lint(yaml, '/tmp/x/model.yml');
  return { card, e, yaml, back };
}

function assertRoundTrip(card, e, back, file) {
  assert.equal(back.kind, 'release-manifest', file);
  for (const m of EIRAS_TO_MOF) {
    const before = card.openness.components[m.eiras];
    const dropped = e.dropped.some((d) => d.what === m.eiras);
    if (!m.roundTrip) {
      assert.ok(before.status === 'unknown' || dropped, `${file}: ${m.eiras} (${before.status}) not reported dropped`);
      continue;
    }
    const after = back.openness.components[m.eiras];
    if (before.status === 'released' || before.status === 'closed') {
      assert.equal(after.status, before.status, `${file}: ${m.eiras} status`);
      if (before.license) assert.ok(sameLicense(before.license, after.license), `${file}: ${m.eiras} licence`);
      else assert.equal(after.license, undefined, `${file}: ${m.eiras} gained a licence`);
    } else assert.ok(dropped, `${file}: ${m.eiras} (${before.status}) not reported dropped`);
  }
}

describe('export --mof-manifest on the corpus cards', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(SCHEMA);
  const files = readdirSync(CARDS).filter((f) => f.endsWith('.md'));

  it('every card gives a manifest that validates, grades as MOT does and round-trips its components', () => {
    let exported = 0;
    for (const f of files) {
      const { card, e, back } = exportCard(join(CARDS, f));
      if (card.kind !== 'model-card') continue;
      exported++;
      assert.ok(validate(JSON.parse(JSON.stringify(e.manifest))), `${f}: ${JSON.stringify(validate.errors)}`);
      const schemaFindings = back.findings.filter((x) => x.ruleId === 'manifest-schema' || x.ruleId === 'yaml-syntax');
      assert.deepEqual(schemaFindings, [], f);
      assert.equal(back.mof.class, motClass(e.manifest), `${f}: MOF class`);
      assert.equal(e.mof.class, back.mof.class, `${f}: class reported by the export`);
      assertRoundTrip(card, e, back, f);
    }
    assert.ok(exported >= 60, `only ${exported} cards exported`);
  });

  it('OLMo 7B: the inferred weights, data and code become MOF components with SPDX licences', () => {
    const { e, back } = exportCard(OLMO);
    const r = e.manifest.release;
    assert.equal(r.name, 'OLMo 7B');
    assert.equal(r.producer, 'Allen Institute for AI (AI2)');
    assert.equal(r.repository, 'https://github.com/allenai/OLMo');
    assert.deepEqual(r.license, { distribution: { name: 'Apache-2.0' } });
    const by = Object.fromEntries(r.components.map((c) => [c.name, c]));
    assert.equal(by['Model parameters (Final)'].license, 'Apache-2.0');
    assert.equal(by['Model architecture'].license, 'Apache-2.0');
    assert.equal(by.Datasets.license, 'unlicensed');
    assert.equal(by.Datasets.component_path, 'https://huggingface.co/datasets/allenai/dolma');
    assert.equal(by['Inference code'].license, 'unlicensed');
    assert.ok(by['Model card'] && by['Evaluation results'] && by['Data card']);
    assert.equal(by['Training code'], undefined);
    // Missing the technical report: not Class III, as MOT says.
    assert.equal(back.mof.class, null);
    assert.equal(back.mof.progress.class3, 83);
    assert.deepEqual(
      e.dropped.map((d) => d.what),
      ['pretraining_code', 'evaluation_code', 'evaluation_data'],
    );
  });

  it('Llama 3.1: release date from the card, no licence in front matter, name from --name fallback', () => {
    const { e } = exportCard(join(CARDS, 'meta-llama__llama-models__models--llama3_1--MODEL_CARD.md'));
    assert.equal(e.manifest.release.date, '2024-07-23');
    assert.equal(e.manifest.release.producer, 'Meta');
    assert.equal(e.manifest.release.name, 'fallback');
    assert.deepEqual(e.manifest.release.license, {});
  });
});

describe('export --mof-manifest with a declared openness block', () => {
  const base = readFileSync(OLMO, 'utf8');
  const block = [
    'openness:',
    '  pretraining_code: apache-2.0',
    '  finetuning_code: released',
    '  pretraining_data: {status: released, license: odc-by, url: "https://huggingface.co/datasets/allenai/dolma"}',
    '  evaluation_code: closed',
    '  evaluation_data: api',
    '  safety_evaluation_data: closed',
    '  inference_code: {license: mit, permissions: {commercial: true}}',
    '  weights: llama3.1',
  ].join('\n');
  const text = base.replace(/license: apache-2.0\r?\n/, (m) => `${m}${block.replace(/\n/g, '\r\n')}\r\n`);

  it('keeps statuses and licences where MOF has the component, and says what it dropped', () => {
    const card = lint(text, '/tmp/x/README.md');
    assert.equal(card.analysis.card.declared, true);
    const e = cardToManifest(card);
    const back = lint(manifestYaml(e), '/tmp/x/model.yml');
    assertRoundTrip(card, e, back, 'declared');
    const by = Object.fromEntries(e.manifest.release.components.map((c) => [c.name, c]));
    assert.equal(by['Training code'].license, 'Apache-2.0');
    assert.equal(by.Datasets.license, 'ODC-By-1.0');
    assert.equal(by['Inference code'].license, 'MIT');
    assert.equal(by['Evaluation code'], undefined);
    assert.equal(by['Evaluation data'], undefined);
    assert.equal(by['Model parameters (Final)'].license, 'Llama 3.1 Community License Agreement');
    const dropped = Object.fromEntries(e.dropped.map((d) => [d.what, d.reason]));
    assert.match(dropped.finetuning_code, /^released: MOF does not separate fine-tuning code/);
    assert.match(dropped.evaluation_data, /status api has no MOF counterpart/);
    assert.match(dropped.safety_evaluation_data, /^closed: /);
    assert.match(dropped.inference_code, /permissions/);
    assert.ok(e.notes.some((n) => n.includes('Llama 3.1 Community License Agreement')));
    assert.equal(back.mof.class, motClass(e.manifest));
  });

  it('manifest → openness block reads the components back (the reverse mode)', () => {
    const card = lint(text, '/tmp/x/README.md');
    const back = lint(manifestYaml(cardToManifest(card)), '/tmp/x/model.yml');
    const o = manifestToOpenness(back);
    // Licences as a card writes them (Hub ids), urls from component_path.
    assert.deepEqual(o.openness, {
      weights: 'llama3.1',
      inference_code: 'mit',
      pretraining_code: 'apache-2.0',
      pretraining_data: { status: 'released', license: 'odc-by', url: 'https://huggingface.co/datasets/allenai/dolma' },
      evaluation_code: 'closed',
      evaluation_data: 'closed',
    });
    assert.deepEqual(
      o.dropped.map((d) => d.what),
      ['Model architecture', 'Model card', 'Evaluation results', 'Data card'],
    );
  });
});
