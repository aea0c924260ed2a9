// MOF evaluator: the 27 MOT test manifests must give the per-class progress their file names encode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { evaluateMof, MOF_COMPONENTS, phpRound } from '../../dist/engine.mjs';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const testData = `${corpus}mof-test-data/`;
const haveCorpus = existsSync(testData);

// [class1, class2, class3] as the MOT Test_Data file names state them (the contract).
const EXPECTED = {
  'Class1TestFile_C1_100%-C2_100%-C3_100%_15C_2G_15L_15V_0I_15T.yml': [100, 100, 100],
  'Class2RTestFile_C1_77%-C2_100%-C3_100%_11C_1G_11L_11V_0I_11T.yml': [77, 100, 100],
  'Class2TTestFile_C1_71%-C2_100%-C3_100%_11C_1G_11L_11V_0I_11T.yml': [71, 100, 100],
  'Class3RTestFile_C1_40%-C2_60%-C3_100%_6C_1G_6L_6V_0I_6T.yml': [40, 60, 100],
  'Class3TTestFile_C1_33%-C2_60%-C3_100%_6C_1G_6L_6V_0I_6T.yml': [33, 60, 100],
  'FullTestFile_C1_100%-C2_100%-C3_100%_17C_4G_17L_17V_0I_17T.yml': [100, 100, 100],
  'MinimalFile_C1_0%-C2_0%-C3_0%_1C_0G_0L_0V_0I_0T.yml': [0, 0, 0],
  'NoLicenseFile_C1_0%-C2_0%-C3_0%_12C_0G_0L_0V_0I_0T.yml': [0, 0, 0],
  'NoLicenseFile_C1_0%-C2_0%-C3_0%_16C_0G_0L_0V_0I_0T.yml': [0, 0, 0],
  'NoLicenseFile_C1_0%-C2_0%-C3_0%_3C_0G_0L_0V_0I_0T.yml': [0, 0, 0],
  'NoLicenseFile_C1_0%-C2_0%-C3_0%_6C_0G_0L_0V_0I_0T.yml': [0, 0, 0],
  'NoLicenseFile_C1_0%-C2_0%-C3_0%_9C_0G_0L_0V_0I_0T.yml': [0, 0, 0],
  'OnlyComponentLicenses_C1_13%-C2_18%-C3_33%_8C_0G_8L_2V_6I_2T.yml': [13, 18, 33],
  'OnlyComponentLicenses_C1_20%-C2_18%-C3_33%_11C_0G_11L_4V_7I_1T.yml': [20, 18, 33],
  'OnlyComponentLicenses_C1_27%-C2_36%-C3_50%_9C_0G_9L_4V_5I_4T.yml': [27, 36, 50],
  'OnlyComponentLicenses_C1_47%-C2_45%-C3_50%_15C_0G_15L_7V_8I_6T.yml': [47, 45, 50],
  'OnlyComponentLicenses_C1_7%-C2_0%-C3_0%_7C_0G_7L_2V_5I_0T.yml': [7, 0, 0],
  'OnlyGlobalLicense_C1_20%-C2_18%-C3_33%_3C_2G_0L_3V_0I_3T.yml': [20, 18, 33],
  'OnlyGlobalLicense_C1_33%-C2_27%-C3_17%_5C_4G_0L_5V_0I_5T.yml': [33, 27, 17],
  'OnlyGlobalLicense_C1_47%-C2_45%-C3_33%_10C_2G_0L_7V_0I_7T.yml': [47, 45, 33],
  'OnlyGlobalLicense_C1_7%-C2_9%-C3_17%_8C_1G_0L_2V_0I_2T.yml': [7, 9, 17],
  'OnlyGlobalLicense_C1_87%-C2_91%-C3_83%_15C_3G_0L_15V_0I_15T.yml': [87, 91, 83],
  'RandomTestFile_C1_13%-C2_18%-C3_17%_3C_2G_3L_3V_0I_0T.yml': [13, 18, 17],
  'RandomTestFile_C1_27%-C2_18%-C3_17%_11C_2G_11L_5V_6I_5T.yml': [27, 18, 17],
  'RandomTestFile_C1_33%-C2_45%-C3_50%_7C_2G_7L_5V_2I_1T.yml': [33, 45, 50],
  'RandomTestFile_C1_7%-C2_9%-C3_0%_6C_2G_6L_1V_5I_1T.yml': [7, 9, 0],
  'RandomTestFile_C1_73%-C2_82%-C3_83%_15C_4G_15L_13V_2I_11T.yml': [73, 82, 83],
};

/** MofInput from a parsed MOF manifest's `release`. */
function toInput(release) {
  const license = release.license && typeof release.license === 'object' ? release.license : {};
  const name = (k) => (license[k] && typeof license[k] === 'object' ? (license[k].name ?? null) : null);
  return {
    components: (release.components ?? []).map((c) => ({ name: c.name, license: c.license ?? null })),
    licenses: {
      distribution: name('distribution'),
      code: name('code'),
      data: name('data'),
      document: name('document'),
    },
  };
}

const input = (components, licenses = {}) => ({ components, licenses });
const all = (license) => MOF_COMPONENTS.map((c) => ({ name: c.name, license }));

test('the 17 MOF components, 6 / 10 / 14 required', () => {
  assert.equal(MOF_COMPONENTS.length, 17);
  const req = (k) => MOF_COMPONENTS.filter((c) => c.class === k && c.required).length;
  assert.deepEqual([req(3), req(2), req(1)], [6, 4, 4]);
  assert.deepEqual(
    MOF_COMPONENTS.filter((c) => !c.required)
      .map((c) => c.name)
      .sort(),
    ['Model metadata', 'Sample model outputs', 'Supporting libraries and tools'],
  );
});

test('MOT test data: all 27 file names reproduced', { skip: !haveCorpus && 'shared corpus not present' }, () => {
  const files = readdirSync(testData)
    .filter((f) => f.endsWith('.yml'))
    .sort();
  assert.deepEqual(files, Object.keys(EXPECTED).sort(), 'the table covers exactly the 27 files');
  const wrong = [];
  for (const file of files) {
    const doc = YAML.parse(readFileSync(testData + file, 'utf8'));
    const ev = evaluateMof(toInput(doc.release));
    const got = [ev.progress.class1, ev.progress.class2, ev.progress.class3];
    if (got.join() !== EXPECTED[file].join())
      wrong.push(`${file}: got ${got.join('/')}, want ${EXPECTED[file].join('/')}`);
  }
  assert.deepEqual(wrong, []);
});

test(
  'MOT test data: the `mot` values equal MOT REST output (expected_results.json)',
  { skip: !haveCorpus && 'shared corpus not present' },
  () => {
    const reference = YAML.parse(readFileSync(`${testData}expected_results.json`, 'utf8'));
    assert.equal(reference.models.length, 27);
    for (const model of reference.models) {
      const ev = evaluateMof(toInput(model.release));
      const p = model.classification.progress;
      assert.deepEqual(
        [ev.mot.class1, ev.mot.class2, ev.mot.class3].map(phpRound),
        [p[1], p[2], p[3]].map(phpRound),
        model.release.name,
      );
      assert.equal(ev.class ?? 0, model.classification.class, model.release.name);
    }
  },
);

test(
  'real MOT manifests: 14 Class I, 1 Class II, 16 Class III',
  { skip: !haveCorpus && 'shared corpus not present' },
  () => {
    const dir = `${corpus}manifests/`;
    const counts = { 1: 0, 2: 0, 3: 0, null: 0 };
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      const doc = YAML.parse(readFileSync(dir + f, 'utf8'));
      counts[evaluateMof(toInput(doc.release)).class]++;
    }
    assert.deepEqual(counts, { 1: 14, 2: 1, 3: 16, null: 242 });
  },
);

test('licence resolution: component, then type global, then distribution, then unlicensed', () => {
  const ev = evaluateMof(
    input(
      [
        { name: 'Model architecture', license: 'MIT' },
        { name: 'Training code' },
        { name: 'Model parameters (Final)' },
        { name: 'Model card', license: null },
      ],
      { code: 'Apache-2.0', distribution: 'CC-BY-4.0' },
    ),
  );
  const by = Object.fromEntries(ev.components.map((c) => [c.name, [c.license, c.source]]));
  assert.deepEqual(by['Model architecture'], ['MIT', 'component']);
  assert.deepEqual(by['Training code'], ['Apache-2.0', 'type']);
  assert.deepEqual(by['Model parameters (Final)'], ['CC-BY-4.0', 'distribution']);
  assert.deepEqual(by['Model card'], ['CC-BY-4.0', 'distribution']);
  const none = evaluateMof(input([{ name: 'Model card' }]));
  assert.deepEqual(none.components[0], {
    name: 'Model card',
    contentType: 'document',
    license: 'unlicensed',
    source: 'none',
    status: 'unlicensed',
    typeAppropriate: false,
  });
  const empty = evaluateMof(input([{ name: 'Model card', license: '' }], { distribution: 'MIT' }));
  assert.equal(empty.components[0].status, 'unlicensed', 'an empty component licence does not inherit');
});

test('licence strings are compared literally, unlicensed differs from invalid', () => {
  const ev = evaluateMof(
    input([
      { name: 'Model architecture', license: 'Apache 2.0' },
      { name: 'Model card', license: 'unlicensed' },
      { name: 'Data card', license: 'CC-BY-4.0' },
    ]),
  );
  assert.deepEqual(ev.classes[3].invalid, ['Model architecture']);
  assert.deepEqual(ev.classes[3].unlicensed, ['Model card']);
  assert.deepEqual(ev.classes[3].included, ['Data card']);
  assert.ok(ev.classes[3].missing.includes('Technical report'));
});

test('open but not type-appropriate counts, with a warning', () => {
  const ev = evaluateMof(
    input([
      { name: 'Model parameters (Final)', license: 'GPL-3.0-only' },
      { name: 'Model architecture', license: 'MIT' },
    ]),
  );
  assert.deepEqual(ev.classes[3].included, ['Model architecture', 'Model parameters (Final)']);
  assert.deepEqual(ev.notTypeAppropriate, ['Model parameters (Final)']);
  const mdw = evaluateMof(input(all('OpenMDW-1.0')));
  assert.deepEqual(mdw.notTypeAppropriate, []);
  assert.equal(mdw.class, 1);
});

test('research paper waiver: stands in for the technical report, class I needs one fewer', () => {
  const names = MOF_COMPONENTS.filter((c) => c.required && c.name !== 'Technical report').map((c) => ({
    name: c.name,
    license: 'Apache-2.0',
  }));
  const ev = evaluateMof(input(names));
  assert.deepEqual(ev.progress, { class1: 100, class2: 100, class3: 100 });
  assert.equal(ev.class, 1);
  assert.equal(ev.label, 'Class I - Open Science Model');
  assert.ok(ev.classes[3].included.includes('Research paper'));
  assert.ok(!ev.classes[1].missing.includes('Technical report'));
  const withoutPaper = evaluateMof(input(names.filter((c) => c.name !== 'Research paper')));
  assert.ok(withoutPaper.classes[3].missing.includes('Technical report'));
  assert.equal(withoutPaper.class, null);
});

test('a class below an unmet class: MOT shows 0, the evaluator keeps the partial count', () => {
  const ev = evaluateMof(
    input([
      { name: 'Datasets', license: 'CC-BY-4.0' },
      { name: 'Model card', license: 'CC-BY-4.0' },
    ]),
  );
  assert.deepEqual(ev.mot, { class1: 0, class2: 0, class3: (1 / 6) * 100 });
  assert.deepEqual(ev.basis, { class1: 'partial', class2: 'partial', class3: 'mot' });
  assert.deepEqual(ev.progress, { class1: 13, class2: 9, class3: 17 });
  assert.equal(ev.class, null);
  assert.equal(ev.label, 'Unclassified');
});

test('unknown component names are reported and ignored', () => {
  const ev = evaluateMof(
    input([
      { name: 'Weights', license: 'MIT' },
      { name: 'Model card', license: 'MIT' },
    ]),
  );
  assert.deepEqual(ev.unknownComponents, ['Weights']);
  assert.equal(ev.components.length, 1);
});

test('phpRound rounds half away from zero after pre-rounding', () => {
  assert.equal(phpRound(0.5), 1);
  assert.equal(phpRound(2.4999999999999996), 3);
  assert.equal(phpRound(76.92307692307693), 77);
  assert.equal(phpRound(-0.5), -1);
});
