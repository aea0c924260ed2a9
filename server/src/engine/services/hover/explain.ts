// Hover explanations of every taxonomy term under the cursor (front-matter keys and values, Markdown headings,
// manifest components and licences): what it is, why it matters, and its source. Reads the lint result it is
// given (parsed tree + analysis); nothing is re-parsed or re-linted per hover.
import type { LintResult } from '../../lint.js';
import type { Span } from '../../types.js';
import { explainFrontMatter } from './explain-card.js';
import { explainManifestHit } from './explain-manifest.js';
import { explainHeading } from './explain-markdown.js';
import { explainWord } from './explain-words.js';
import { locate } from './yaml-locate.js';

export interface Explanation {
  span: Span;
  /** Markdown. */
  markdown: string;
}

export function explainAt(result: LintResult, offset: number): Explanation | null {
  const doc = result.doc;
  // Clients may ask just outside the text (a BOM shift gives -1); every span returned must stay inside it.
  offset = Math.max(0, Math.min(offset, doc.text.length));
  if (doc.manifest) {
    const hit = locate(doc.manifest.root, offset);
    const md = hit ? explainManifestHit(result, hit) : null;
    return md && hit ? { span: hit.span, markdown: md } : explainWord(result, offset);
  }
  const card = doc.card;
  if (!card) return null;
  const fm = card.frontMatter;
  if (fm?.closed && offset >= fm.contentSpan.start && offset <= fm.contentSpan.end) {
    const hit = locate(fm.root, offset);
    const md = hit ? explainFrontMatter(result, hit) : null;
    return md && hit ? { span: hit.span, markdown: md } : explainWord(result, offset);
  }
  return explainHeading(result, offset) ?? explainWord(result, offset);
}
