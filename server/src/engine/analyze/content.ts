// What counts as real content in a card section: text left after removing comments, headings, template
// placeholders, Jinja slots and empty label bullets. The HF template leaves `[More Information Needed]` behind.
import type { CardModel } from '../parse/card.js';
import type { Span } from '../types.js';
import { TEMPLATE_DEFAULT_RECOMMENDATION } from '../knowledge/hf-metadata.js';

const PLACEHOLDER_RES: RegExp[] = [
  /\[More Information Needed\]/gi,
  /\[(?:Optional|TODO|TBD|More Information|Information Needed)[^\]]*\]/gi,
  // Instructions left for the author ("[Insert your model's accuracy]", "[Describe the training data]"), not link texts.
  /\[(?:Insert|Add|Your|Fill in|Enter|Describe|Provide|Specify|List|Include|Replace)\b[^\]\n]{0,100}\](?!\()/gi,
  // A field left in brackets ("[Contact Email]", "[Repository Issues Page]", "[Your Name/Email/LinkedIn Profile]").
  /\[(?:[A-Z][\w-]*[ /]){0,4}(?:Email|E-mail|Page|Name|Link|URL|Address|Profile|Handle|Contact)(?:[ /][A-Z][\w-]*){0,3}\](?!\()/g,
  /\{\{[\s\S]*?\}\}/g,
  // A template's single-brace slot left unfilled ("- **Datos:** {DESCRIPCION_DATOS}").
  /\{[A-Z][A-Z0-9_]{2,40}\}/g,
  /\{%[\s\S]*?%\}/g,
  /More information needed(?: for further recommendations)?\.?/gi,
  /\bTODO\b:?/g,
  // "(To be filled after final model evaluation on a test set)", "(to be added)".
  /\((?:to be|will be) (?:filled|added|completed|determined|updated|announced|reported)\b[^)\n]{0,120}\)/gi,
  /\bTBD\b/g,
];

/** `s` without template placeholders. */
export function withoutPlaceholders(s: string): string {
  for (const re of PLACEHOLDER_RES) s = s.replace(re, ' ');
  return s;
}

/** Text of a span with comments cut out (comment spans come from the Markdown model). */
export function textWithoutComments(text: string, span: Span, comments: Span[]): string {
  let out = '';
  let pos = span.start;
  for (const c of comments) {
    if (c.end <= pos || c.start >= span.end) continue;
    out += text.slice(pos, Math.max(pos, c.start));
    pos = Math.max(pos, c.end);
  }
  out += text.slice(pos, span.end);
  return out;
}

/** Two sorted lists of spans as one sorted list. */
function mergedSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return out;
}

/** The meaningful prose of a span: no comments, headings, placeholders, markup or empty `- **Label:**` bullets. */
// Not memoised here (the engine keeps no module state): the disclosure analysis caches it per span (Judge).
export function meaningfulText(text: string, span: Span, card: CardModel | null): string {
  // Code blocks are not prose: a usage section holding only a snippet says nothing about what the model is for.
  let s = textWithoutComments(text, span, card ? mergedSpans(card.markdown.comments, card.markdown.code) : []);
  s = s.replace(/^[ \t]{0,3}#{1,6}[ \t].*$/gm, ' ');
  s = s.replace(/^.*\n[ \t]*(=+|-+)[ \t]*$/gm, (m) => (/^[ \t]*[-=]+[ \t]*$/.test(m.split('\n')[1] ?? '') ? ' ' : m));
  s = s.replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/gi, ' ');
  s = s.split(TEMPLATE_DEFAULT_RECOMMENDATION).join(' ');
  s = withoutPlaceholders(s);
  // A bullet that is only a bold label (`- **Developed by:**`) carries no information.
  s = s.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(\*\*|__)[^*_\n]+\1[ \t]*:?[ \t]*$/gm, ' ');
  s = s.replace(/<[^>]+>/g, ' ');
  s = s.replace(/[#*_`~>|\-=[\](){}:;,.!?"'\\/]+/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/** Enough words to count as a disclosure: three words, or a handful of CJK characters. */
export function isSubstantial(meaningful: string): boolean {
  if (!meaningful) return false;
  const cjk = (meaningful.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
  if (cjk >= 6) return true;
  const words = meaningful.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length >= 3;
}

export function hasRealContent(text: string, span: Span, card: CardModel | null): boolean {
  return isSubstantial(meaningfulText(text, span, card));
}
