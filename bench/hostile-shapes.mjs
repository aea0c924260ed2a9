// Input shapes that once made the engine super-linear (issue 8: classify on runs of newlines, `![` and `<!--` runs in
// a heading, many `<h2>` in one HTML block, thousands of directives, 40,000 keys plus an anchor, thousands of
// `openness:` entries, long YAML lists, a card of `- x` lines …): shared by the unit test that bounds their work with
// counters (test/unit/hostile-scaling.test.mjs) and the bench part that times them at two sizes (hostile-scaling.mjs).

/** Shapes: [name, path, body of `(n, salt) => text`, n, counters]. n is chosen so the small size takes milliseconds to
 * tens of them; classify reads at most 256 KB, so its shapes stay under that at 4n (past it, a quadratic scan would
 * hide behind the cap). `counters`: the work counters (EngineCache.work, parse/work.ts) of the layer the shape
 * stresses, which must be above zero (the test would otherwise bound a counter that is never reached). */
export const SHAPES = [
  // 5,000 items: 20 KB, past the size from which a block is scanned for a list to split (parse/yaml-blocks.ts) at both
  // sizes.
  [
    'a flow list under the item limit',
    'MODEL_CARD.md',
    "return '---\\ntags: [' + Array(n).fill('x' + salt).join(', ') + ']\\n---\\n# M\\n';",
    5_000,
    ['yamlChars', 'yamlNodes'],
  ],
  [
    'a multi-megabyte licence value (did-you-mean)',
    'MODEL_CARD.md',
    "return '---\\nlicense: ' + 'a'.repeat(n) + '\\n---\\n# Model\\n';",
    250_000,
    ['yamlChars'],
  ],
  [
    'one long line in the body',
    'MODEL_CARD.md',
    "return '---\\nlicense: mit\\n---\\n# Model\\n\\n' + 'word 😀 '.repeat(n) + '\\n';",
    50_000,
    ['markdownChars', 'chunkScanChars'],
  ],
  ['text without a line break', 'MODEL_CARD.md', "return 'x'.repeat(n);", 250_000, ['classifyChars', 'markdownChars']],
  [
    'a long value in a manifest',
    'model.yml',
    "return 'framework:\\n  name: Model Openness Framework\\n  version: \"1.0\"\\nrelease:\\n  name: ' + 'x'.repeat(n) + '\\n  producer: y\\n  components:\\n  - name: Model card\\n    license: MIT\\n';",
    250_000,
    ['yamlChars', 'classifyChars'],
  ],
  [
    'real-looking card sections',
    'MODEL_CARD.md',
    "let t = '---\\nlicense: mit\\n---\\n# Model Card\\n\\n'; for (let i = 0; i < n; i++) t += '## Uses ' + salt + i + '\\n\\nThe model is for research 😀 模型.\\n\\n### Out-of-Scope Use\\n\\nNot for medical advice.\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |\\n\\n'; return t;",
    1_000,
    ['markdownChars', 'markdownTokens', 'titleChars'],
  ],
  // Prose dense in the disclosure and risk phrasings (knowledge/disclosures.ts, risk-areas.ts) without a sentence end.
  [
    'signal-dense prose without a full stop',
    'MODEL_CARD.md',
    "return '# Model\\n\\n' + 'is a fine-tuned version of the Llama trained with SFT using loss of the training data is not released see [r](https://x) can be used to | License | MIT | '.repeat(n) + '\\n';",
    2_000,
    ['markdownChars', 'classifyChars'],
  ],
  [
    'a table of many rows and cells',
    'MODEL_CARD.md',
    "return '# Model\\n\\n| Model | License | Train FLOPs |\\n|---|---|---|\\n' + '| **m** | MIT | 1e23 | x | y | z |\\n'.repeat(n);",
    10_000,
    ['markdownChars', 'markdownTokens'],
  ],
  // Each fence is unclosed and ends at the heading after it (parse/markdown.ts): one lookahead, not a scan per fence.
  [
    'many unclosed code fences, each ended by a heading',
    'MODEL_CARD.md',
    "return '# Model\\n\\n' + ('```python\\ncode ' + salt + '\\n\\n## Section\\n\\nText.\\n\\n').repeat(n);",
    5_000,
    ['chunkScanChars', 'markdownTokens'],
  ],
  ['newlines then text (classify)', 'notes.md', "return '\\n'.repeat(n) + 'x';", 60_000, ['classifyChars']],
  ['# and spaces (classify)', 'notes.md', "return '#' + ' '.repeat(n);", 60_000, ['classifyChars']],
  // Link openers on every line: each once started a 300-character scan for a weights file's link (parse/classify.ts).
  [
    '`](` runs on every line (classify)',
    'README.md',
    "return ']('.repeat(999) + '\\n' + (']('.repeat(999) + '\\n').repeat(Math.ceil(n / 2000));",
    60_000,
    ['classifyChars'],
  ],
  // A 64 KB notes.yml beside a card was classified on each of the card's keystrokes (issue 8).
  [
    'newlines then a key in a YAML file (classify)',
    'notes.yml',
    "return '\\n'.repeat(n) + 'framework:\\n' + '  x: y\\n'.repeat(n);",
    5_000,
    ['classifyChars'],
  ],
  // 200 MB of newlines once crashed the process; under the line limit (500,000) at 4n, a card of blank lines.
  [
    'a card of blank lines',
    'MODEL_CARD.md',
    "return '# Model card\\n' + '\\n'.repeat(n);",
    100_000,
    ['lineIndexChars', 'chunkScanChars'],
  ],
  [
    '![ run in a heading',
    'MODEL_CARD.md',
    "return '---\\nlicense: mit\\n---\\n# ' + '!['.repeat(n) + '\\n';",
    20_000,
    ['titleChars', 'markdownChars'],
  ],
  [
    '<!-- run in a heading',
    'MODEL_CARD.md',
    "return '---\\nlicense: mit\\n---\\n# ' + '<!--'.repeat(n) + '\\n';",
    20_000,
    ['titleChars', 'commentChars'],
  ],
  [
    'many <h2> in one HTML block',
    'MODEL_CARD.md',
    "return '---\\nlicense: mit\\n---\\n<div>\\n' + '<h2>x</h2>\\n'.repeat(n) + '</div>\\n';",
    4_000,
    ['titleChars'],
  ],
  [
    'unused directives',
    'MODEL_CARD.md',
    "return '---\\nlicense: mit\\n---\\n# M\\n' + '<!-- modelcard-lint-disable undisclosed-license -->\\n'.repeat(n);",
    3_000,
    ['commentChars'],
  ],
  [
    'many top-level keys plus an anchor',
    'MODEL_CARD.md',
    "return '---\\n' + Array.from({ length: n }, (_, i) => `k${salt}_${i}: v`).join('\\n') + '\\na: &x 1\\nb: *x\\n---\\n# M\\n';",
    8_000,
    ['yamlScanChars', 'yamlNodes'],
  ],
  // Without an anchor the front matter is split at its top-level keys, each parsed on its own (parse/front-matter.ts).
  [
    'many top-level keys',
    'MODEL_CARD.md',
    "return '---\\n' + Array.from({ length: n }, (_, i) => `k${salt}_${i}: v`).join('\\n') + '\\n---\\n# M\\n';",
    2_000,
    ['yamlScanChars', 'yamlChars', 'yamlNodes'],
  ],
  [
    'many unknown openness entries',
    'MODEL_CARD.md',
    "return '---\\nopenness:\\n' + Array.from({ length: n }, (_, i) => `  c${salt}_${i}: mit`).join('\\n') + '\\n---\\n# M\\n';",
    2_000,
    ['yamlNodes'],
  ],
  [
    'a long tags list',
    'MODEL_CARD.md',
    "return '---\\ntags:\\n' + `- x${salt}\\n`.repeat(n) + '---\\n# M\\n';",
    40_000,
    ['yamlScanChars', 'yamlNodes'],
  ],
  // Items of a long list are parsed one by one (parse/yaml-blocks.ts); the list above repeats one item, which is
  // parsed once, so this one's items differ.
  [
    'a long list of distinct tags',
    'MODEL_CARD.md',
    "return '---\\ntags:\\n' + Array.from({ length: n }, (_, i) => `- x${salt}_${i}\\n`).join('') + '---\\n# M\\n';",
    4_000,
    ['yamlScanChars', 'yamlChars', 'yamlNodes'],
  ],
  [
    'a card of list items',
    'MODEL_CARD.md',
    "return '# Model card\\n' + '- x\\n'.repeat(n);",
    40_000,
    ['markdownTokens'],
  ],
  // Each `<h2>` without its `</h2>` once searched the rest of its HTML block for one (quadratic).
  [
    'many unclosed <h2> in one HTML block',
    'MODEL_CARD.md',
    "return '---\\nlicense: mit\\n---\\n<div>\\n' + '<h2>x\\n'.repeat(n) + '</div>\\n';",
    8_000,
    ['titleChars'],
  ],
  // Each `<!--` inside code once searched the rest of the text for its `-->` (quadratic).
  [
    'comment openers in a code block',
    'MODEL_CARD.md',
    "return '---\\nlicense: mit\\n---\\n# M\\n\\n```\\n' + '<!--\\n'.repeat(n) + '```\\n';",
    8_000,
    ['commentChars'],
  ],
  [
    'many code blocks holding a comment opener',
    'MODEL_CARD.md',
    "return '---\\nlicense: mit\\n---\\n# M\\n\\n' + '```\\n<!--\\n```\\n\\n'.repeat(n);",
    4_000,
    ['commentChars', 'chunkScanChars'],
  ],
  [
    'headings of rising level',
    'MODEL_CARD.md',
    "let s = '# Model card\\n'; for (let i = 0; i < n; i++) s += '#'.repeat(1 + (i % 6)) + ' h\\n'; return s;",
    10_000,
    ['titleChars', 'markdownTokens'],
  ],
];
