// Completion (completeAt) in card front matter and MOF manifests, including the incomplete or invalid YAML that
// exists while typing. `|` in a source marks the cursor; it is removed before parsing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPONENT_IDS, completeAt, HF_LICENSE_IDS, parseDocument, PIPELINE_TAG_IDS } from './engine.mjs';

function complete(src, path = 'README.md') {
  const offset = src.indexOf('|');
  assert.notEqual(offset, -1, 'no cursor marker');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const items = completeAt(parseDocument(path, text), offset);
  const byLabel = new Map(items.map((i) => [i.label, i]));
  return { text, offset, items, byLabel, labels: items.map((i) => i.label) };
}

/** The text an item's replace span covers. */
const replaced = (r, item) => r.text.slice(item.replace.start, item.replace.end);
const sorted = (items) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

test('`license: ` offers the 83 Hub ids with name, grade and flags, replacing nothing yet', () => {
  const r = complete('---\nlicense: |\n---\n# M\n');
  assert.equal(r.items.length, 83);
  assert.deepEqual(r.labels, [...HF_LICENSE_IDS]);
  const apache = r.byLabel.get('apache-2.0');
  assert.deepEqual(apache.replace, { start: r.offset, end: r.offset });
  assert.equal(apache.insertText, 'apache-2.0');
  assert.equal(apache.kind, 'licence');
  assert.equal(apache.detail, 'Apache License 2.0');
  assert.match(
    apache.documentation,
    /^\*\*D5 · restriction-free\*\*/,
    'graded for the weights the card licence covers',
  );
  assert.match(
    apache.documentation,
    /OSI ✓ · FSF ✓ · open data ✗ · open content ✗ · MOF open \(type-appropriate: code, document\)/,
  );
  assert.match(r.byLabel.get('llama3').documentation, /^\*\*D3 · moderately restrictive\*\*/);
});

test('a partly typed licence is replaced, also while the front matter is still unclosed', () => {
  for (const src of ['---\nlicense: ap|\n---\n', '---\nlicense: ap|']) {
    const r = complete(src);
    const apache = r.byLabel.get('apache-2.0');
    assert.ok(apache, src);
    assert.deepEqual(apache.replace, { start: r.offset - 2, end: r.offset });
    assert.equal(replaced(r, apache), 'ap');
  }
  // The rest of the value after the cursor is replaced too, but not a trailing comment.
  const mid = complete('---\nlicense: ap|ache-2.0  # note\n---\n');
  assert.equal(replaced(mid, mid.items[0]), 'apache-2.0');
  // Right after the colon a space is inserted.
  const tight = complete('---\nlicense:|\n---\n');
  assert.equal(tight.byLabel.get('mit').insertText, ' mit');
});

test('top level: keys not yet present, with whole-block snippets for openness and risk_assessment', () => {
  const r = complete('---\nlicense: mit\nlanguage:\n- en\n|\n---\n');
  assert.ok(!r.byLabel.has('license'));
  assert.ok(!r.byLabel.has('language'));
  for (const k of [
    'openness',
    'stage',
    'risk_assessment',
    'pipeline_tag',
    'datasets',
    'model-index',
    'co2_eq_emissions',
  ])
    assert.ok(r.byLabel.has(k), k);
  const openness = r.byLabel.get('openness');
  assert.equal(openness.snippet, true);
  assert.equal(openness.kind, 'snippet');
  const lines = openness.insertText.split('\n');
  assert.equal(lines[0], 'openness:');
  assert.deepEqual(
    lines.slice(1).map((l) => /^ {2}(\w+): \$\{\d+\|/.exec(l)?.[1]),
    [...COMPONENT_IDS],
  );
  const risk = r.byLabel.get('risk_assessment').insertText;
  for (const a of ['research_and_innovation', 'safety_and_security', 'equity_and_access', 'broader_society'])
    assert.match(
      risk,
      new RegExp(`\\n  ${a}:\\n    status: \\$\\{\\d+\\|unassessed,assessed,not-applicable,in-progress\\|\\}`),
    );
  assert.equal(r.byLabel.get('stage').insertText, 'stage: ${1|near-term,mid-term,long-term|}');
  assert.equal(r.byLabel.get('datasets').insertText, 'datasets:\n  - ${1}');
  assert.equal(r.byLabel.get('license_name').insertText, 'license_name: ');
  assert.ok(sorted(r.items)[0].label === 'openness', 'extension keys rank first once license is set');
});

test('a key typed before an existing colon is replaced by the bare key', () => {
  const r = complete('---\nsta|ge: mid-term\n---\n');
  const stage = r.byLabel.get('stage');
  assert.equal(stage.insertText, 'stage');
  assert.equal(stage.snippet, false);
  assert.equal(replaced(r, stage), 'stage');
});

test('inside `openness:` only the missing components are offered, replacing the typed word', () => {
  const r = complete('---\nopenness:\n  weights: llama3\n  inference_code: mit\n  wei|\n---\n');
  assert.deepEqual(
    r.labels,
    COMPONENT_IDS.filter((id) => id !== 'weights' && id !== 'inference_code'),
  );
  const item = r.byLabel.get('pretraining_code');
  assert.equal(item.kind, 'component');
  assert.equal(item.insertText, 'pretraining_code: ');
  assert.equal(replaced(r, item), 'wei');
  assert.match(item.detail, /training code · Pre-Training/);
  // A blank, indented line between entries sees siblings below it too.
  const between = complete('---\nopenness:\n  weights: mit\n  |\n  sft_data: closed\nstage: mid-term\n---\n');
  assert.equal(between.items.length, 10);
  assert.ok(!between.byLabel.has('sft_data'));
});

test('a component value offers status words and licence ids graded for that component', () => {
  const r = complete('---\nopenness:\n  inference_code: |\n---\n');
  assert.deepEqual(r.labels.slice(0, 5), ['released', 'closed', 'api', 'not-applicable', 'unknown']);
  assert.equal(r.items.length, 5 + 83);
  assert.equal(r.byLabel.get('closed').detail, 'component status (C1)');
  assert.match(r.byLabel.get('mit').documentation, /^\*\*C5 · restriction-free\*\*/);
  const data = complete('---\nopenness:\n  pretraining_data: |\n---\n');
  assert.equal(data.byLabel.get('closed').detail, 'component status (D1)');
  assert.match(data.byLabel.get('odc-by').documentation, /^\*\*D4 · slightly restrictive\*\*/);
});

test('component mappings: fields, permission keys and values, block and flow style', () => {
  const fields = complete('---\nopenness:\n  weights:\n    status: released\n    |\n---\n');
  assert.deepEqual(fields.labels, ['license', 'url', 'permissions', 'notes']);
  assert.equal(fields.byLabel.get('permissions').snippet, true);
  assert.match(
    fields.byLabel.get('permissions').insertText,
    /^permissions:\n {2}research: \$\{1\|true,false\|\}\n {2}commercial: /,
  );
  const perms = complete('---\nopenness:\n  weights:\n    permissions:\n      research: true\n      c|\n---\n');
  assert.deepEqual(perms.labels, ['commercial', 'modify', 'copyright_derivatives', 'relicense_derivatives']);
  const bool = complete('---\nopenness:\n  weights:\n    permissions:\n      research: |\n---\n');
  assert.deepEqual(bool.labels, ['true', 'false']);
  const status = complete('---\nopenness:\n  weights:\n    status: |\n---\n');
  assert.deepEqual(status.labels, ['released', 'closed', 'api', 'not-applicable', 'unknown']);
  const lic = complete('---\nopenness:\n  weights:\n    license: |\n---\n');
  assert.equal(lic.items.length, 83);

  const flowValue = complete('---\nopenness:\n  weights: {status: rel|}\n---\n');
  const released = flowValue.byLabel.get('released');
  assert.equal(replaced(flowValue, released), 'rel');
  const flowKey = complete('---\nopenness:\n  weights: {license: mit, st|}\n---\n');
  assert.deepEqual(flowKey.labels, ['status', 'url', 'permissions', 'notes']);
  assert.equal(
    flowKey.byLabel.get('permissions').insertText,
    'permissions: ',
    'no multi-line snippet inside a flow mapping',
  );
  assert.equal(replaced(flowKey, flowKey.items[0]), 'st');
});

test('risk_assessment: the four areas, area fields and assessment statuses', () => {
  const areas = complete('---\nrisk_assessment:\n  safety_and_security: assessed\n  |\n---\n');
  assert.deepEqual(areas.labels, ['research_and_innovation', 'equity_and_access', 'broader_society']);
  assert.match(
    areas.byLabel.get('broader_society').insertText,
    /^broader_society:\n {2}status: \$\{1\|unassessed,assessed,not-applicable,in-progress\|\}\n {2}summary: "\$\{2\}"/,
  );
  const fields = complete('---\nrisk_assessment:\n  safety_and_security:\n    status: assessed\n    ev|\n---\n');
  assert.deepEqual(fields.labels, ['summary', 'evidence', 'mitigations', 'justification']);
  const statuses = complete('---\nrisk_assessment:\n  safety_and_security:\n    status: |\n---\n');
  assert.deepEqual(statuses.labels, ['assessed', 'not-applicable', 'unassessed', 'in-progress']);
  const scalar = complete('---\nrisk_assessment:\n  equity_and_access: un|\n---\n');
  assert.ok(scalar.byLabel.has('unassessed'));
});

test('pipeline_tag, stage, base_model_relation and library_name values', () => {
  const tags = complete('---\npipeline_tag: text-g|\n---\n');
  assert.deepEqual(tags.labels, [...PIPELINE_TAG_IDS]);
  // Every task of the installed @huggingface/tasks (57 in 0.21.54), none added by hand.
  assert.equal(tags.items.length, 57);
  const tg = tags.byLabel.get('text-generation');
  assert.equal(tg.detail, 'Text Generation');
  assert.match(tg.documentation, /generative \(a mid-term stage signal\)/);
  assert.equal(replaced(tags, tg), 'text-g');
  const stage = complete('---\nstage: |\n---\n');
  assert.deepEqual(stage.labels, ['near-term', 'mid-term', 'long-term']);
  assert.match(stage.byLabel.get('long-term').documentation, /10\^25 FLOP/);
  assert.deepEqual(complete('---\nlicense: mit\nbase_model_relation: |\n---\n').labels, [
    'finetune',
    'adapter',
    'merge',
    'quantized',
  ]);
  const libs = complete('---\nlibrary_name: tr|\n---\n');
  assert.ok(libs.byLabel.has('transformers') && libs.byLabel.has('diffusers'));
});

test('no completion in the Markdown body, in comments or on the closing delimiter', () => {
  assert.deepEqual(complete('---\nlicense: mit\n---\n# Title\n\nlicense: |\n').items, []);
  assert.deepEqual(complete('---\nlicense: mit  # ap|\n---\n').items, []);
  assert.deepEqual(complete('---\nlicense: mit\n|---\n').items, []);
});

const MANIFEST_HEAD =
  "framework:\n  name: 'Model Openness Framework'\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: Demo\n";

test('manifest component names: the 17 MOF names not yet used, quotes respected', () => {
  const r = complete(
    `${MANIFEST_HEAD}  components:\n    -\n      name: 'Model architecture'\n    - name: Datasets\n    -\n      name: 'Mod|'\n`,
    'model.yml',
  );
  assert.equal(r.items.length, 15);
  assert.ok(!r.byLabel.has('Model architecture') && !r.byLabel.has('Datasets'));
  const final = r.byLabel.get('Model parameters (Final)');
  assert.equal(final.kind, 'component');
  assert.equal(final.insertText, 'Model parameters (Final)', 'the closing quote is already there');
  assert.equal(replaced(r, final), 'Mod');
  assert.equal(final.detail, 'data · Class III - Open Model');
  const open = complete(`${MANIFEST_HEAD}  components:\n    - name: "Mod|\n`, 'model.yml');
  assert.equal(open.byLabel.get('Model card').insertText, 'Model card"');
});

test('manifest licences: type-appropriate ids for the component first, then other open ones', () => {
  const r = complete(`${MANIFEST_HEAD}  components:\n    - name: Datasets\n      license: |\n`, 'model.yml');
  const order = sorted(r.items).map((i) => i.label);
  const firstOther = order.findIndex((l) => !r.byLabel.get(l).sortText.startsWith('0'));
  assert.deepEqual(
    new Set(order.slice(0, firstOther)),
    new Set([
      'CDLA-Permissive-1.0',
      'CDLA-Permissive-2.0',
      'C-UDA-1.0',
      'CC-PDDC',
      'CC0-1.0',
      'PDDL-1.0',
      'OpenMDW-1.0',
    ]),
  );
  for (const l of order.slice(0, firstOther))
    assert.match(r.byLabel.get(l).detail, /type-appropriate for [a-z, ]*data/);
  assert.match(r.byLabel.get('MIT').detail, /open, not type-appropriate for data/);
  assert.equal(order.at(-1), 'unlicensed');
  assert.ok(!r.byLabel.has('CC-BY-NC-4.0'), 'licences MOT does not count as open are not offered');
  const code = complete(
    `${MANIFEST_HEAD}  components:\n    -\n      name: 'Inference code'\n      license: MI|\n`,
    'model.yml',
  );
  assert.match(code.byLabel.get('MIT').detail, /type-appropriate for code/);
  assert.equal(replaced(code, code.byLabel.get('MIT')), 'MI');
  const scope = complete(`${MANIFEST_HEAD}  license:\n    document:\n      name: |\n`, 'model.yml');
  assert.match(scope.byLabel.get('CC-BY-4.0').detail, /type-appropriate for document/);
});

test('manifest keys: top level, release fields not yet present, licence scopes, item keys and enums', () => {
  assert.deepEqual(complete('framework:\n  name: Model Openness Framework\n|', 'model.yml').labels, ['release']);
  const release = complete(`${MANIFEST_HEAD}  ty|\n`, 'model.yml');
  assert.ok(!release.byLabel.has('name'));
  assert.ok(release.byLabel.has('type') && release.byLabel.has('components'));
  assert.equal(release.byLabel.get('components').snippet, true);
  const scopes = complete(`${MANIFEST_HEAD}  license:\n    distribution:\n      name: MIT\n    |\n`, 'model.yml');
  assert.deepEqual(scopes.labels, ['code', 'data', 'document']);
  const item = complete(`${MANIFEST_HEAD}  components:\n  - name: Datasets\n    |\n`, 'model.yml');
  assert.deepEqual(item.labels, ['description', 'license', 'license_path', 'component_path']);
  const desc = complete(`${MANIFEST_HEAD}  components:\n  - name: Datasets\n    description: |\n`, 'model.yml');
  assert.deepEqual(desc.labels, ['Training, validation and testing datasets used for the model']);
  assert.deepEqual(complete(`${MANIFEST_HEAD}  treatment: |\n`, 'model.yml').labels, [
    'pre-trained',
    'instruct fine-tuned',
    'chat fine-tuned',
  ]);
});
