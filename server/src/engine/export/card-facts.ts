// Facts an export reads off a card beyond the twelve disclosures: front-matter values and bold lead-in labels
// ("**Model Release Date:** July 23, 2024."), each with the span it came from so exports can cite the line.
import type { ParsedDocument } from '../parse/document.js';
import { plainTitle } from '../parse/markdown.js';
import { get, getPair, str, strList } from '../parse/yaml-tree.js';
import type { Span } from '../types.js';

export interface CardFact {
  value: string;
  span: Span;
  /** `front-matter key`, `label "…"` or `heading`: how the value was found. */
  via: string;
}

/** A front-matter key's value as text (a list is joined with commas). */
export function frontMatterFact(doc: ParsedDocument, key: string): CardFact | null {
  const fm = doc.card?.frontMatter?.root ?? null;
  const pair = getPair(fm, key);
  if (!pair?.value) return null;
  const list = strList(pair.value);
  const value = pair.value.kind === 'seq' ? list.map((x) => x.value).join(', ') : str(pair.value);
  if (value === null || value.trim() === '') return null;
  return { value: value.trim(), span: pair.span, via: `front-matter \`${key}\`` };
}

/** Markdown emphasis, links and HTML tags removed: label values are shown as plain text. */
export function plainValue(s: string): string {
  return s
    .replace(/<[^>\n]{0,200}>/g, ' ')
    .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[:\-–—]\s*/, '');
}

/** The first lead-in label whose text matches `re`, with the text after it (same line). */
export function labelFact(doc: ParsedDocument, re: RegExp): CardFact | null {
  for (const l of doc.card?.markdown.labels ?? []) {
    if (!re.test(plainTitle(l.text).replace(/[:\s]+$/, ''))) continue;
    const lineEnd = doc.text.indexOf('\n', l.restSpan.start);
    const rest = doc.text.slice(l.restSpan.start, Math.min(l.restSpan.end, lineEnd < 0 ? Infinity : lineEnd));
    const value = plainValue(rest);
    if (value) return { value, span: { start: l.span.start, end: l.restSpan.end }, via: `label "${l.text}"` };
  }
  return null;
}

const CARD_TITLE = /^(?:model card (?:for|of)\s+|model card:\s*)/i;

/** The model's name: `model_name`, the first `model-index` entry's name, else the first level-1 heading. */
export function modelName(doc: ParsedDocument): CardFact | null {
  const named = frontMatterFact(doc, 'model_name');
  if (named) return named;
  const fm = doc.card?.frontMatter?.root ?? null;
  const index = get(fm, 'model-index');
  if (index?.kind === 'seq' && index.items[0]) {
    const pair = getPair(index.items[0], 'name');
    const name = str(pair?.value);
    if (pair && name?.trim()) return { value: name.trim(), span: pair.span, via: 'front-matter `model-index[0].name`' };
  }
  const h1 = doc.card?.markdown.headings.find((h) => h.level === 1);
  if (h1) {
    const title = plainValue(h1.title).replace(CARD_TITLE, '').trim();
    if (title) return { value: title, span: h1.span, via: 'heading' };
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An ISO date from `2024-07-23`, `July 23, 2024` or `23 July 2024`; null for anything vaguer. */
export function isoDate(text: string): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number) => {
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  };
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso && valid(+iso[1]!, +iso[2]!, +iso[3]!)) return iso[0];
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  for (const [month, day, year] of [
    mdy ? [mdy[1]!, mdy[2]!, mdy[3]!] : null,
    dmy ? [dmy[2]!, dmy[1]!, dmy[3]!] : null,
  ].filter((x): x is string[] => x !== null)) {
    const m = MONTHS.indexOf(month!.slice(0, 3).toLowerCase()) + 1;
    if (m > 0 && valid(+year!, m, +day!)) return `${year}-${pad(m)}-${pad(+day!)}`;
  }
  return null;
}

export const RELEASE_DATE_LABEL = /^(?:model )?release date$|^released?(?: on)?$/i;
export const DEVELOPER_LABEL = /^(?:model )?developers?$|^developed by$|^(?:model )?provider$/i;
export const REPOSITORY_LABEL = /^(?:code )?repositor(?:y|ies)$|^code$|^source code$/i;
