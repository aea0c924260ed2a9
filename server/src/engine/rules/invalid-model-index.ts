// invalid-model-index: `model-index` must follow the Hub's evaluation-results format (hub-docs modelcard.md;
// huggingface_hub repocard_data.py `EvalResult`): task.type, dataset.type, dataset.name, metrics[].type and
// metrics[].value are required, and a `source` needs a `url`. Results that break it are dropped by the Hub and by
// `huggingface_hub`. Each problem is reported at its exact node; near-miss keys (`metric:`) are fixed.
import { getPair, type YMap, type YNode } from '../parse/yaml-tree.js';
import { modelIndexResultSchema, modelIndexSchema } from '../schema/card.js';
import type { Fix, Span } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import {
  firstSentence,
  itemAnchor,
  pathText,
  problemMessage,
  quotable,
  quoted,
  renameKey,
  validateNode,
  SCHEMA_MEMO,
  type SchemaMemo,
  type PathSeg,
  type SchemaProblem,
} from '../rule-kit/schema-check.js';
import { pushAll } from '../push-all.js';

export const meta: RuleMeta = {
  id: 'invalid-model-index',
  description:
    '`model-index` evaluation results must have the fields the Hub requires (task type, dataset type and name, metric type and value, source url).',
  tags: ['metadata'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: false,
  severity: { recommended: 'warning', 'hf-basic': 'warning' },
};

const ROOT = 'model-index';

function message(p: SchemaProblem): string {
  if (p.kind === 'missing-key') {
    const what = firstSentence(p.description);
    return `\`${pathText(ROOT, p.path.slice(0, -1))}\` is missing \`${p.key}\`, which the Hub requires${what ? ` (${what})` : ''}.`;
  }
  if (p.kind === 'wrong-type' && p.path.length === 0) {
    return '`model-index` must be a list of models: `- name: …` with `results:` under it.';
  }
  return problemMessage(p, ROOT);
}

const entrySchema = modelIndexSchema.element;

function prefixed(list: SchemaProblem[], prefix: PathSeg[]): SchemaProblem[] {
  return list.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}

/** Validate result by result: each result is validated (and cached) on its own, so a keystroke in one of 68 results
 * re-validates that result only; the model entries are validated with their results list emptied. */
export function problemsOf(value: YNode, anchor: Span, memo: SchemaMemo): SchemaProblem[] {
  if (value.kind !== 'seq' || value.flow)
    return validateNode(modelIndexSchema, value, anchor, memo, { typoKeys: true });
  const out: SchemaProblem[] = [];
  value.items.forEach((entry, ei) => {
    const results = entry.kind === 'map' && !entry.flow ? entry.pairs.find((p) => p.key === 'results') : undefined;
    if (!results?.value || results.value.kind !== 'seq' || results.value.flow) {
      pushAll(out, prefixed(validateNode(entrySchema, entry, itemAnchor(entry), memo, { typoKeys: true }), [ei]));
      return;
    }
    const list = results.value;
    const emptied: YNode = {
      ...entry,
      pairs: (entry as YMap).pairs.map((p) =>
        p === results ? { ...p, value: { kind: 'seq', span: list.span, items: [], flow: false } } : p,
      ),
    } as YMap;
    pushAll(out, prefixed(validateNode(entrySchema, emptied, itemAnchor(entry), memo, { typoKeys: true }), [ei]));
    list.items.forEach((r, ri) =>
      pushAll(
        out,
        prefixed(validateNode(modelIndexResultSchema, r, itemAnchor(r), memo, { typoKeys: true }), [ei, 'results', ri]),
      ),
    );
  });
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function invalidModelIndex(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (!fm?.closed || !fm.root) return;
  const pair = getPair(fm.root, 'model-index');
  if (!pair || !pair.value) return;
  const problems = problemsOf(pair.value, pair.keySpan, ctx.memo(SCHEMA_MEMO));
  // A misspelt key already explains the missing one it stands for.
  const explained = new Set(
    problems
      .filter((p) => p.kind === 'misspelt-key')
      .map((p) => `${pathText('', p.path.slice(0, -1))}/${p.options[0]}`),
  );
  for (const p of problems) {
    if (p.kind === 'missing-key' && explained.has(`${pathText('', p.path.slice(0, -1))}/${p.key}`)) continue;
    let autofix: Fix | undefined;
    if (p.kind === 'misspelt-key' && p.pair && p.options.length === 1)
      autofix = fix(`Rename to \`${p.options[0]}\``, renameKey(p.pair, p.options[0]!));
    else if (p.node?.kind === 'scalar' && quotable(p, modelIndexSchema))
      autofix = fix(`Quote \`${p.node.source}\` as a string`, replace(p.node.span, quoted(p.node.source)));
    ctx.report({ span: p.span, message: message(p), fix: autofix });
  }
}

export const rule: Rule = { meta, check: invalidModelIndex };
