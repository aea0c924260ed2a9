// Hover explanations (explainAt): taxonomy terms in card front matter, licence values, pipeline tags, Markdown
// headings that satisfy a disclosure or a risk area, MOF manifest components and licences, grade and class labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainAt, lint } from './engine.mjs';

const CARD = `---
license: apache-2.0
pipeline_tag: text-generation
stage: mid-term
openness:
  weights: llama3
  inference_code: {status: released, license: gpl-3.0, url: https://github.com/org/repo}
  pretraining_data: closed
  alignment_data: {status: released, license: other, permissions: {research: true, commercial: false}}
  weight: mit
risk_assessment:
  safety_and_security: {status: assessed, summary: "red-teamed"}
  research_and_innovation: not-applicable
---
# Demo model

## Training Data

We pre-trained on 2T tokens of deduplicated web text from FineWeb, filtered for quality.

### Safety & Security

We red-teamed the model with 500 adversarial prompts covering cyber and CBRN misuse; results are in the report.

Plain prose about C4 with no grading context.

The weights are graded D3 and the inference code C5.
`;

const card = lint(CARD, 'README.md');

/** Hover at the `k`-th character of the first occurrence of `needle` (after `from`). */
function hover(result, needle, k = 1, from = '') {
  const text = result.doc.text;
  const base = from ? text.indexOf(from) : 0;
  const i = text.indexOf(needle, base);
  assert.notEqual(i, -1, `needle ${needle} not found`);
  return { e: explainAt(result, i + k), start: i, end: i + needle.length };
}

test('component key: description, computed grade with its basis, scale and source', () => {
  const { e, start, end } = hover(card, 'weights: llama3');
  assert.deepEqual(e.span, { start, end: start + 'weights'.length });
  assert.ok(end > e.span.end);
  assert.match(e.markdown, /\*\*`weights`\*\* — Model Architecture and Weights \(deployment · data\)/);
  assert.match(e.markdown, /\*\*Grade: D3 — moderately restrictive\*\* \(declared in `openness:`\)/);
  assert.match(e.markdown, /LLaMA-3 licence \(graded C3\/D3\)/);
  assert.match(e.markdown, /Scale: D1 fully closed · D2 highly restrictive/);
  assert.match(e.markdown, /_Source: Eiras et al\. 2024.*§3, pipeline component `deployment\.data\.weights`/);
});

test('licence value of a component: facts, rubric table, D3 with the Llama precedent, MOF verdict', () => {
  const { e, start } = hover(card, 'llama3');
  assert.deepEqual(e.span, { start, end: start + 6 });
  const md = e.markdown;
  assert.match(md, /^\*\*Meta Llama 3 Community License Agreement\*\* — Hub `llama3` · no SPDX id/);
  assert.match(md, /\| ✗ \| ✗ \| ✗ \| ✗ \|/, 'OSI / FSF / open data / open content flags');
  assert.match(md, /\| Research use \| ✓ \|/);
  assert.match(md, /\| Commercial use \(any purpose\) \| ✗ \|/);
  assert.match(md, /\| Other licence for shared derivatives \| ✗ \|/);
  assert.match(md, /\*\*Eiras grade for `weights`: D3 — moderately restrictive\.\*\*/);
  assert.match(md, /the paper's precedent agrees: LLaMA-3 licence/);
  assert.match(md, /\*\*MOF:\*\* not open for the Model Openness Tool/);
  assert.doesNotMatch(md, /Precedent overrides the rubric/);
});

test('licence whose grade comes from a precedent that overrides the literal rubric says so', () => {
  const { e } = hover(card, 'gpl-3.0');
  assert.match(e.markdown, /\*\*Eiras grade for `inference_code`: C5 — restriction-free\.\*\*/);
  assert.match(e.markdown, /\*\*Precedent overrides the rubric:\*\* the literal rubric gives 4\/5 points/);
  assert.match(e.markdown, /SPDX `GPL-3\.0-only`/);
  assert.match(e.markdown, /Type-appropriate \(mof-licenses\.json\) for: none/);
});

test('card `license:` key and value: HF field text plus the licence facts graded for weights', () => {
  const key = hover(card, 'license: apache-2.0');
  assert.deepEqual(key.e.span, { start: key.start, end: key.start + 7 });
  assert.match(key.e.markdown, /^\*\*license — Hugging Face metadata\*\*/);
  assert.match(key.e.markdown, /_Source: hub-docs modelcard\.md and docs\/hub\/repositories-licenses\.md_/);
  assert.match(key.e.markdown, /\*\*Apache License 2\.0\*\* — Hub `apache-2\.0` · SPDX `Apache-2\.0`/);
  const value = hover(card, 'apache-2.0');
  assert.deepEqual(value.e.span, { start: value.start, end: value.end });
  assert.match(
    value.e.markdown,
    /\| OSI-approved \| FSF libre \| Open data \| Open content \|\n\|:-:\|:-:\|:-:\|:-:\|\n\| ✓ \| ✓ \| ✗ \| ✗ \|/,
  );
  assert.match(value.e.markdown, /\*\*Eiras grade for weights: D5 — restriction-free\.\*\*/);
  assert.match(
    value.e.markdown,
    /\*\*MOF:\*\* open \(OSI-approved, FSF-libre\)\. {2}\nType-appropriate \(mof-licenses\.json\) for: code, document\./,
  );
});

test('status words, rubric permissions and component-mapping fields', () => {
  const closed = hover(card, 'closed', 1, 'pretraining_data');
  assert.match(closed.e.markdown, /^\*\*closed — grade 1 \(C1 \/ D1\)\*\*/);
  assert.match(closed.e.markdown, /For this data component: D1\./);
  const perm = hover(card, 'commercial: false');
  assert.deepEqual(perm.e.span, { start: perm.start, end: perm.start + 'commercial'.length });
  assert.match(perm.e.markdown, /^\*\*commercial — permission 2 of 5\*\*/);
  assert.match(perm.e.markdown, /\*\*Grade: D2 — highly restrictive\*\*/);
  assert.match(perm.e.markdown, /licence rubric \(open-source-llms\.github\.io `_layouts\/taxonomy\.html`\)/);
  const permValue = hover(card, 'false}}');
  assert.match(permValue.e.markdown, /Declared: \*\*not granted\*\*/);
  const status = hover(card, 'status: released, license: gpl');
  assert.match(status.e.markdown, /^\*\*status\*\* — of `inference_code`/);
});

test('an unknown `openness:` key suggests the component it was meant to be', () => {
  const { e } = hover(card, 'weight: mit');
  assert.match(
    e.markdown,
    /`weight` is not one of the 12 Eiras et al\. pipeline components\. Did you mean `weights`\?/,
  );
});

test('openness key: overall level, weakest component and every grade', () => {
  const { e } = hover(card, 'openness:');
  assert.match(e.markdown, /\*\*Overall: semi-open\*\* · weakest component: `pretraining_data` \(D1\)/);
  assert.match(e.markdown, /\| `weights` \| deployment data \| D3 \| declared in `openness:` \|/);
  assert.match(e.markdown, /\| `inference_code` \| deployment code \| C5 \| declared in `openness:` \|/);
});

test('stage key lists the stages; a stage value gives its definition and guidance', () => {
  const key = hover(card, 'stage: mid-term');
  assert.match(key.e.markdown, /\| `near-term` \| Capabilities like today's models/);
  assert.match(key.e.markdown, /\*\*This card:\*\* `mid-term` \(declared\)/);
  const value = hover(card, 'mid-term');
  assert.deepEqual(value.e.span, { start: value.start, end: value.end });
  assert.match(value.e.markdown, /^\*\*Mid-term stage\*\* — `mid-term`/);
  assert.match(value.e.markdown, /\*\*Release:\*\*\n- Open weights together with the safety-evaluation code and data/);
  assert.match(value.e.markdown, /arXiv 2405\.08597\), three-stage framework/);
});

test('risk_assessment: the block, an area with its status from the analysis, and status words', () => {
  const block = hover(card, 'risk_assessment:');
  assert.match(
    block.e.markdown,
    /\| `safety_and_security` \| Safety & Security \| incomplete in `risk_assessment:` — missing: evidence, mitigations \|/,
  );
  assert.match(block.e.markdown, /\| `equity_and_access` \| Equity & Access \| not assessed anywhere \|/);
  const area = hover(card, 'safety_and_security');
  assert.deepEqual(area.e.span, { start: area.start, end: area.end });
  assert.match(area.e.markdown, /^\*\*Safety & Security\*\* — risk area `safety_and_security`/);
  assert.match(area.e.markdown, /Sub-areas: misuse and dual use \(cyber, CBRN, fraud\); jailbreak robustness/);
  assert.match(area.e.markdown, /\*\*Evidence that counts:\*\* Red-team or safety-evaluation results/);
  assert.match(
    area.e.markdown,
    /\*\*In this card:\*\* incomplete in `risk_assessment:` — missing: evidence, mitigations\./,
  );
  const na = hover(card, 'not-applicable', 1, 'research_and_innovation');
  assert.match(na.e.markdown, /^\*\*not-applicable\*\* — risk-assessment status/);
  assert.match(na.e.markdown, /Needs a `justification`/);
});

test('pipeline_tag value: name, modality and whether it is generative', () => {
  const { e, start, end } = hover(card, 'text-generation');
  assert.deepEqual(e.span, { start, end });
  assert.match(e.markdown, /^\*\*Text Generation\*\* — pipeline tag `text-generation`/);
  assert.match(e.markdown, /Modality: nlp · \*\*generative\*\*/);
  assert.match(e.markdown, /huggingface\.js packages\/tasks\/src\/pipelines\.ts/);
});

test('a heading that satisfies a disclosure explains it, its sources and whether this section counts', () => {
  const { e, start } = hover(card, '## Training Data', 4);
  assert.deepEqual(e.span, { start, end: start + '## Training Data'.length });
  assert.match(e.markdown, /^\*\*Training data\*\* — transparency disclosure \(rule `undisclosed-training-data`\)/);
  assert.match(e.markdown, /EU AI Act Annex XI 2\(c\)/);
  assert.match(e.markdown, /\*\*In this card:\*\* disclosed by this section\./);
});

test('a heading hover shows the evidence found elsewhere with its line, or what was looked for', () => {
  const text = '# m\n\n## Training Data\n\n<!-- to do -->\n\n## Notes\n\nIt was trained on 40,000 support tickets.\n';
  const r = lint(text, 'README.md', { kind: 'model-card' });
  const e = explainAt(r, text.indexOf('## Training') + 4);
  assert.match(
    e.markdown,
    /\*\*In this card:\*\* found elsewhere \(signal\), line 9: “trained on 40,000 support tickets”\./,
  );
  const bare = lint('# m\n\n## Evaluation\n\nRun `eval.py` to reproduce.\n', 'README.md', { kind: 'model-card' });
  const m = explainAt(bare, bare.doc.text.indexOf('## Evaluation') + 4).markdown;
  assert.match(
    m,
    /\*\*In this card:\*\* not found \(looked for a “Evaluation” section with real content, a “Evaluation” label or table row, front-matter metadata, or a sentence stating it;/,
  );
});

test('a heading that names a risk area explains the area', () => {
  const { e, start } = hover(card, '### Safety & Security', 6);
  assert.deepEqual(e.span, { start, end: start + '### Safety & Security'.length });
  assert.match(e.markdown, /\*\*Safety & Security\*\* — risk area `safety_and_security`/);
  assert.match(e.markdown, /impact area "Safety & Security"/);
});

test('grade labels hover only with grading context; plain prose has no hover', () => {
  const d3 = hover(card, 'D3 and');
  assert.deepEqual(d3.e.span, { start: d3.start, end: d3.start + 2 });
  assert.match(d3.e.markdown, /^\*\*D3\*\* — data component, moderately restrictive \(semi-open\)/);
  const c5 = hover(card, 'C5.');
  assert.match(c5.e.markdown, /^\*\*C5\*\* — code component, restriction-free \(fully open\)/);
  assert.equal(hover(card, 'C4 with').e, null);
  assert.equal(hover(card, 'We pre-trained').e, null);
});

const MANIFEST = `framework:
  name: 'Model Openness Framework'
  version: '1.0'
  date: '2024-12-15'
release:
  name: Demo
  type: language
  license:
    distribution:
      name: Apache-2.0
    data:
      name: CC-BY-4.0
  components:
    -
      name: 'Model architecture'
      license: GPL-3.0-only
    -
      name: 'Model parameters (Final)'
    - name: Datasets
      license: Apache 2.0
    - name: Model weights
# Target: MOF Class II
`;
const manifest = lint(MANIFEST, 'model.yml');

test('manifest component name: MOF facts, evaluated status and resolved licence', () => {
  const { e, start, end } = hover(manifest, "'Model parameters (Final)'");
  assert.deepEqual(e.span, { start, end });
  assert.match(e.markdown, /^\*\*Model parameters \(Final\)\*\* — MOF component 10/);
  assert.match(e.markdown, /\| data \| Class III - Open Model \| yes \|/);
  assert.match(
    e.markdown,
    /\*\*In this manifest:\*\* \*\*open\*\* ✓, \*\*not type-appropriate\*\* for data \(MOT's "conditional" warning\) — licence `CC-BY-4\.0` from the release licence for its content type\./,
  );
  assert.match(e.markdown, /Eiras et al\. counterpart: `weights` \(D5\)/);
  assert.match(
    e.markdown,
    /_Source: MOF \(White et al\. 2024, arXiv 2403\.13784\), component 10; MOT mof\.settings\.yml_/,
  );
});

test('manifest licences are read literally and judged for the component content type', () => {
  const spaced = hover(manifest, 'Apache 2.0');
  assert.match(
    spaced.e.markdown,
    /MOT compares licence strings literally: write `Apache-2\.0` instead of `Apache 2\.0`/,
  );
  assert.match(spaced.e.markdown, /For this data component: not open\./);
  const gpl = hover(manifest, 'GPL-3.0-only');
  assert.match(gpl.e.markdown, /For this code component: open but \*\*not type-appropriate\*\*/);
  const global = hover(manifest, 'CC-BY-4.0');
  assert.match(
    global.e.markdown,
    /^\*\*release\.license\.data\.name\*\* applies here to: `Model parameters \(Final\)`\./,
  );
});

test('manifest: unknown component names, fields, enums and class labels', () => {
  const unknown = hover(manifest, 'Model weights');
  assert.match(
    unknown.e.markdown,
    /`Model weights` is not one of the 17 MOF component names.*Did you mean `Model parameters \(Final\)`/,
  );
  const type = hover(manifest, 'language');
  assert.match(type.e.markdown, /^\*\*release\.type\*\*/);
  assert.match(type.e.markdown, /✓ `language` is an allowed value\./);
  const components = hover(manifest, 'components:');
  assert.match(
    components.e.markdown,
    /\*\*This manifest:\*\* Unclassified · Class III \d+% · Class II \d+% · Class I \d+% · ignored names: `Model weights`\./,
  );
  const cls = hover(manifest, 'Class II');
  assert.deepEqual(cls.e.span, { start: cls.start, end: cls.end });
  assert.match(cls.e.markdown, /^\*\*Class II - Open Tooling Model\*\*/);
  assert.match(cls.e.markdown, /\*\*Requires \(10\):\*\*/);
  const fw = hover(manifest, "'Model Openness Framework'");
  assert.match(fw.e.markdown, /✓ Recognised\./);
});
