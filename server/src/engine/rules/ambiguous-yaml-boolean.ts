// ambiguous-yaml-boolean: plain `yes`/`no`/`on`/`off`/`y`/`n` in the front matter are booleans to YAML 1.1 readers
// (the Hub's PyYAML reads `yes/no/on/off`; the YAML 1.1 spec adds `y/n`) but strings to YAML 1.2 readers, so
// `language: [en, no]` silently loses Norwegian on the Hub. YAML 1.1 bool type: yaml.org/type/bool.html.
// Fix: quote the word where the schema expects text, write `true`/`false` where it expects a boolean.
import { originOf } from '../parse/yaml-blocks.js';
import { walk, type YNode } from '../parse/yaml-tree.js';
import { cardFrontMatterSchema } from '../schema/card.js';
import type { Span } from '../types.js';
import { fix, replace } from './helpers.js';
import type { Rule, RuleContext, RuleMeta } from './rule.js';
import { acceptedTypes, pathText, quoted, type PathSeg } from './schema-check.js';

export const meta: RuleMeta = {
  id: 'ambiguous-yaml-boolean',
  description: 'Unquoted `yes`, `no`, `on`, `off`, `y` and `n` in the front matter mean true/false to YAML 1.1 readers (the Hub) but text to YAML 1.2 readers.',
  tags: ['metadata', 'syntax'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning' },
};

const AMBIGUOUS = /^(?:y|n|yes|no|on|off)$/i;
const TRUE_WORDS = /^(?:y|yes|on)$/i;

function booleanOf(word: string): 'true' | 'false' {
  return TRUE_WORDS.test(word) ? 'true' : 'false';
}

function readers(word: string): string {
  return /^[yn]$/i.test(word) ? 'the YAML 1.1 spec (which some readers follow)' : 'YAML 1.1 readers such as the Hub\'s PyYAML';
}

function check(ctx: RuleContext, span: Span, word: string, path: PathSeg[], isKey: boolean): void {
  const bool = booleanOf(word);
  const where = pathText('', path);
  const quote = fix(`Quote as \`"${word}"\` (text)`, replace(span, quoted(word)))!;
  const asBool = fix(`Write \`${bool}\` (boolean)`, replace(span, bool))!;
  const intro = `\`${word}\` is the boolean ${bool} to ${readers(word)} but the text "${word}" to YAML 1.2 readers`;
  if (isKey) {
    ctx.report({ span, message: `${intro}; quote this key.`, fix: quote });
    return;
  }
  const types = acceptedTypes(cardFrontMatterSchema, path);
  if (types.has('boolean')) {
    ctx.report({ span, message: `${intro}; \`${where}\` takes a boolean, so write \`${bool}\`.`, fix: asBool });
    return;
  }
  if (types.has('string') || types.has('enum')) {
    const what = path[0] === 'language' && /^no$/i.test(word) ? `\`${where}\` is a language code (\`no\` is Norwegian)` : `\`${where}\` takes text`;
    ctx.report({ span, message: `${intro}; ${what}, so quote it.`, fix: quote });
    return;
  }
  ctx.report({ span, message: `${intro}; quote it for text or write \`${bool}\` for a boolean.`, suggestions: [quote, asBool] });
}

interface Occurrence {
  span: Span;
  word: string;
  path: PathSeg[];
  isKey: boolean;
}

/** Occurrences under one top-level value, cached per node: unchanged front-matter blocks keep their nodes. */
const cache = new WeakMap<YNode, Occurrence[]>();

function occurrences(text: string, moved: YNode, key: string): Occurrence[] {
  // Cached by the node a moved block was copied from (an edit above it only moves it), results moved along.
  const { node: value, d } = originOf(moved);
  const hit = cache.get(value);
  if (hit) return d === 0 ? hit : hit.map((o) => ({ ...o, span: { start: o.span.start + d, end: o.span.end + d } }));
  // The original block sits d characters before its current place: read its text through that offset.
  if (d > 0) text = text.slice(d);
  else if (d < 0) text = ' '.repeat(-d) + text;
  const found: Occurrence[] = [];
  walk(value, (n, path) => {
    if (n.kind === 'map') {
      for (const p of n.pairs) {
        const written = text.slice(p.keySpan.start, p.keySpan.end);
        if (AMBIGUOUS.test(written)) found.push({ span: p.keySpan, word: written, path: [...path, p.key], isKey: true });
      }
    } else if (n.kind === 'scalar' && n.style === 'plain' && typeof n.value === 'string' && AMBIGUOUS.test(n.source)) {
      found.push({ span: n.span, word: n.source, path, isKey: false });
    }
  }, [key]);
  cache.set(value, found);
  return d === 0 ? found : found.map((o) => ({ ...o, span: { start: o.span.start + d, end: o.span.end + d } }));
}

export function ambiguousYamlBoolean(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (!fm?.closed || !fm.root) return;
  const text = ctx.doc.text;
  for (const pair of fm.root.pairs) {
    const written = text.slice(pair.keySpan.start, pair.keySpan.end);
    if (AMBIGUOUS.test(written)) check(ctx, pair.keySpan, written, [pair.key], true);
    if (!pair.value) continue;
    for (const o of occurrences(text, pair.value, pair.key)) check(ctx, o.span, o.word, o.path, o.isKey);
  }
}

export const rule: Rule = { meta, check: ambiguousYamlBoolean };
