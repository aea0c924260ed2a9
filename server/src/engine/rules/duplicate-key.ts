// duplicate-key: a key appears twice in the same mapping. YAML readers disagree on which value wins (the Hub's
// PyYAML keeps the last), so the first one silently stops counting.
import type { Span } from '../types.js';
import { walk, type YNode } from '../parse/yaml-tree.js';
import type { Rule, RuleContext, RuleMeta } from './rule.js';

export const meta: RuleMeta = {
  id: 'duplicate-key',
  description: 'A YAML mapping (front matter or manifest) must not repeat a key.',
  tags: ['syntax'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: false,
  hasSuggestions: false,
  severity: { recommended: 'error', 'hf-basic': 'error', mof: 'error' },
};

function nested(ctx: RuleContext, root: YNode | null, seen: Set<number>): void {
  walk(root, (n) => {
    if (n.kind !== 'map') return;
    const first = new Map<string, Span>();
    for (const p of n.pairs) {
      const prev = first.get(p.key);
      if (prev && !seen.has(p.keySpan.start)) {
        seen.add(p.keySpan.start);
        ctx.report({ span: p.keySpan, message: `Duplicate key \`${p.key}\`: it is already defined above, and readers disagree on which value wins.`, related: [{ span: prev, message: `first \`${p.key}\`` }] });
      } else if (!prev) first.set(p.key, p.keySpan);
    }
  });
}

export function duplicateKey(ctx: RuleContext): void {
  const seen = new Set<number>();
  const src = ctx.card?.frontMatter ?? ctx.manifest;
  if (!src) return;
  for (const d of src.duplicates) {
    seen.add(d.pair.keySpan.start);
    ctx.report({ span: d.pair.keySpan, message: `Duplicate key \`${d.pair.key}\`: it is already defined above, and readers disagree on which value wins.`, related: [{ span: d.first.keySpan, message: `first \`${d.first.key}\`` }] });
  }
  if (src.root) for (const p of src.root.pairs) nested(ctx, p.value, seen);
}

export const rule: Rule = { meta, check: duplicateKey };
