// duplicate-key: a key appears twice in the same mapping. YAML readers disagree on which value wins (the Hub's
// PyYAML keeps the last), so the first one silently stops counting.
import { byOrigin } from '../parse/yaml-blocks.js';
import type { YNode, YPair } from '../parse/yaml-tree.js';
import type { Span } from '../types.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import { pushAll } from '../push-all.js';

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
  key: string;
  keySpan: Span;
  firstSpan: Span;
}

/** Duplicates under a node, cached (in `cache`, the lint's memo for this rule) by the node a moved copy came from
 * (parse/yaml-blocks.ts originOf) and at every sequence item: a keystroke re-walks only the block or list item it
 * changed, never a whole `model-index`. */
type Memo = WeakMap<YNode, Dup[]>;

/** Where to point at a pair: its key, or — for an empty key (`: value`), whose span YAML places at the end of the
 * previous line — its value, which is on the pair's own line. */
function where(p: YPair): Span {
  return p.keySpan.end === p.keySpan.start && p.value ? p.value.span : p.keySpan;
}

function moved(list: Dup[], d: number): Dup[] {
  const m = (s: Span) => ({ start: s.start + d, end: s.end + d });
  return list.map((x) => ({ key: x.key, keySpan: m(x.keySpan), firstSpan: m(x.firstSpan) }));
}

function duplicatesUnder(root: YNode, cache: Memo): Dup[] {
  return byOrigin(cache, root, (node) => collect(node, cache), moved);
}

function collect(node: YNode, cache: Memo): Dup[] {
  const found: Dup[] = [];
  const stack: YNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'seq') {
      for (const i of n.items) pushAll(found, duplicatesUnder(i, cache));
      continue;
    }
    if (n.kind !== 'map') continue;
    const first = new Map<string, YPair>();
    for (const p of n.pairs) {
      const prev = first.get(p.key);
      if (prev) found.push({ key: p.key, keySpan: where(p), firstSpan: where(prev) });
      else first.set(p.key, p);
      if (p.value) stack.push(p.value);
    }
  }
  return found.sort((a, b) => a.keySpan.start - b.keySpan.start);
}

function report(ctx: RuleContext, d: Dup): void {
  ctx.report({
    span: d.keySpan,
    message: `Duplicate key \`${d.key}\`: it is already defined above, and readers disagree on which value wins.`,
    related: [{ span: d.firstSpan, message: `first \`${d.key}\`` }],
  });
}

export function duplicateKey(ctx: RuleContext): void {
  const src = ctx.card?.frontMatter ?? ctx.manifest;
  if (!src) return;
  const seen = new Set<number>();
  const memo = ctx.memo<Dup[]>(meta.id);
  for (const d of src.duplicates) {
    seen.add(d.pair.keySpan.start);
    report(ctx, { key: d.pair.key, keySpan: where(d.pair), firstSpan: where(d.first) });
  }
  for (const p of src.root?.pairs ?? []) {
    if (!p.value) continue;
    for (const d of duplicatesUnder(p.value, memo)) if (!seen.has(d.keySpan.start)) report(ctx, d);
  }
}

export const rule: Rule = { meta, check: duplicateKey };
