// duplicate-key: a key appears twice in the same mapping. YAML readers disagree on which value wins (the Hub's
// PyYAML keeps the last), so the first one silently stops counting.
import type { YNode, YPair } from '../parse/yaml-tree.js';
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

interface Dup {
  pair: YPair;
  first: YPair;
}

/** Duplicates under one top-level value, cached per node: unchanged front-matter blocks keep their (immutable) nodes,
 * so a keystroke elsewhere does not re-walk a large `model-index`. */
const cache = new WeakMap<YNode, Dup[]>();

function duplicatesUnder(root: YNode): Dup[] {
  const hit = cache.get(root);
  if (hit) return hit;
  const found: Dup[] = [];
  const stack: YNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'seq') for (const i of n.items) stack.push(i);
    if (n.kind !== 'map') continue;
    const first = new Map<string, YPair>();
    for (const p of n.pairs) {
      const prev = first.get(p.key);
      if (prev) found.push({ pair: p, first: prev });
      else first.set(p.key, p);
      if (p.value) stack.push(p.value);
    }
  }
  found.sort((a, b) => a.pair.keySpan.start - b.pair.keySpan.start);
  cache.set(root, found);
  return found;
}

function report(ctx: RuleContext, d: Dup): void {
  ctx.report({ span: d.pair.keySpan, message: `Duplicate key \`${d.pair.key}\`: it is already defined above, and readers disagree on which value wins.`, related: [{ span: d.first.keySpan, message: `first \`${d.first.key}\`` }] });
}

export function duplicateKey(ctx: RuleContext): void {
  const src = ctx.card?.frontMatter ?? ctx.manifest;
  if (!src) return;
  const seen = new Set<number>();
  for (const d of src.duplicates) {
    seen.add(d.pair.keySpan.start);
    report(ctx, d);
  }
  for (const p of src.root?.pairs ?? []) {
    if (!p.value) continue;
    for (const d of duplicatesUnder(p.value)) if (!seen.has(d.pair.keySpan.start)) report(ctx, d);
  }
}

export const rule: Rule = { meta, check: duplicateKey };
