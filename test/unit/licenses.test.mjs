// Licence knowledge: HF ids, SPDX flags, MOT tables, the normaliser (aliases, did-you-mean) and rubric grading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HF_LICENSES,
  HF_LICENSE_IDS,
  HF_LICENSE_BY_ID,
  SPDX_LICENSES,
  OPEN_DATA_LICENSES,
  OPEN_LICENSES,
  MOF_TYPE_APPROPRIATE,
  isMotOpen,
  motOsiApproved,
  motFsfLibre,
  normalizeLicense,
  licenseGrade,
  rubricPoints,
  pointsToGrade,
  lookupLicense,
} from '../../dist/engine.mjs';

const PERMISSIVE = {
  research: true,
  commercial: true,
  modify: true,
  copyright_derivatives: true,
  relicense_derivatives: true,
};

test('83 Hugging Face ids in the documented order', () => {
  assert.equal(HF_LICENSE_IDS.length, 83);
  assert.equal(new Set(HF_LICENSE_IDS).size, 83);
  assert.deepEqual(HF_LICENSE_IDS.slice(0, 3), ['apache-2.0', 'mit', 'openrail']);
  assert.deepEqual(HF_LICENSE_IDS.slice(-4), ['grok2-community', 'gemma', 'unknown', 'other']);
  for (const l of HF_LICENSES) assert.ok(l.name && l.summary, l.id);
});

test('family ids are flagged and offer specific licences', () => {
  const families = HF_LICENSES.filter((l) => l.family)
    .map((l) => l.id)
    .sort();
  assert.deepEqual(families, ['bsd', 'cc', 'gfdl', 'gpl', 'lgpl', 'openrail']);
  for (const id of families) assert.ok(normalizeLicense(id).suggestions.length >= 2, id);
  assert.deepEqual(normalizeLicense('bsd').suggestions, ['bsd-3-clause', 'bsd-2-clause', 'bsd-3-clause-clear']);
});

test('HF flags agree with the SPDX table and MOT open-data list', () => {
  for (const l of HF_LICENSES) {
    if (!l.spdx) continue;
    assert.ok(SPDX_LICENSES.has(l.spdx), `${l.id} maps to a real SPDX id`);
    const s = SPDX_LICENSES.get(l.spdx);
    assert.equal(l.osiApproved, s.osiApproved, `${l.id} OSI`);
    assert.equal(l.fsfLibre, s.fsfLibre, `${l.id} FSF`);
    assert.equal(l.openData, OPEN_DATA_LICENSES.has(l.spdx), `${l.id} open data`);
  }
});

test('MOT tables: 144 OSI / 127 FSF ids, 31 open-data ids, OpenMDW for every type', () => {
  const ids = [...SPDX_LICENSES.keys()];
  assert.equal(ids.filter(motOsiApproved).length, 144);
  assert.equal(ids.filter(motFsfLibre).length, 127);
  assert.equal(OPEN_DATA_LICENSES.size, 31);
  assert.ok(OPEN_LICENSES.has('OpenMDW-1.0'));
  assert.deepEqual(MOF_TYPE_APPROPRIATE.get('Apache-2.0'), ['code', 'document']);
  assert.deepEqual(MOF_TYPE_APPROPRIATE.get('OpenMDW-1.0'), ['code', 'data', 'document']);
  assert.ok(isMotOpen('Apache-2.0') && isMotOpen('CC-BY-3.0-NL') && isMotOpen('xinetd'));
  assert.ok(!isMotOpen('Apache 2.0') && !isMotOpen('PDDL-1.0') && !isMotOpen('WordNet'));
});

const ALIAS_CASES = [
  ['Apache 2.0', 'apache-2.0', 'Apache-2.0', 'alias'],
  ['apache-2.0', 'apache-2.0', 'Apache-2.0', 'exact'],
  ['Apache License 2.0', 'apache-2.0', 'Apache-2.0', 'alias'],
  ['BSD-3', 'bsd-3-clause', 'BSD-3-Clause', 'alias'],
  ['MIT license', 'mit', 'MIT', 'alias'],
  ['Llama 2 Community License', 'llama2', null, 'alias'],
  ['Llama 3.1 Community License Agreement', 'llama3.1', null, 'alias'],
  ['Meta Llama 3 Community License Agreement', 'llama3', null, 'alias'],
  ['Gemma Terms of Use', 'gemma', null, 'alias'],
  ['OpenRAIL', 'openrail', null, 'alias'],
  ['CC-BY-NC-4.0', 'cc-by-nc-4.0', 'CC-BY-NC-4.0', 'exact'],
  ['CC BY-SA 4.0', 'cc-by-sa-4.0', 'CC-BY-SA-4.0', 'alias'],
  [' Falcon-180B TII License', 'falcon-180b-tii-license', null, 'alias'],
  ['tongyi-qianwen', 'tongyi-qianwen', null, 'alias'],
  ['Databricks Open Model License', 'databricks-open-model-license', null, 'alias'],
  ['Creative Commons Attribution Non Commercial 4.0', 'cc-by-nc-4.0', 'CC-BY-NC-4.0', 'alias'],
  ['BigScience-BLOOM-RAIL-1.0', 'bigscience-bloom-rail-1.0', null, 'alias'],
  ['GPL-3.0-or-later', 'GPL-3.0-or-later', 'GPL-3.0-or-later', 'exact'],
  ['3D-Slicer-1.0', '3D-Slicer-1.0', '3D-Slicer-1.0', 'exact'],
];

for (const [raw, id, spdx, kind] of ALIAS_CASES) {
  test(`normalises ${JSON.stringify(raw)}`, () => {
    const m = normalizeLicense(raw);
    assert.equal(m.input, raw);
    assert.equal(m.id, id);
    assert.equal(m.spdx, spdx);
    assert.equal(m.kind, kind);
  });
}

test('vendor licences map to HF `other`', () => {
  assert.equal(normalizeLicense('tongyi-qianwen').hf, 'other');
  assert.equal(normalizeLicense('Llama 2 Community License').hf, 'llama2');
});

test('non-licence values are recognised as such', () => {
  assert.deepEqual(
    ['Proprietary', 'Undisclosed', 'unlicensed', 'Component not include', 'Component Component not included'].map(
      (s) => {
        const m = normalizeLicense(s);
        return [m.special, m.id];
      },
    ),
    [
      ['proprietary', 'other'],
      ['undisclosed', 'unknown'],
      ['unlicensed', null],
      ['not-included', null],
      ['not-included', null],
    ],
  );
  assert.notEqual(normalizeLicense('unlicensed').id, 'unlicense');
});

test('did-you-mean', () => {
  const typo = normalizeLicense('apach-2.0');
  assert.equal(typo.kind, 'fuzzy');
  assert.equal(typo.id, 'apache-2.0');
  assert.equal(typo.suggestions[0], 'apache-2.0');
  assert.ok(typo.suggestions.length <= 3);
  assert.equal(normalizeLicense('unlicence').id, 'unlicense');
  const partial = normalizeLicense('cc-by-4');
  assert.equal(partial.kind, 'none');
  assert.deepEqual(partial.suggestions.slice(0, 1), ['cc-by-4.0']);
  assert.deepEqual(normalizeLicense('commercial use restrictions; CC-BY-NC-SA-4.0').suggestions.slice(0, 1), [
    'cc-by-nc-sa-4.0',
  ]);
  const nonsense = normalizeLicense('arbitrary words that name nothing');
  assert.equal(nonsense.kind, 'none');
  assert.equal(nonsense.id, null);
});

test('results are cached', () => {
  assert.equal(normalizeLicense('Apache 2.0'), normalizeLicense('Apache 2.0'));
  assert.ok(Object.isFrozen(normalizeLicense('Apache 2.0')));
});

const PRECEDENTS = [
  ['apache-2.0', 5, false],
  ['mit', 5, false],
  ['bsd-3-clause', 5, false],
  ['gpl-3.0', 5, true],
  ['gpl-2.0', 5, true],
  ['cc-by-sa-4.0', 5, true],
  ['openrail', 4, false],
  ['bigscience-bloom-rail-1.0', 4, false],
  ['creativeml-openrail-m', 4, false],
  ['odc-by', 4, true],
  ['cc-by-nc-4.0', 4, false],
  ['llama2', 3, false],
  ['llama3', 3, false],
  ['LLaMA License', 3, false],
  ['Databricks Open Model License', 3, false],
  ['fair-noncommercial-research-license', 3, false],
];

for (const [id, grade, overrides] of PRECEDENTS) {
  test(`Eiras precedent: ${id} → ${grade}`, () => {
    const g = licenseGrade(id);
    assert.equal(g.grade, grade);
    assert.equal(g.precedentOverridesRubric, overrides);
    assert.match(g.basis, /precedent/);
    if (overrides) assert.match(g.basis, /precedent wins/);
  });
}

test('rubric points map to levels as the paper states', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5].map(pointsToGrade), [2, 2, 3, 3, 4, 5]);
  assert.equal(rubricPoints(PERMISSIVE), 5);
  assert.equal(rubricPoints({ ...PERMISSIVE, commercial: false, relicense_derivatives: false }), 3);
});

test('custom permissions for `license: other` are graded by the rubric', () => {
  assert.equal(licenseGrade('other').grade, null);
  const g = licenseGrade('other', {
    research: true,
    commercial: false,
    modify: true,
    copyright_derivatives: true,
    relicense_derivatives: false,
  });
  assert.deepEqual([g.grade, g.points, g.precedentOverridesRubric], [3, 3, false]);
  assert.equal(licenseGrade('other', PERMISSIVE).grade, 5);
  const partial = licenseGrade('other', { research: true });
  assert.deepEqual([partial.grade, partial.points], [2, 1]);
  assert.match(partial.basis, /counted as not granted/);
  assert.equal(
    licenseGrade('gpl-3.0', { relicense_derivatives: false }).grade,
    4,
    'declared permissions bypass the precedent',
  );
});

test('unknown and non-licence strings are not graded, with a reason', () => {
  for (const s of ['unknown', 'cc', 'Undisclosed', 'unlicensed', 'Proprietary', 'no such licence here']) {
    const g = licenseGrade(s);
    assert.equal(g.grade, null, s);
    assert.equal(g.points, null, s);
    assert.match(g.basis, /^Not graded: /, s);
  }
});

test('lookupLicense gathers the record for hovers', () => {
  const info = lookupLicense('Apache 2.0');
  assert.equal(info.name, 'Apache License 2.0');
  assert.equal(info.hf.id, 'apache-2.0');
  assert.equal(info.spdx.id, 'Apache-2.0');
  assert.ok(info.osiApproved && info.fsfLibre);
  assert.deepEqual(info.mof, { literalOpen: false, open: true, typeAppropriate: ['code', 'document'] });
  assert.equal(info.grade.grade, 5);
  const cc = lookupLicense('cc-by-4.0');
  assert.ok(cc.openData && cc.openContent);
  const nc = lookupLicense('CC-BY-NC-4.0');
  assert.ok(!nc.openData && !nc.osiApproved);
  assert.equal(HF_LICENSE_BY_ID.get('llama2').precedent.level, 3);
  assert.equal(lookupLicense('nothing like a licence').name, null);
});
