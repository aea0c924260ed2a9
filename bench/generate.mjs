#!/usr/bin/env node
// Synthetic inputs for the benchmark (and for fuzzing): big model cards — a realistic Hugging Face front matter
// with a huge `model-index`, then a Markdown body with many sections, lists, tables, code, comments, placeholders
// and very long lines — and MOF release manifests with many components. Deterministic for a given seed.
//
//   node bench/generate.mjs --bytes 5000000 [--fm-share 0.5] [--seed 1] [--out card.md]
//   node bench/generate.mjs --manifest --components 20000 [--seed 1] [--out manifest.yml]
//
// import { generateCard, generateManifest, rng } from './generate.mjs'

/** mulberry32: a small, fast, seedable PRNG (returns [0, 1)). */
export function rng(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'model training data evaluation bias risk license weights parameters tokens benchmark dataset fine-tuned ' +
  'transformer attention layer context window language english multilingual safety toxicity fairness carbon ' +
  'emissions hardware GPU hours compute intended use out-of-scope limitation recommendation users developers ' +
  'architecture decoder encoder embedding retrieval classification generation instruction preference alignment ' +
  'the a of and to in for with on by from is are was were be this that these we our it its as at or not'
).split(' ');

const SECTION_TITLES = [
  'Model Details',
  'Model Description',
  'Model Sources',
  'Uses',
  'Direct Use',
  'Downstream Use',
  'Out-of-Scope Use',
  'Bias, Risks, and Limitations',
  'Recommendations',
  'How to Get Started with the Model',
  'Training Details',
  'Training Data',
  'Training Procedure',
  'Preprocessing',
  'Training Hyperparameters',
  'Speeds, Sizes, Times',
  'Evaluation',
  'Testing Data',
  'Factors',
  'Metrics',
  'Results',
  'Summary',
  'Environmental Impact',
  'Technical Specifications',
  'Model Architecture and Objective',
  'Compute Infrastructure',
  'Hardware',
  'Software',
  'Citation',
  'Glossary',
  'More Information',
  'Model Card Authors',
  'Model Card Contact',
  'Safety',
  'Privacy',
  'Cybersecurity',
  'CBRN',
  'Child Safety',
  'Usage',
  'Installation',
  'Benchmarks',
  'Changelog',
  'FAQ',
];

const TASKS = [
  ['text-classification', 'Text Classification'],
  ['retrieval', 'Retrieval'],
  ['clustering', 'Clustering'],
  ['reranking', 'Reranking'],
  ['sts', 'STS'],
  ['text-generation', 'Text Generation'],
  ['summarization', 'Summarization'],
];
const METRICS = [
  'accuracy',
  'f1',
  'precision',
  'recall',
  'main_score',
  'map_at_10',
  'mrr_at_10',
  'ndcg_at_10',
  'cosine_spearman',
  'v_measure',
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function words(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick(r, WORDS));
  return out.join(' ');
}

function hex(r, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 16).toString(16);
  return s;
}

/** One `model-index` result (a dataset with `metricsPerResult` metrics), as YAML lines at 2-space list indent. */
function modelIndexResult(r, i, metricsPerResult) {
  const [type, name] = pick(r, TASKS);
  const lines = [
    '  - task:',
    `      type: ${type}`,
    `      name: ${name}`,
    '    dataset:',
    `      name: Synthetic Benchmark ${i}`,
    `      type: synthetic/benchmark-${i}`,
    '      config: default',
    '      split: test',
    `      revision: ${hex(r, 40)}`,
    '    metrics:',
  ];
  for (let m = 0; m < metricsPerResult; m++) {
    lines.push(`    - type: ${pick(r, METRICS)}_${m}`, `      value: ${(r() * 100).toFixed(1 + Math.floor(r() * 14))}`);
  }
  return lines.join('\n') + '\n';
}

function frontMatter(r, targetChars) {
  let fm =
    'language:\n- en\n- de\n- fr\nlicense: apache-2.0\nlibrary_name: transformers\npipeline_tag: text-generation\n' +
    'tags:\n- synthetic\n- benchmark\n- large-card\ndatasets:\n- wikipedia\n- c4\nbase_model: org/base-model-7b\n' +
    'co2_eq_emissions:\n  emissions: 1234.5\n  source: estimate\n  training_type: pre-training\n  hardware_used: 64 x A100\n' +
    'model-index:\n- name: synthetic-large-model\n  results:\n';
  const parts = [fm];
  let size = fm.length;
  for (let i = 0; size < targetChars; i++) {
    const res = modelIndexResult(r, i, 20 + Math.floor(r() * 40));
    parts.push(res);
    size += res.length;
  }
  return parts.join('');
}

function table(r, rows, cols) {
  const head = '| ' + Array.from({ length: cols }, (_, c) => `Col ${c}`).join(' | ') + ' |';
  const sep = '|' + ' --- |'.repeat(cols);
  const body = Array.from(
    { length: rows },
    () => '| ' + Array.from({ length: cols }, () => (r() * 100).toFixed(2)).join(' | ') + ' |',
  );
  return [head, sep, ...body].join('\n');
}

/** A block of Markdown: paragraph, long line, list with bold labels, table, code, comment or placeholder. */
function block(r, longLine) {
  const k = r();
  if (k < 0.3) return words(r, 40 + Math.floor(r() * 80)) + '.';
  if (k < 0.36) return words(r, Math.floor(longLine / 6)) + '.'; // one very long line
  if (k < 0.5) {
    const items = [];
    for (let i = 0, n = 3 + Math.floor(r() * 6); i < n; i++)
      items.push(r() < 0.5 ? `- **${pick(r, SECTION_TITLES)}:** ${words(r, 8)}` : `- ${words(r, 12)}`);
    return items.join('\n');
  }
  if (k < 0.62) return table(r, 5 + Math.floor(r() * 20), 3 + Math.floor(r() * 5));
  if (k < 0.72)
    return (
      '```python\n' +
      Array.from(
        { length: 5 + Math.floor(r() * 20) },
        () => `x = model.generate("${words(r, 6)}", max_new_tokens=${Math.floor(r() * 512)})`,
      ).join('\n') +
      '\n```'
    );
  if (k < 0.78) return `<!-- ${words(r, 20)} -->`;
  if (k < 0.84) return '[More Information Needed]';
  if (k < 0.9) return `> ${words(r, 30)}`;
  return `Trained on ${Math.floor(r() * 1000)}B tokens with ${Math.floor(r() * 100)}e21 FLOPs on ${Math.floor(r() * 512)} GPUs; contact: team${Math.floor(r() * 100)}@example.org.`;
}

function markdownBody(r, targetChars, longLine) {
  const parts = ['\n# Synthetic Large Model\n\n' + words(r, 60) + '.\n'];
  let size = parts[0].length;
  for (let i = 0; size < targetChars; i++) {
    const level = i === 0 ? 2 : 2 + Math.floor(r() * 3);
    let s = `\n${'#'.repeat(level)} ${pick(r, SECTION_TITLES)}${r() < 0.3 ? ` ${i}` : ''}\n\n`;
    for (let b = 0, n = 1 + Math.floor(r() * 4); b < n; b++) s += block(r, longLine) + '\n\n';
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/**
 * A model card of about `bytes` characters (ASCII, so characters = bytes): `fmShare` of it front matter (mostly one
 * huge `model-index`), the rest a Markdown body; `longLine` is the length of the occasional very long line.
 */
export function generateCard({ bytes = 5 * 1024 * 1024, fmShare = 0.5, seed = 1, longLine = 20000 } = {}) {
  const r = rng(seed);
  const fm = frontMatter(r, Math.max(0, Math.floor(bytes * fmShare)));
  const body = markdownBody(r, Math.max(0, bytes - fm.length - 8), Math.min(longLine, Math.floor(bytes / 8)));
  return `---\n${fm}---\n${body}`;
}

/** A MOF release manifest listing `components` components (real MOF names cycled, then numbered ones). */
export function generateManifest({ components = 1000, seed = 1 } = {}) {
  const r = rng(seed);
  const names = [
    'Model architecture',
    'Data preprocessing code',
    'Training code',
    'Inference code',
    'Evaluation code',
    'Model parameters (Final)',
    'Datasets',
    'Evaluation data',
    'Model card',
    'Data card',
    'Technical report',
    'Research paper',
  ];
  const licenses = ['Apache-2.0', 'MIT', 'CC-BY-4.0', 'BSD-3-Clause', 'unlicensed', 'llama2'];
  const lines = [
    'framework:',
    "  name: 'Model Openness Framework'",
    "  version: '1.0'",
    "  date: '2024-12-15'",
    'release:',
    '  name: Synthetic',
    '  version: 1B',
    "  date: '2025-01-01'",
    '  type: language',
    '  producer: Bench',
    '  license:',
    '    distribution:',
    '      name: Apache-2.0',
    '  components:',
  ];
  for (let i = 0; i < components; i++) {
    lines.push(
      '    -',
      `      name: '${i < names.length ? names[i] : `${pick(r, names)} ${i}`}'`,
      `      description: '${words(r, 8)}'`,
      `      license: ${pick(r, licenses)}`,
    );
  }
  return lines.join('\n') + '\n';
}

const { pathToFileURL } = await import('node:url');
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { parseArgs } = await import('node:util');
  const { writeFileSync } = await import('node:fs');
  const { values } = parseArgs({
    options: {
      bytes: { type: 'string', default: String(5 * 1024 * 1024) },
      'fm-share': { type: 'string', default: '0.5' },
      seed: { type: 'string', default: '1' },
      'long-line': { type: 'string', default: '20000' },
      manifest: { type: 'boolean', default: false },
      components: { type: 'string', default: '1000' },
      out: { type: 'string' },
    },
  });
  const text = values.manifest
    ? generateManifest({ components: Number(values.components), seed: Number(values.seed) })
    : generateCard({
        bytes: Number(values.bytes),
        fmShare: Number(values['fm-share']),
        seed: Number(values.seed),
        longLine: Number(values['long-line']),
      });
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}
