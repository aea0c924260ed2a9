// ambiguous-yaml-boolean: plain `yes`/`no`/`on`/`off`/`y`/`n` in the front matter are booleans to YAML 1.1 readers
// (the Hub's PyYAML reads `yes/no/on/off`; the YAML 1.1 spec adds `y/n`) but strings to YAML 1.2 readers, so
// `language: [en, no]` silently loses Norwegian on the Hub. YAML 1.1 bool type: yaml.org/type/bool.html.
// Fix: quote the word where the schema expects text, write `true`/`false` where it expects a boolean.
import { byOrigin } from '../parse/yaml-blocks.js';
import type { YNode } from '../parse/yaml-tree.js';
import { cardFrontMatterSchema } from '../schema/card.js';
import type { Span } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import { acceptedTypes, pathText, quoted, type PathSeg } from '../rule-kit/schema-check.js';

export const meta: RuleMeta = {
  id: 'ambiguous-yaml-boolean',
  description:
    'Unquoted `yes`, `no`, `on`, `off`, `y` and `n` in the front matter mean true/false to YAML 1.1 readers (the Hub) but text to YAML 1.2 readers.',
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
  return /^[yn]$/i.test(word)
    ? 'the YAML 1.1 spec (which some readers follow)'
    : "YAML 1.1 readers such as the Hub's PyYAML";
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
    const what =
      path[0] === 'language' && /^no$/i.test(word)
        ? `\`${where}\` is a language code (\`no\` is Norwegian)`
        : `\`${where}\` takes text`;
    ctx.report({ span, message: `${intro}; ${what}, so quote it.`, fix: quote });
    return;
  }
  ctx.report({
    span,
    message: `${intro}; quote it for text or write \`${bool}\` for a boolean.`,
    suggestions: [quote, asBool],
  });
}

interface Occurrence {
  span: Span;
  word: string;
  /** Path relative to the node the occurrences were collected under. */
  path: PathSeg[];
  isKey: boolean;
}

/** Occurrences under a node, cached (in `cache`, the lint's memo for this rule) by the node a moved copy came from
 * (parse/yaml-blocks.ts originOf) and at every list item, with spans in the original's coordinates: a keystroke
 * re-walks only the block or item it changed. */
type Memo = WeakMap<YNode, Occurrence[]>;

function move(list: Occurrence[], d: number): Occurrence[] {
  return list.map((o) => ({ ...o, span: { start: o.span.start + d, end: o.span.end + d } }));
}

/** `shift` maps the coordinates of `moved` to the current text. Returned spans are in `moved`'s coordinates. */
function occurrences(text: string, moved: YNode, shift: number, cache: Memo): Occurrence[] {
  return byOrigin(
    cache,
    moved,
    (node, d) => {
      const out: Occurrence[] = [];
      const at = (sp: Span) => text.slice(sp.start + d + shift, sp.end + d + shift);
      const visit = (n: YNode, path: PathSeg[]) => {
        if (n.kind === 'map') {
          for (const p of n.pairs) {
            const written = at(p.keySpan);
            if (AMBIGUOUS.test(written))
              out.push({ span: p.keySpan, word: written, path: [...path, p.key], isKey: true });
            if (p.value) visit(p.value, [...path, p.key]);
          }
        } else if (n.kind === 'seq') {
          n.items.forEach((item, i) => {
            for (const o of occurrences(text, item, d + shift, cache))
              out.push({ ...o, path: [...path, i, ...o.path] });
          });
        } else if (
          n.kind === 'scalar' &&
          n.style === 'plain' &&
          typeof n.value === 'string' &&
          AMBIGUOUS.test(n.source)
        ) {
          out.push({ span: n.span, word: n.source, path, isKey: false });
        }
      };
      visit(node, []);
      return out;
    },
    move,
  );
}

export function ambiguousYamlBoolean(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (!fm?.closed || !fm.root) return;
  const text = ctx.doc.text;
  const memo = ctx.memo<Occurrence[]>(meta.id);
  for (const pair of fm.root.pairs) {
    const written = text.slice(pair.keySpan.start, pair.keySpan.end);
    if (AMBIGUOUS.test(written)) check(ctx, pair.keySpan, written, [pair.key], true);
    if (!pair.value) continue;
    for (const o of occurrences(text, pair.value, 0, memo)) check(ctx, o.span, o.word, [pair.key, ...o.path], o.isKey);
  }
}

export const rule: Rule = { meta, check: ambiguousYamlBoolean };
