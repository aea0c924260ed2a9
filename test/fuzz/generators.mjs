// fast-check generators for the property tests (issue 5): structured random model cards and MOF release manifests,
// and byte/line mutations of the real corpus files in ../shared/corpus. Every generator yields a `Case`:
// { text, path, options } where `options` are the LintOptions the engine gets (profile, stage, forced kind).
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as E from '../unit/engine.mjs';

// ---------- text fragments ----------

const WORDS = [
  'model',
  'data',
  'the',
  'weights',
  'training',
  'evaluation',
  'safety',
  'license',
  'open',
  'closed',
  'released',
  'API',
  'benchmark',
  'risk',
  'bias',
  'CBRN',
  'red-team',
  'tokens',
  'GPU',
  'A100',
  'FLOP',
  'CO2',
  'kg',
  'contact',
  'email@example.org',
  'https://example.org/x',
  'v1.0',
  '7B',
  '1e24',
  '—',
  '…',
  'naïve',
  'Ünïcödé',
  '模型',
  '训练数据',
  '評価',
  'ライセンス',
  '한국어',
  'العربية',
  'עברית',
  '😀',
  '🚀',
  '🏳️‍🌈',
  '👩‍👩‍👧',
  '𝒜𝒷𝒸',
  '𠀀',
  'e\u0301',
  '\u200b',
  '\u00a0',
  'TODO',
  '{{ model_id }}',
  '[optional]',
  '&nbsp;',
  '&amp;',
  '<br>',
  '`code`',
  '**bold**',
  '_em_',
  '[link](https://x.y)',
  '![img](a.png)',
  'yes',
  'no',
  'on',
  'off',
];
const SECTION_TITLES = [
  'Model Details',
  'Model Description',
  'Model Card for X',
  'Model Summary',
  'Uses',
  'Direct Use',
  'Downstream Use [optional]',
  'Out-of-Scope Use',
  'Misuse',
  'Bias, Risks, and Limitations',
  'Limitations',
  'Recommendations',
  'Training Details',
  'Training Data',
  'Training Procedure',
  'Preprocessing [optional]',
  'Training Hyperparameters',
  'Evaluation',
  'Testing Data',
  'Factors',
  'Metrics',
  'Results',
  'Benchmarks',
  'Environmental Impact',
  'Carbon Emissions',
  'Technical Specifications',
  'Model Architecture and Objective',
  'Compute Infrastructure',
  'Hardware',
  'Software',
  'Citation',
  'Model Card Contact',
  'Contact',
  'License',
  'Licence',
  'Terms of Use',
  'Safety Evaluation',
  'Red Teaming',
  'Risk Assessment',
  'Research & Innovation',
  'Safety & Security',
  'Equity & Access',
  'Broader Society',
  'Responsible AI',
  'Ethical Considerations',
  'Intended Use',
  'Primary intended uses',
  'Glossary',
  'More Information',
  'Model Card Authors',
  '模型介绍',
  '模型训练',
  '许可协议',
  'ライセンス',
  'モデル概要',
  'How to Get Started with the Model',
  'Quantization',
  'FAQ',
  '',
];
const PLACEHOLDERS = [
  E.TEMPLATE_PLACEHOLDER,
  E.TEMPLATE_DEFAULT_RECOMMENDATION,
  '[More Information Needed]',
  '{{ model_description | default("", true) }}',
  'TBD',
  'N/A',
  'Coming soon.',
  'TODO: fill in',
];
const LICENCES = [
  ...E.HF_LICENSE_IDS,
  'Apache-2.0',
  'MIT',
  'GPL-3.0-only',
  'apache 2.0',
  'Apache License 2.0',
  'llama2',
  'llama3.1',
  'cc-by-nc-sa-4.0',
  'CC-BY-4.0',
  'other',
  'unknown',
  'proprietary',
  'LicenseRef-custom',
  ' mit ',
  'MIT OR Apache-2.0',
  'odc-by',
  'CDLA-Permissive-2.0',
  'unlicensed',
  'Unlicensed',
  'none',
  '',
];
const RISK_IDS = [...E.RISK_AREA_IDS, 'safety', 'research_innovation', 'broader-society', 'equity'];
const COMPONENTS = [...E.COMPONENT_IDS, 'weight', 'training_data', 'pretraining-code', 'eval_code', 'Weights'];
const STATUS = [...E.STATUS_WORDS, 'open', 'Released', 'closed-source', 'n/a', 'partial'];
const ASSESS = [...E.ASSESSMENT_STATUSES, 'done', 'Assessed', 'todo', 'n/a'];
const STAGES = [...E.STAGE_IDS, 'near term', 'Mid-term', 'late', 'long_term'];
const TAGS = [...E.PIPELINE_TAG_IDS, 'text-generatoin', 'Text-Generation', 'text2text', 'llm', 'chat', 'image-to-txt'];
const MOF_NAMES = [
  ...E.MOF_COMPONENTS.map((c) => c.name),
  'model architecture',
  'Model Parameters (final)',
  'Weights',
  'Training Code',
  'Datasets ',
  'Model card',
  'Unknown thing',
];
const RULE_IDS = [...E.RULE_IDS(), 'no-such-rule', 'undisclosed-*', 'all'];
const HF_KEYS = E.HF_FIELDS.map((f) => f.key);

const pick = (arr) => fc.constantFrom(...arr);
const word = fc.oneof(
  { weight: 8, arbitrary: pick(WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }).map(noNul) },
);

/** Remove NUL (binary content makes the whole file unlintable; dedicated cases add it on purpose). */
function noNul(s) {
  return s.replace(/\u0000/g, '');
}

const words = (min, max) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const sentence = fc.oneof({ weight: 6, arbitrary: words(1, 14) }, { weight: 1, arbitrary: pick(PLACEHOLDERS) });

/** A single typo (drop, swap, case) to exercise did-you-mean paths. */
function typo(s) {
  return fc.oneof(
    fc.constant(s),
    fc.nat(Math.max(0, s.length - 1)).map((i) => s.slice(0, i) + s.slice(i + 1)),
    fc.nat(Math.max(0, s.length - 2)).map((i) => s.slice(0, i) + (s[i + 1] ?? '') + (s[i] ?? '') + s.slice(i + 2)),
    fc.constant(s.toUpperCase()),
    fc.constant(s.replace(/[-_]/g, ' ')),
  );
}
const typoOf = (arr) =>
  pick(arr).chain((s) => fc.oneof({ weight: 3, arbitrary: fc.constant(s) }, { weight: 1, arbitrary: typo(s) }));

// ---------- YAML pieces (arrays of lines, no line endings) ----------

const yamlPlain = fc.oneof(
  pick([
    'yes',
    'no',
    'on',
    'off',
    'y',
    'n',
    'Yes',
    'NO',
    'true',
    'false',
    'null',
    '~',
    '0',
    '1.5',
    '-3',
    '1e5',
    '0x1F',
    '2024-01-01',
    '""',
    "''",
    '[]',
    '{}',
  ]),
  typoOf(LICENCES),
  word,
  words(1, 4),
);
const yamlQuoted = fc.oneof(
  sentence.map((s) => JSON.stringify(s)),
  sentence.map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.constant('"unterminated'),
  fc.constant("'also unterminated"),
  fc.constant('"escape \\x \\u12"'),
);
const yamlFlowList = fc.array(fc.oneof(yamlPlain, yamlQuoted), { maxLength: 5 }).map((xs) => `[${xs.join(', ')}]`);
const yamlScalar = fc.oneof(
  { weight: 5, arbitrary: yamlPlain },
  { weight: 2, arbitrary: yamlQuoted },
  { weight: 1, arbitrary: yamlFlowList },
  {
    weight: 1,
    arbitrary: pick([
      '&a anchor',
      '*a',
      '*undefined',
      '!!str 12',
      '!custom x',
      '|',
      '>-',
      '[unclosed',
      '{a: 1',
      '}',
      ']',
      'a: b: c',
      '- x',
      '@at',
      '`tick',
      '%',
      '# only comment',
    ]),
  },
);

/** `key: value` with value a scalar, a block list or a flow list. */
function keyWith(key, valueArb, indent = '') {
  return fc.oneof(
    { weight: 4, arbitrary: valueArb.map((v) => [`${indent}${key}: ${v}`]) },
    {
      weight: 2,
      arbitrary: fc
        .array(valueArb, { minLength: 0, maxLength: 4 })
        .map((vs) => [`${indent}${key}:`, ...vs.map((v) => `${indent}- ${v}`)]),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(valueArb, { minLength: 0, maxLength: 4 })
        .map((vs) => [`${indent}${key}: [${vs.join(', ')}]`]),
    },
    { weight: 1, arbitrary: fc.constant([`${indent}${key}:`]) },
  );
}

const licenceEntry = fc.oneof(
  keyWith('license', typoOf(LICENCES)),
  fc
    .tuple(typoOf(LICENCES), sentence, fc.webUrl())
    .map(([l, n, u]) => [`license: ${l}`, `license_name: ${n}`, `license_link: ${u}`]),
  fc.constant(['license: other', 'license_name: custom-licence']),
);
const openness = fc
  .array(
    fc
      .tuple(typoOf(COMPONENTS), fc.nat(5), typoOf(STATUS), typoOf(LICENCES), fc.webUrl())
      .map(([c, shape, s, l, u]) => {
        switch (shape) {
          case 0:
            return [`  ${c}: ${s}`];
          case 1:
            return [`  ${c}: ${l}`];
          case 2:
            return [`  ${c}: {status: ${s}, license: ${l}, url: ${u}}`];
          case 3:
            return [`  ${c}:`, `    status: ${s}`, `    license: ${l}`, `    url: ${u}`];
          case 4:
            return [`  ${c}: [${s}, ${l}]`];
          default:
            return [`  ${c}:`];
        }
      }),
    { maxLength: 14 },
  )
  .map((xs) => ['openness:', ...xs.flat()]);
const riskAssessment = fc
  .array(
    fc.tuple(typoOf(RISK_IDS), fc.nat(3), typoOf(ASSESS), sentence, fc.webUrl()).map(([r, shape, s, text, u]) => {
      if (shape === 0) return [`  ${r}: ${s}`];
      if (shape === 1)
        return [
          `  ${r}:`,
          `    status: ${s}`,
          `    summary: ${JSON.stringify(text)}`,
          `    evidence: [${u}]`,
          `    mitigations: [${JSON.stringify(text)}]`,
        ];
      if (shape === 2) return [`  ${r}:`, `    status: ${s}`, `    evidence:`, `      - ${u}`];
      return [`  ${r}: {status: ${s}, summary: ${JSON.stringify(text)}}`];
    }),
    { maxLength: 6 },
  )
  .map((xs) => ['risk_assessment:', ...xs.flat()]);
const modelIndex = fc
  .array(
    fc
      .tuple(typoOf(TAGS), word, yamlPlain, fc.oneof(fc.double({ noNaN: false }).map(String), yamlPlain), fc.nat(3))
      .map(([task, ds, metric, value, shape]) => {
        if (shape === 0)
          return [
            '  - task:',
            `      type: ${task}`,
            '    dataset:',
            `      name: ${ds}`,
            `      type: ${ds}`,
            '    metrics:',
            `      - type: ${metric}`,
            `        value: ${value}`,
          ];
        if (shape === 1)
          return [
            '  - task: {type: ' + task + '}',
            '    dataset: {name: ' + ds + '}',
            '    metrics: [{type: ' + metric + ', value: ' + value + '}]',
          ];
        if (shape === 2) return ['  - metrics:', `    - value: ${value}`];
        return [`  - ${value}`];
      }),
    { maxLength: 3 },
  )
  .chain((results) =>
    fc
      .tuple(fc.boolean(), word)
      .map(([named, n]) => [
        'model-index:',
        ...(named ? [`- name: ${n}`, '  results:'] : ['- results:']),
        ...results.flat(),
      ]),
  );
const co2 = fc.oneof(
  fc
    .oneof(fc.double().map(String), pick(['"1200"', '1,200 kg', '12 t', 'unknown', '-5']))
    .map((v) => [`co2_eq_emissions: ${v}`]),
  fc
    .tuple(
      fc.oneof(fc.integer().map(String), yamlPlain),
      typoOf(['source', 'training_type', 'geographical_location', 'hardware_used', 'emissions', 'emission']),
      pick(['pre-training', 'fine-tuning', 'pretraining', 'Fine-tuning', 'both']),
      sentence,
    )
    .map(([e, k, t, s]) => [
      'co2_eq_emissions:',
      `  emissions: ${e}`,
      `  ${k}: ${JSON.stringify(s)}`,
      `  training_type: ${t}`,
    ]),
);
const directiveYaml = fc
  .tuple(
    pick(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']),
    fc.array(pick(RULE_IDS), { maxLength: 3 }),
    fc.option(sentence),
    pick([', ', ' ', ',']),
  )
  .map(
    ([k, ids, reason, sep]) =>
      `# modelcard-lint-${k}${ids.length ? ' ' + ids.join(sep) : ''}${reason !== null ? ` -- ${reason}` : ''}`,
  );

const frontMatterEntry = fc.oneof(
  { weight: 4, arbitrary: licenceEntry },
  { weight: 2, arbitrary: keyWith('pipeline_tag', typoOf(TAGS)) },
  { weight: 2, arbitrary: keyWith('language', pick(['en', 'de', 'no', 'yes', 'zh', 'ja', 'multilingual', 'N', 'on'])) },
  { weight: 1, arbitrary: keyWith('datasets', word) },
  { weight: 1, arbitrary: keyWith('tags', yamlPlain) },
  { weight: 1, arbitrary: keyWith('base_model', word) },
  { weight: 1, arbitrary: keyWith('metrics', yamlPlain) },
  { weight: 1, arbitrary: keyWith('library_name', pick(['transformers', 'diffusers', 'peft', 'gguf', 'yes'])) },
  { weight: 1, arbitrary: fc.tuple(typoOf(HF_KEYS), yamlScalar).map(([k, v]) => [`${k}: ${v}`]) },
  { weight: 3, arbitrary: openness },
  { weight: 2, arbitrary: typoOf(STAGES).map((s) => [`stage: ${s}`]) },
  { weight: 3, arbitrary: riskAssessment },
  { weight: 2, arbitrary: modelIndex },
  { weight: 2, arbitrary: co2 },
  { weight: 2, arbitrary: directiveYaml.map((d) => [d]) },
  { weight: 1, arbitrary: fc.tuple(yamlPlain, directiveYaml).map(([v, d]) => [`tags: ${v} ${d}`]) },
  { weight: 1, arbitrary: sentence.map((s) => [`# ${s}`]) },
  { weight: 1, arbitrary: fc.constant(['']) },
  { weight: 1, arbitrary: fc.tuple(word, yamlScalar).map(([k, v]) => [`${k.replace(/[:#\s]/g, '') || 'k'}: ${v}`]) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.oneof(
        yamlScalar,
        sentence,
        pick(['  bad indent: x', '\tx: tab', '- list item', '? complex', ': nokey', '---', '...', '%YAML 1.2']),
      ),
      { maxLength: 3 },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constant(['base: &anchor', '  license: mit', 'copy: *anchor', 'merged:', '  <<: *anchor']),
  },
);

// ---------- Markdown blocks (arrays of lines) ----------

const title = fc.oneof({ weight: 4, arbitrary: typoOf(SECTION_TITLES) }, { weight: 1, arbitrary: sentence });
const heading = fc.tuple(title, fc.integer({ min: 1, max: 6 }), fc.nat(9), word).map(([t, level, kind, w]) => {
  const hashes = '#'.repeat(level);
  switch (kind) {
    case 0:
      return [`${hashes} ${t} ${hashes}`];
    case 1:
      return [t || w, level % 2 ? '===' : '---'];
    case 2:
      return [`**${t}**`];
    case 3:
      return [`<h${level} align="center">${t}</h${level}>`];
    case 4:
      return [`${hashes} ${level}. ${t}`];
    case 5:
      return [`${hashes}${t}`];
    case 6:
      return [`   ${hashes} **${t}** ${w}`];
    case 7:
      return [`<h${level}>`, t, `</h${level}>`];
    default:
      return [`${hashes} ${t}`];
  }
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 });
const listBlock = fc
  .array(
    fc.tuple(
      pick(['- ', '* ', '+ ', '1. ', '2) ', '  - ', '    - ', '- [ ] ']),
      fc.oneof(
        sentence,
        fc.tuple(title, sentence).map(([l, s]) => `**${l}:** ${s}`),
      ),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((xs) => xs.map(([m, s]) => m + s));
const quoteBlock = fc
  .tuple(fc.integer({ min: 1, max: 6 }), paragraph)
  .map(([n, lines]) => lines.map((l) => '> '.repeat(n) + l));
const codeFence = fc
  .tuple(
    pick(['```', '~~~', '````', '```yaml', '```python', '~~~markdown']),
    fc.array(fc.oneof(sentence, pick(['# not a heading', '---', '<!-- x -->', 'license: mit', '```', '## Uses'])), {
      maxLength: 4,
    }),
    fc.boolean(),
  )
  .map(([f, body, closed]) => [f, ...body, ...(closed ? [f.replace(/[a-z]+$/, '')] : [])]);
const comment = fc.oneof(
  sentence.map((s) => [`<!-- ${s} -->`]),
  fc.tuple(sentence, sentence).map(([a, b]) => ['<!--', a, b, '-->']),
  sentence.map((s) => [`<!-- ${s}`]),
  fc
    .tuple(
      pick(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']),
      fc.array(pick(RULE_IDS), { maxLength: 3 }),
      fc.option(sentence),
    )
    .map(([k, ids, r]) => [
      `<!-- modelcard-lint-${k}${ids.length ? ' ' + ids.join(', ') : ''}${r !== null ? ` -- ${r}` : ''} -->`,
    ]),
  fc
    .tuple(pick(['disable', 'disable-next-line']), pick(RULE_IDS), sentence)
    .map(([k, id, s]) => [`${s} <!-- modelcard-lint-${k} ${id} -->`]),
);
const htmlBlock = fc
  .tuple(pick(['div', 'details', 'p', 'table', 'summary']), sentence)
  .map(([t, s]) => [`<${t}>`, s, `</${t}>`]);
const table = fc
  .array(fc.tuple(word, word), { minLength: 1, maxLength: 4 })
  .map((rows) => ['| a | b |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)]);
const misc = fc.oneof(
  pick([
    ['---'],
    ['***'],
    ['    indented code'],
    [''],
    ['\t\ttabs'],
    ['<br/>'],
    ['</div>'],
    ['\\'],
    ['| broken | table'],
  ]),
  fc.string({ unit: 'binary', maxLength: 20 }).map((s) => [noNul(s)]),
  pick(PLACEHOLDERS).map((p) => [p]),
);
const block = fc.oneof(
  { weight: 5, arbitrary: heading },
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: listBlock },
  { weight: 1, arbitrary: quoteBlock },
  { weight: 1, arbitrary: codeFence },
  { weight: 2, arbitrary: comment },
  { weight: 1, arbitrary: htmlBlock },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: misc },
);

// ---------- assembling documents ----------

/** Join lines with a line-ending style: LF, CRLF, mixed per line, or (rarely) lone CR. */
function joinLines(lines, style, picks) {
  if (style === 'lf') return lines.join('\n');
  if (style === 'crlf') return lines.join('\r\n');
  if (style === 'cr') return lines.join('\r');
  let out = '';
  lines.forEach((l, i) => {
    out += l;
    if (i < lines.length - 1) out += picks[i % picks.length] ? '\r\n' : '\n';
  });
  return out;
}
const lineStyle = fc.oneof(
  { weight: 6, arbitrary: fc.constant('lf') },
  { weight: 4, arbitrary: fc.constant('crlf') },
  { weight: 1, arbitrary: fc.constant('mixed') },
  { weight: 1, arbitrary: fc.constant('cr') },
);
const trailing = fc.oneof(
  { weight: 4, arbitrary: fc.constant(1) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constant(3) },
);

const CARD_PATHS = ['README.md', 'MODEL_CARD.md', 'model-card.md', 'docs/modelcard.markdown', 'notes.md'];
const PROFILES = E.PROFILE_IDS;

const options = (kind) =>
  fc
    .record({
      profile: fc.oneof({ weight: 3, arbitrary: fc.constant('strict') }, { weight: 2, arbitrary: pick(PROFILES) }),
      stage: fc.option(pick(E.STAGE_IDS), { freq: 3 }),
      forceKind: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    })
    .map(({ profile, stage, forceKind }) => ({
      config: { profile, rules: {}, ...(stage ? { stage } : {}) },
      ...(forceKind ? { kind } : {}),
    }));

export const card = fc
  .record({
    bom: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    style: lineStyle,
    picks: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    fm: fc.option(
      fc.record({
        entries: fc.array(frontMatterEntry, { maxLength: 10 }),
        close: fc.oneof(
          { weight: 8, arbitrary: fc.constant('---') },
          { weight: 1, arbitrary: fc.constant('...') },
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constant('--- ') },
        ),
        dup: fc.boolean(),
      }),
      { freq: 6 },
    ),
    blocks: fc.array(block, { maxLength: 16 }),
    trail: trailing,
    path: pick(CARD_PATHS),
    opts: options('model-card'),
  })
  .map(({ bom, style, picks, fm, blocks, trail, path, opts }) => {
    const lines = [];
    if (fm) {
      const entries = fm.entries.flat();
      if (fm.dup && entries.length) entries.push(entries.find((l) => /^[a-z_-]+:/.test(l)) ?? entries[0]);
      lines.push('---', ...entries);
      if (fm.close !== null) lines.push(fm.close);
    }
    for (const b of blocks) lines.push(...b, '');
    for (let i = 1; i < trail; i++) lines.push('');
    let text = joinLines(lines, style, picks);
    if (trail > 0 && lines.length) text += style === 'crlf' ? '\r\n' : style === 'cr' ? '\r' : '\n';
    return { source: 'card', text: (bom ? '\uFEFF' : '') + text, path, options: opts };
  });

// ---------- manifests ----------

const licenceValue = fc.oneof(
  {
    weight: 6,
    arbitrary: typoOf(LICENCES).map((l) => (l === '' ? "''" : /^[\w.-]+$/.test(l) ? l : JSON.stringify(l))),
  },
  { weight: 1, arbitrary: yamlScalar },
);
const component = fc
  .tuple(typoOf(MOF_NAMES), licenceValue, sentence, fc.nat(7), fc.webUrl())
  .map(([name, lic, desc, shape, url]) => {
    switch (shape) {
      case 0:
        return [`  - name: ${name}`, `    description: ${JSON.stringify(desc)}`, `    license: ${lic}`];
      case 1:
        return [`  - {name: ${name}, license: ${lic}}`];
      case 2:
        return [`  - name: ${name}`];
      case 3:
        return [`  - name: ${name}`, `    license_name: ${lic}`, `    location: ${url}`];
      case 4:
        return [`  - name: ${name}`, `    license: ${lic}`, `    license_path: ${url}`, `    component_path: ${url}`];
      case 5:
        return [`  - license: ${lic}`];
      case 6:
        return [`  - ${name}`];
      default:
        return [`  - name: ${name}`, `    license:`, `      - ${lic}`];
    }
  });
const globalLicences = fc
  .array(fc.tuple(typoOf(['distribution', 'code', 'data', 'document', 'docs']), licenceValue, fc.boolean()), {
    maxLength: 5,
  })
  .map((xs) =>
    xs.length
      ? [
          '  license:',
          ...xs.flatMap(([scope, l, withPath]) => [
            `    ${scope}:`,
            `      name: ${l}`,
            ...(withPath ? ['      path: LICENSE'] : []),
          ]),
        ]
      : [],
  );
const releaseField = fc.oneof(
  fc
    .tuple(
      pick(['type', 'architecture', 'treatment']),
      fc.oneof(
        pick([
          'language',
          'vision',
          'image',
          'audio',
          'code',
          'multimodal',
          'other',
          "''",
          'transformer decoder',
          'diffusion',
          'pre-trained',
          'instruct fine-tuned',
          'Language',
          'llm',
        ]),
        yamlPlain,
      ),
    )
    .map(([k, v]) => `  ${k}: ${v}`),
  fc
    .tuple(
      pick(['version', 'date', 'origin', 'producer', 'contact', 'repository', 'huggingface', 'unknown_key']),
      fc.oneof(yamlPlain, pick(['"1.0"', '1.0', '2024-13-45', '"2024-01-01"', '7B'])),
    )
    .map(([k, v]) => `  ${k}: ${v}`),
  directiveYaml.map((d) => `  ${d}`),
);
export const manifest = fc
  .record({
    bom: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    style: lineStyle,
    picks: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    header: fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constant([
          'framework:',
          '  name: Model Openness Framework',
          "  version: '1.0'",
          "  date: '2024-12-15'",
        ]),
      },
      { weight: 1, arbitrary: fc.constant(['framework: {name: Model Openness Framework, version: "1.0"}']) },
      { weight: 1, arbitrary: fc.constant(['framework:', '  name: Model Openness Framewrk', '  version: 1.0']) },
    ),
    name: fc.oneof(
      word.map((w) => JSON.stringify(w)),
      yamlPlain,
    ),
    fields: fc.array(releaseField, { maxLength: 6 }),
    licences: globalLicences,
    components: fc.array(component, { maxLength: 20 }),
    flowComponents: fc.boolean(),
    extra: fc.array(
      fc.oneof(
        directiveYaml,
        sentence.map((s) => `# ${s}`),
        fc.constant(''),
        fc.constant('other_top: 1'),
      ),
      { maxLength: 3 },
    ),
    dupComponent: fc.boolean(),
    trail: trailing,
    opts: options('release-manifest'),
    path: pick(['model.yml', 'model.yaml', 'mof/release.yml']),
  })
  .map(
    ({
      bom,
      style,
      picks,
      header,
      name,
      fields,
      licences,
      components,
      flowComponents,
      extra,
      dupComponent,
      trail,
      opts,
      path,
    }) => {
      let comps = components.map((c) => c);
      if (dupComponent && comps.length) comps.push(comps[0]);
      const compLines =
        flowComponents && comps.length
          ? [
              '  components: [' +
                comps
                  .map((c) =>
                    c
                      .join(' ')
                      .replace(/^\s*-\s*/, '')
                      .replace(/\s+-\s+/g, ' '),
                  )
                  .map((c) => (c.startsWith('{') ? c : `{${c.replace(/\s{2,}/g, ', ')}}`))
                  .join(', ') +
                ']',
            ]
          : ['  components:', ...comps.flat()];
      const lines = [
        ...extra.slice(0, 1),
        ...header,
        'release:',
        `  name: ${name}`,
        '  producer: Example Lab',
        ...fields,
        ...licences,
        ...compLines,
        ...extra.slice(1),
      ];
      for (let i = 1; i < trail; i++) lines.push('');
      let text = joinLines(lines, style, picks);
      if (trail > 0) text += style === 'crlf' ? '\r\n' : style === 'cr' ? '\r' : '\n';
      return { source: 'manifest', text: (bom ? '\uFEFF' : '') + text, path, options: opts };
    },
  );

// ---------- corpus mutations ----------

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
/** Corpus files above this size are cut to a random prefix of at most this many bytes (100k lints must stay fast). */
const MAX_BYTES = 32 * 1024;

function listCorpus() {
  const files = { cards: [], manifests: [] };
  if (!existsSync(CORPUS)) return files;
  const walk = (dir) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|markdown)$/i.test(f)) files.cards.push(p);
      else if (/\.ya?ml$/i.test(f)) files.manifests.push(p);
    }
  };
  walk(CORPUS);
  return files;
}
export const corpusFiles = listCorpus();
const bufCache = new Map();
function corpusBytes(path) {
  let b = bufCache.get(path);
  if (!b) bufCache.set(path, (b = readFileSync(path)));
  return b;
}

const INSERTS = [
  '\n',
  '\r\n',
  '\r',
  '---\n',
  '\n---\n',
  '# ',
  '## Uses\n',
  ':',
  ' ',
  '\t',
  '`',
  '```\n',
  '<!--',
  '-->',
  '"',
  "'",
  '[',
  '{',
  '- ',
  '&a ',
  '*a',
  '\uFEFF',
  '\u00e9',
  '😀',
  '\\',
  'modelcard-lint-disable ',
  '  ',
  'license: mit\n',
];
const mutation = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(
          pick(INSERTS).map((s) => Buffer.from(s)),
          fc.uint8Array({ minLength: 1, maxLength: 4 }).map((a) => Buffer.from(a)),
        ),
      )
      .map(([at, bytes]) => ({ op: 'insert', at, bytes })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 64 }))
      .map(([at, n]) => ({ op: 'delete', at, n })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 256 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([at, n, to]) => ({ op: 'duplicate', at, n, to })),
  },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ op: 'truncate', at })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        pick(['dupLine', 'delLine', 'swapLines', 'moveLine']),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([op, a, b]) => ({ op, a, b })),
  },
  { weight: 1, arbitrary: pick(['crlf', 'lf', 'bom']).map((op) => ({ op })) },
);

function applyMutation(buf, m) {
  const len = buf.length;
  const at = (x) => Math.min(len, Math.floor(x * (len + 1)));
  switch (m.op) {
    case 'insert': {
      const i = at(m.at);
      return Buffer.concat([buf.subarray(0, i), m.bytes, buf.subarray(i)]);
    }
    case 'delete': {
      const i = at(m.at);
      return Buffer.concat([buf.subarray(0, i), buf.subarray(Math.min(len, i + m.n))]);
    }
    case 'duplicate': {
      const i = at(m.at);
      const piece = buf.subarray(i, Math.min(len, i + m.n));
      const j = at(m.to);
      return Buffer.concat([buf.subarray(0, j), piece, buf.subarray(j)]);
    }
    case 'truncate':
      return buf.subarray(0, at(m.at));
    case 'crlf':
      return Buffer.from(buf.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
    case 'lf':
      return Buffer.from(buf.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
    default: {
      // Line operations work on the bytes between `\n`s, so CRLF and invalid UTF-8 survive as they are.
      const lines = buf.toString('latin1').split('\n');
      const a = Math.min(lines.length - 1, Math.floor(m.a * lines.length));
      const b = Math.min(lines.length - 1, Math.floor(m.b * lines.length));
      if (m.op === 'dupLine') lines.splice(b, 0, lines[a]);
      else if (m.op === 'delLine') lines.splice(a, 1);
      else if (m.op === 'swapLines') [lines[a], lines[b]] = [lines[b], lines[a]];
      else lines.splice(b, 0, ...lines.splice(a, 1));
      return Buffer.from(lines.join('\n'), 'latin1');
    }
  }
}

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function mutatedCorpus(list, kind, source) {
  if (!list.length) return null;
  return fc
    .record({
      file: fc.nat(list.length - 1),
      cut: fc.double({ min: 0.05, max: 1, noNaN: true }),
      mutations: fc.array(mutation, { minLength: 0, maxLength: 4 }),
      opts: options(kind),
    })
    .map(({ file, cut, mutations, opts }) => {
      const path = list[file];
      let buf = corpusBytes(path);
      if (buf.length > MAX_BYTES) buf = buf.subarray(0, Math.floor(cut * MAX_BYTES));
      for (const m of mutations) buf = applyMutation(buf, m);
      const name = relative(CORPUS, path);
      return { source, text: lenient.decode(buf), path: name, options: opts, mutations };
    });
}

export const mutatedCard = mutatedCorpus(corpusFiles.cards, 'model-card', 'corpus-card');
export const mutatedManifest = mutatedCorpus(corpusFiles.manifests, 'release-manifest', 'corpus-manifest');

// ---------- hostile shapes (issue 8) ----------
// Long runs of one unit (the inputs that once made parsers quadratic), deep nesting and many keys, spliced into a
// generated document at a random place. Symlinked trees are covered by test/unit/security-tree.test.mjs (the engine
// sees texts, not trees).
const RUN_UNITS = [
  '![',
  '<!--',
  '#',
  ' ',
  '\n',
  '- x\n',
  '<h2>x</h2>\n',
  '[',
  '*',
  '`',
  '{',
  '\r',
  '\ufeff',
  '<',
  '](',
  '> ',
  '|',
  '---\n',
  '<!-- modelcard-lint-disable -->\n',
  'a: &x 1\n',
  '*x ',
];
const hostileRun = fc.tuple(pick(RUN_UNITS), fc.integer({ min: 50, max: 4000 })).map(([u, k]) => u.repeat(k));
const deepNesting = fc
  .tuple(pick(['[', '{', '- ', '> ', '  ', '(']), fc.integer({ min: 20, max: 600 }))
  .map(([u, k]) =>
    u === '- ' || u === '  ' ? Array.from({ length: k }, (_, i) => u.repeat(i) + 'x').join('\n') : u.repeat(k),
  );
const manyKeys = fc
  .tuple(fc.integer({ min: 50, max: 3000 }), pick(['k', 'c', '- x', '  c']))
  .map(([k, p]) => Array.from({ length: k }, (_, i) => (p === '- x' ? `- x${i}` : `${p}${i}: v`)).join('\n'));
const hostileFragment = fc.oneof(hostileRun, deepNesting, manyKeys);

function withHostile(gen) {
  return fc.tuple(gen, hostileFragment, fc.double({ min: 0, max: 1, noNaN: true })).map(([c, frag, at]) => {
    const i = Math.floor(at * c.text.length);
    return { ...c, text: c.text.slice(0, i) + frag + c.text.slice(i), source: `${c.source ?? 'generated'}+hostile` };
  });
}

/** Inputs of one kind: generated documents mixed with corpus mutations (when the corpus is present) and hostile shapes. */
export function inputs(kind) {
  const gen = kind === 'model-card' ? card : manifest;
  const mut = kind === 'model-card' ? mutatedCard : mutatedManifest;
  const hostile = withHostile(gen);
  return mut
    ? fc.oneof({ weight: 3, arbitrary: gen }, { weight: 1, arbitrary: mut }, { weight: 1, arbitrary: hostile })
    : fc.oneof({ weight: 3, arbitrary: gen }, { weight: 1, arbitrary: hostile });
}
