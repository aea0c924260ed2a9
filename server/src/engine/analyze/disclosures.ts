// Which of the twelve disclosures a card makes, and where: front matter, a section with real content, a bold
// lead-in label followed by text, or a body signal. A matching section that is empty or only placeholders is
// reported as "empty" so the finding can point at it.
//
// Why the extra care over a plain title match (tuned on the 80 real cards in ../shared/corpus/cards):
// - titles are compared without leading numbers/emoji ("## 4. Evaluation Results", "## 🟠 Model Description");
// - a parent section only counts with its own text and the subsections that are about the same disclosure, so
//   "## Uses" holding just a filled "### Out-of-Scope Use" does not disclose the intended use;
// - a label's text may continue on the next lines ("**Training Data**\nLAION-5B …") up to the next label or heading;
// - plain list lead-ins count like bold labels ("- Architecture: transformers with RoPE", "- License: Apache 2.0");
// - signals never match inside comments or code blocks (`git@github.com`, `learning_rate=2e-5` in a snippet).
import { DISCLOSURES, type Disclosure, type DisclosureId } from '../knowledge/disclosures.js';
import type { CardModel } from '../parse/card.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Label, Section } from '../parse/markdown.js';
import type { Span } from '../types.js';
import { isSubstantial, meaningfulText } from './content.js';

export interface DisclosureStatus {
  id: DisclosureId;
  state: 'present' | 'empty' | 'missing';
  evidence?: { kind: 'section' | 'label' | 'front-matter' | 'signal'; span: Span; detail: string };
  /** The heading of a matching but empty section. */
  emptyHeading?: Span;
}

/** Title or label text without leading numbering, emoji, bullets and punctuation. */
export function normalizeTitle(title: string): string {
  return title.replace(/^[^\p{L}]+/u, '').replace(/\\/g, '');
}

// Template text that survives when an author fills nothing in (HF template "Environmental Impact" intro sentence).
const TEMPLATE_BOILERPLATE = /Carbon emissions (?:can be )?estimated using the Machine Learning Impact calculator[\s\S]{0,80}?Lacoste et al(?: 2019)?(?: https arxiv org abs 1910 09700)?/gi;

/** Whether meaningful text is enough for `d`: a word for short disclosures (licence id, email), else three words. */
function enough(d: Disclosure, meaningful: string): boolean {
  const rest = meaningful.replace(TEMPLATE_BOILERPLATE, ' ').trim();
  return d.short ? rest.length > 0 : isSubstantial(rest);
}

const test = (list: RegExp[] | undefined, s: string): boolean => !!list && list.some((re) => re.test(s));

function ancestors(s: Section): string[] {
  const out: string[] = [];
  for (let p = s.parent; p; p = p.parent) out.push(normalizeTitle(p.heading.title));
  return out;
}

/** The index of the heading pattern a section matches for `d` (lower = more specific), or -1. */
export function headingMatch(d: Disclosure, s: Section): number {
  const title = normalizeTitle(s.heading.title);
  if (!title || test(d.notHeadings, title)) return -1;
  let index = d.headings.findIndex((re) => re.test(title));
  const parents = ancestors(s);
  if (index === -1 && d.nested && test(d.nested.headings, title) && parents.some((p) => test(d.nested!.under, p))) index = d.headings.length;
  if (index === -1) return -1;
  if (d.notUnder && parents.some((p) => test(d.notUnder, p))) return -1;
  return index;
}

/** Whether a section's own text, plus subsections not claimed by another disclosure, is real content. */
function ownContentIsReal(text: string, card: CardModel, s: Section, d: Disclosure, matches: Map<Section, Set<DisclosureId>>): boolean {
  const cut: Span[] = [];
  const visit = (sec: Section) => {
    for (const c of sec.children) {
      const m = matches.get(c);
      if (m && m.size && !m.has(d.id)) cut.push(c.span);
      else visit(c);
    }
  };
  visit(s);
  if (!cut.length) return enough(d, meaningfulText(text, s.contentSpan, card));
  cut.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = s.contentSpan.start;
  for (const c of cut) {
    if (c.start > pos) parts.push(meaningfulText(text, { start: pos, end: c.start }, card));
    pos = Math.max(pos, c.end);
  }
  if (pos < s.contentSpan.end) parts.push(meaningfulText(text, { start: pos, end: s.contentSpan.end }, card));
  return enough(d, parts.join(' '));
}

/** A label's value: the rest of its line, else the following lines up to the next label or heading. */
function labelHasValue(text: string, card: CardModel, labels: Label[], i: number, headingStarts: number[]): boolean {
  const l = labels[i]!;
  if (meaningfulText(text, l.restSpan, card).length > 0) return true;
  let end = Math.min(text.length, l.restSpan.end + 4000);
  const next = labels[i + 1];
  if (next && next.span.start < end) end = next.span.start;
  for (const h of headingStarts) {
    if (h >= l.restSpan.end) {
      end = Math.min(end, h);
      break;
    }
  }
  return end > l.restSpan.end && meaningfulText(text, { start: l.restSpan.end, end }, card).length > 0;
}

/** The body with comments and code blocks blanked out (same length, so signal offsets stay exact). */
function maskedBody(text: string, body: Span, masks: Span[]): string {
  let out = '';
  let pos = body.start;
  for (const m of [...masks].sort((a, b) => a.start - b.start)) {
    if (m.end <= pos || m.start >= body.end) continue;
    out += text.slice(pos, Math.max(pos, m.start));
    const from = Math.max(pos, m.start);
    const to = Math.min(m.end, body.end);
    out += text.slice(from, to).replace(/[^\n]/g, ' ');
    pos = to;
  }
  return out + text.slice(pos, body.end);
}

/** Plain `- Key: value` bullets (no bold), found in the masked body: the key and the value's span. */
const PLAIN_LABEL = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+([A-Za-z\u00C0-\u024F][^:\n*_`[\]]{0,40}?)[ \t]*:[ \t]*(\S[^\n]*)$/gm;

function plainLabels(body: string, base: number): { text: string; span: Span; restSpan: Span }[] {
  const out: { text: string; span: Span; restSpan: Span }[] = [];
  PLAIN_LABEL.lastIndex = 0;
  for (let m = PLAIN_LABEL.exec(body); m; m = PLAIN_LABEL.exec(body)) {
    const keyStart = base + m.index + m[0].indexOf(m[1]!);
    const restStart = base + m.index + m[0].length - m[2]!.length;
    out.push({ text: m[1]!.trim(), span: { start: keyStart, end: keyStart + m[1]!.length }, restSpan: { start: restStart, end: base + m.index + m[0].length } });
  }
  return out;
}

export function analyzeDisclosures(doc: ParsedDocument): Map<string, DisclosureStatus> {
  const out = new Map<string, DisclosureStatus>();
  const card = doc.card;
  if (!card) return out;
  const text = doc.text;
  const fm = card.frontMatter?.root ?? null;
  const { sections, labels, comments, code, headings, span: bodySpan } = card.markdown;

  // Which disclosures each section's title is about (used to carve parent sections).
  const matches = new Map<Section, Set<DisclosureId>>();
  for (const s of sections) {
    const set = new Set<DisclosureId>();
    for (const d of DISCLOSURES) if (headingMatch(d, s) !== -1) set.add(d.id);
    matches.set(s, set);
  }
  const headingStarts = headings.map((h) => h.span.start);
  const labelTexts = labels.map((l) => normalizeTitle(l.text));
  const body = maskedBody(text, bodySpan, [...comments, ...code]);
  let plain: ReturnType<typeof plainLabels> | null = null;

  for (const d of DISCLOSURES) {
    let status: DisclosureStatus | null = null;
    if (fm && d.frontMatter) {
      const detail = d.frontMatter(fm);
      if (detail) {
        const keySpan = fm.pairs.find((p) => detail.includes(`\`${p.key}`))?.keySpan ?? card.frontMatter!.openSpan;
        status = { id: d.id, state: 'present', evidence: { kind: 'front-matter', span: keySpan, detail } };
      }
    }
    let empty: { span: Span; rank: number } | undefined;
    if (!status) {
      for (const s of sections) {
        if (!matches.get(s)!.has(d.id)) continue;
        if (ownContentIsReal(text, card, s, d, matches)) {
          status = { id: d.id, state: 'present', evidence: { kind: 'section', span: s.heading.span, detail: `section "${s.heading.title}"` } };
          break;
        }
        const rank = headingMatch(d, s);
        if (!empty || rank < empty.rank) empty = { span: s.heading.span, rank };
      }
    }
    if (!status) {
      for (let i = 0; i < labels.length; i++) {
        if (!test(d.labels, labelTexts[i]!)) continue;
        if (labelHasValue(text, card, labels, i, headingStarts)) {
          const l = labels[i]!;
          status = { id: d.id, state: 'present', evidence: { kind: 'label', span: l.span, detail: `"${l.text}"` } };
          break;
        }
      }
    }
    if (!status) {
      plain ??= plainLabels(body, bodySpan.start);
      for (const l of plain) {
        if (test(d.labels, normalizeTitle(l.text)) && meaningfulText(text, l.restSpan, card).length > 0) {
          status = { id: d.id, state: 'present', evidence: { kind: 'label', span: l.span, detail: `"${l.text}"` } };
          break;
        }
      }
    }
    if (!status && d.signals?.length) {
      for (const re of d.signals) {
        const m = re.exec(body);
        if (m) {
          const start = bodySpan.start + m.index;
          status = { id: d.id, state: 'present', evidence: { kind: 'signal', span: { start, end: start + m[0].length }, detail: `"${m[0].slice(0, 60)}"` } };
          break;
        }
      }
    }
    out.set(d.id, status ?? { id: d.id, state: empty ? 'empty' : 'missing', emptyHeading: empty?.span });
  }
  return out;
}
