// invalid-pipeline-tag: front-matter `pipeline_tag` must be one of the Hub's 56 tasks (huggingface.js
// packages/tasks/src/pipelines.ts `PIPELINE_DATA`); an unknown task gets no widget and no search filter.
// Did-you-mean from the task list; one close match is fixed automatically. docs/references.md#hugging-face-model-cards
import { closest } from '../knowledge/did-you-mean.js';
import { getPipelineTag, PIPELINE_TAG_IDS } from '../knowledge/hf-metadata.js';
import { getPair, type YScalar } from '../parse/yaml-tree.js';
import type { Fix } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'invalid-pipeline-tag',
  description: "Front-matter `pipeline_tag` must be one of the Hugging Face Hub's tasks.",
  tags: ['metadata'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning' },
};

/** Retired or informal task names and the tasks that replace them (huggingface.js history). */
const RENAMED: Record<string, string[]> = {
  conversational: ['text-generation', 'image-text-to-text'],
  'text-to-text': ['text-generation'],
  // Folded into text-generation as a subtask (@huggingface/tasks PIPELINE_DATA).
  'text2text-generation': ['text-generation'],
  'sentence-embeddings': ['sentence-similarity', 'feature-extraction'],
  embeddings: ['feature-extraction', 'sentence-similarity'],
  'speech-recognition': ['automatic-speech-recognition'],
  asr: ['automatic-speech-recognition'],
  tts: ['text-to-speech'],
  ner: ['token-classification'],
  'named-entity-recognition': ['token-classification'],
  'sentiment-analysis': ['text-classification'],
  reranking: ['text-ranking'],
  'image-captioning': ['image-to-text'],
  'visual-question-answering-and-captioning': ['visual-question-answering'],
};

function toTag(node: YScalar, tag: string): Fix {
  return fix(`Change to \`pipeline_tag: ${tag}\``, replace(node.span, tag))!;
}

function candidates(raw: string): { list: string[]; exact: boolean } {
  const norm = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (getPipelineTag(norm)) return { list: [norm], exact: true };
  const renamed = RENAMED[norm];
  if (renamed) return { list: renamed, exact: false };
  return { list: closest(norm, PIPELINE_TAG_IDS), exact: false };
}

export function invalidPipelineTag(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (!fm?.closed || !fm.root) return;
  const pair = getPair(fm.root, 'pipeline_tag');
  const value = pair?.value;
  if (!pair || !value) return;
  if (value.kind === 'seq') {
    const first = value.items.find(
      (i): i is YScalar => i.kind === 'scalar' && typeof i.value === 'string' && getPipelineTag(i.value) !== undefined,
    );
    ctx.report({
      span: value.flow ? value.span : pair.keySpan,
      message: '`pipeline_tag` must be a single task; list further tasks under `tags:`.',
      suggestions:
        first && value.flow
          ? [fix(`Keep \`pipeline_tag: ${first.value}\``, replace(value.span, String(first.value)))!]
          : undefined,
    });
    return;
  }
  if (value.kind !== 'scalar') {
    ctx.report({
      span: value.kind === 'map' && value.flow ? value.span : pair.keySpan,
      message: `\`pipeline_tag\` must be a task id such as \`text-generation\`, not ${value.kind === 'map' ? 'a mapping' : 'an alias'}.`,
    });
    return;
  }
  if (value.value === null || String(value.value).trim() === '') return;
  const raw = String(value.value);
  if (getPipelineTag(raw)) return;
  const { list, exact } = candidates(raw);
  if (RENAMED[raw.trim().toLowerCase()]) {
    const one = list.length === 1;
    ctx.report({
      span: value.span,
      message: `\`${raw}\` is not one of the Hub's current tasks; use ${list.map((t) => `\`${t}\``).join(' or ')}.`,
      fix: one ? toTag(value, list[0]!) : undefined,
      suggestions: one ? undefined : list.map((t) => toTag(value, t)),
    });
    return;
  }
  if (exact || list.length === 1) {
    ctx.report({
      span: value.span,
      message: `\`${raw}\` is not a Hub task; did you mean \`${list[0]}\`?`,
      fix: toTag(value, list[0]!),
    });
    return;
  }
  if (list.length) {
    ctx.report({
      span: value.span,
      message: `\`${raw}\` is not a Hub task; did you mean ${list.map((t) => `\`${t}\``).join(' or ')}?`,
      suggestions: list.map((t) => toTag(value, t)),
    });
    return;
  }
  ctx.report({
    span: value.span,
    message: `\`${raw}\` is not one of the Hub's ${PIPELINE_TAG_IDS.length} tasks (hf.co/tasks); use the closest task, or \`other\`.`,
    suggestions: [toTag(value, 'other')],
  });
}

export const rule: Rule = { meta, check: invalidPipelineTag };
