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
// - signals never match inside comments or code blocks (`git@github.com`, `learning_rate=2e-5` in a snippet), nor in
//   how-to sections, which describe what the reader does ("## Fine-tuning: instruction fine-tuning needs…"), not
//   what the developers did;
// - a disclosure may require a figure (`requires`): "Hardware Type: TPU v4 / Carbon Emitted: More information
//   needed" is not an environmental-impact disclosure.
import { DISCLOSURES, type Disclosure, type DisclosureId } from '../knowledge/disclosures.js';
import type { CardModel } from '../parse/card.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Label, Section } from '../parse/markdown.js';
import type { Span } from '../types.js';
import { detached, type BodyCache, type BodyHit, type BodySearch, type Variant } from './body-search.js';
import { isSubstantial, meaningfulText, withoutPlaceholders } from './content.js';

export interface DisclosureStatus {
  id: DisclosureId;
  /** `withheld`: the card says it will not disclose this ("the training data is proprietary"): a choice it states,
   * reported with its own message rather than as forgotten. */
  state: 'present' | 'empty' | 'missing' | 'withheld';
  evidence?: {
    kind: 'section' | 'label' | 'front-matter' | 'signal' | 'reference' | 'statement' | 'file';
    span: Span;
    detail: string;
    /** `kind: 'file'`: the evidence is in another file of the repository (eval-results-credit.ts), 1-based line. */
    file?: { path: string; line: number };
  };
  /** The heading of a matching but empty section. */
  emptyHeading?: Span;
}

/** Title or label text without leading numbering, emoji, bullets and punctuation. */
export function normalizeTitle(title: string): string {
  return title.replace(/^[^\p{L}]+/u, '').replace(/\\/g, '');
}

// Template text that survives when an author fills nothing in: the HF template's "Environmental Impact" intro
// sentence, the DALL-E mini card's "Excluded uses are described below." kept under an empty "Direct Use", and the
// tail of the template's default Recommendations sentence (content.ts removes only its first 60 characters).
const TEMPLATE_BOILERPLATE =
  /Carbon emissions (?:can be )?estimated using the Machine Learning Impact calculator[\s\S]{0,80}?Lacoste et al(?: 2019)?(?: https arxiv org abs 1910 09700)?|Excluded uses are described below|(?:Users both direct and downstream should be made aware of t)?he risks biases and limitations of the model/gi;

/** A value that is no answer ("- **Hardware:** N/A", "Training data: Not specified.", "Unknown"): nothing disclosed,
 * for every disclosure. "None" is left out: "Training Data: None for MVP (heuristics)" answers the question. */
const NONE_VALUE =
  /^[\s*_:|-]{0,8}(?:n\/a\b|not (?:specified|stated|provided|available|applicable|published)\b|unspecified\b|unknown\b|tbd\b)[^\n]{0,60}$/i;

/** An ATX heading line, taken out where a piece's own text is judged. */
const ATX_HEADING_LINE = /^[ \t]{0,3}#{1,6}[ \t][^\n]*$/gm;

/** Text that only sends the reader elsewhere. */
const POINTER_ONLY =
  /^(?:for [^.]{0,80}?,\s*)?(?:we |please )?(?:refer (?:to|the reader to)|see|are (?:reported|described|available|given) in|can be found in|is described in)\b/i;

const test = (list: RegExp[] | undefined, s: string): boolean => !!list && list.some((re) => re.test(s));

/** Whether `d.rejects` disqualifies `text`: on the whole of it, or, when `d.rejectsLines` finds sentences or lines
 * stating the disclosure, on each of them (all must be rejected). Linear in the text. */
function rejected(d: Disclosure, text: string): boolean {
  if (d.rejectsLines) {
    const stating = text.split(/\n|(?<=[.!?。！？])[ \t]+/).filter((l) => d.rejectsLines!.test(l));
    if (stating.length) return stating.every((l) => d.rejects!.test(l));
  }
  return d.rejects!.test(text);
}

/** Whether some text (pieces of the card) discloses `d`: enough words, and the required figure if any. Meaningful
 * text is cached per span: twelve disclosures look at the same labels and sections. */
class Judge {
  private readonly cache = new Map<string, string>();
  constructor(
    private readonly text: string,
    private readonly search: BodySearch,
    private readonly base: number,
    private readonly card: CardModel,
  ) {}

  /** judge() of a section's pieces, kept by the lint session while their text and masks stay the same. */
  section(d: Disclosure, pieces: Span[], shared: boolean): 'yes' | 'empty' | 'unsupported' {
    return this.search.region(`judge:${d.id}:${shared}`, pieces, () => this.judge(d, pieces, shared));
  }

  /** 'yes'; 'empty' (placeholders, comments, a word or two); or 'unsupported' (text, but not the required figure). */
  /** `shared`: the section's title names other disclosures too ("Intended uses & limitations"), so its text must be
   * about this one (the disclosure's `topic`). */
  judge(d: Disclosure, pieces: Span[], shared = false): 'yes' | 'empty' | 'unsupported' {
    const meaningful = pieces
      .map((p) => this.meaningful(p))
      .join(' ')
      .replace(TEMPLATE_BOILERPLATE, ' ')
      .trim();
    if (!(d.short ? meaningful.length > 0 : isSubstantial(meaningful))) return 'empty';
    // The pieces' text with code and comments masked, computed once when a check below needs it.
    let rawText: string[] | undefined;
    const raw = () =>
      (rawText ??= pieces.map((p) =>
        p.end <= this.base ? '' : this.search.masked({ start: Math.max(p.start, this.base), end: p.end }),
      ));
    // A none-value is a few words: longer text is not read for one.
    if (meaningful.length <= 100 && NONE_VALUE.test(raw().join('\n').replace(ATX_HEADING_LINE, '').trim()))
      return 'empty';
    if (shared && d.topic && !raw().some((t) => d.topic!.test(t))) return 'unsupported';
    if (d.rejects && rejected(d, raw().join('\n'))) return 'unsupported';
    // A pointer without a link and without figures of its own ("we refer to tables 2 and 5 of the original paper"):
    // not a disclosure (docs/disclosures.md, "By reference"); with a link it is one, by reference.
    if (
      !d.short &&
      POINTER_ONLY.test(raw().join('\n').trimStart()) &&
      raw().join(' ').split(/\s+/).length <= 80 &&
      !raw().some((t) => /\]\(|https?:\/\/|\b\d{1,3}\.\d{1,2}\b|\d\s?%/.test(t))
    )
      return 'unsupported';
    if (!d.requires) return 'yes';
    // Not in a heading or a placeholder: "### Results" over "[More Information Needed]" reports nothing, nor does
    // "- Email: [Contact Email]".
    return raw().some((t) => test(d.requires!, withoutPlaceholders(t.replace(ATX_HEADING_LINE, ''))))
      ? 'yes'
      : 'unsupported';
  }

  meaningful(span: Span): string {
    const key = `${span.start}:${span.end}`;
    let m = this.cache.get(key);
    if (m === undefined) this.cache.set(key, (m = meaningfulText(this.text, span, this.card)));
    return m;
  }

  discloses(d: Disclosure, pieces: Span[]): boolean {
    return this.judge(d, pieces) === 'yes';
  }
}

/** Normalized titles of a section and its ancestors, computed once per section (and per title across lints with the
 * lint session's cache). */
class Titles {
  private readonly own = new Map<Section, string>();
  constructor(private readonly cache?: BodyCache) {}
  title(s: Section): string {
    let t = this.own.get(s);
    if (t === undefined) {
      const raw = s.heading.title;
      t = this.cache ? this.cache.title('normalized', raw, () => normalizeTitle(raw)) : normalizeTitle(raw);
      this.own.set(s, t);
    }
    return t;
  }
  ancestors(s: Section): string[] {
    const out: string[] = [];
    for (let p = s.parent; p; p = p.parent) out.push(this.title(p));
    return out;
  }
}

/** The index of the heading pattern a section matches for `d` (lower = more specific), or -1. */
export function headingMatch(d: Disclosure, s: Section, titles: Titles = new Titles()): number {
  const title = titles.title(s);
  if (!title || test(d.notHeadings, title)) return -1;
  let index = d.headings.findIndex((re) => re.test(title));
  if (index === -1 && !d.nested) return -1;
  const parents = titles.ancestors(s);
  if (index === -1 && d.nested && test(d.nested.headings, title) && parents.some((p) => test(d.nested!.under, p)))
    index = d.headings.length;
  if (index === -1) return -1;
  if (d.notUnder && parents.some((p) => test(d.notUnder, p))) return -1;
  return index;
}

const NO_MATCHES: ReadonlyMap<DisclosureId, number> = new Map();

/** headingMatch() for every disclosure: the disclosures a section's title is about, with their ranks. */
function sectionMatches(s: Section, titles: Titles): ReadonlyMap<DisclosureId, number> {
  let out: Map<DisclosureId, number> | null = null;
  for (const d of DISCLOSURES) {
    const rank = headingMatch(d, s, titles);
    if (rank !== -1) (out ??= new Map()).set(d.id, rank);
  }
  return out ?? NO_MATCHES;
}

/** The disclosures each section's title is about, with the rank of the heading pattern (headingMatch). */
type Matches = Map<Section, ReadonlyMap<DisclosureId, number>>;

// Subsections that are never the content of their parent: the Hub template's "### Framework versions" ends up under its
// last section ("## Model Card Contact" holding only "[More Information Needed]" and "- PEFT 0.9.0"), and citations.
const APPENDIX = /^(?:framework versions|citations?|bibtex|apa|glossary)$/i;

/** A section's own text plus its subsections about the same disclosure, as spans. Left out: subsections claimed by
 * another disclosure, appendices, how-tos (OLMo's "## Uses" holds only "### Inference" and "### Fine-tuning"
 * instructions), and, when a section mixes disclosures, its unclaimed subsections too (RedPajama's "# Uses" runs on
 * over "## Limitations", "## Training" … "## Community": the community link is not an intended use). */
function ownContent(s: Section, d: Disclosure, matches: Matches, titles: Titles): Span[] {
  const cut: Span[] = [];
  const claimedByOther = (c: Section) => {
    const m = matches.get(c);
    return !!m && m.size > 0 && !m.has(d.id);
  };
  const visit = (sec: Section) => {
    const mixed = sec.children.some(claimedByOther);
    for (const c of sec.children) {
      if (matches.get(c)?.has(d.id)) visit(c);
      else if (mixed || claimedByOther(c) || HOW_TO.test(titles.title(c)) || APPENDIX.test(titles.title(c)))
        cut.push(c.span);
      else visit(c);
    }
  };
  visit(s);
  if (!cut.length) return [s.contentSpan];
  cut.sort((a, b) => a.start - b.start);
  const pieces: Span[] = [];
  let pos = s.contentSpan.start;
  for (const c of cut) {
    if (c.start > pos) pieces.push({ start: pos, end: c.start });
    pos = Math.max(pos, c.end);
  }
  if (pos < s.contentSpan.end) pieces.push({ start: pos, end: s.contentSpan.end });
  return pieces;
}

/** A label's value: the rest of its line, else the following lines up to the next label or heading. */
function labelValue(text: string, judge: Judge, labels: Label[], i: number, headingStarts: number[]): Span {
  const l = labels[i]!;
  if (judge.meaningful(l.restSpan).length > 0) return l.restSpan;
  let end = Math.min(text.length, l.restSpan.end + 4000);
  const next = labels[i + 1];
  if (next && next.span.start < end) end = next.span.start;
  for (const h of headingStarts) {
    if (h >= l.restSpan.end) {
      end = Math.min(end, h);
      break;
    }
  }
  return { start: l.restSpan.start, end: Math.max(end, l.restSpan.end) };
}

/** The first of `patterns` that matches `body`. */
function firstMatch(patterns: readonly RegExp[], body: string): RegExpExecArray | null {
  for (const re of patterns) {
    const m = re.exec(body);
    if (m) return m;
  }
  return null;
}

/** The first of `patterns` that matches anywhere in the body, and its first match. */
function firstHit(search: BodySearch, patterns: readonly RegExp[], variant: Variant): BodyHit | null {
  for (const re of patterns) {
    const m = search.first(re, variant);
    if (m) return m;
  }
  return null;
}

/** How-to sections: their text is about the reader's actions, so body signals are not looked for there. */
export const HOW_TO =
  /^(?:fine-?tun(?:e|ing)|finetune|how to (?:use|run|get started|fine-?tune|load|download)|usage|quick ?start|getting started|installation|inference(?: with\b|$)|deploy(?:ment|ing)?|examples?|demo|requirements|troubleshooting)\b(?! and\b)(?! data)|^(?:使用方式|使用方法|快速(?:使用|开始)|代码调用|(?:低成本|本地)?部署|(?:高效参数)?微调|使い方|推論|ファインチューニング|クイックスタート|インストール|デプロイ|사용\s?방법|사용법|빠른\s?시작|설치)/i;

// A statement about this model inside a how-to section ("This reranker is initialized from xlm-roberta-base, and we
// train it on …", "The reranker is optimized based on cross-entropy loss") is the developers', not the reader's: such
// lines stay readable. Advice to the reader ("you can train it with …") stays masked.
const DECLARATIVE =
  /\b(?:this|the|our) (?:model|reranker|checkpoint|adapter)s?\s{1,3}(?:mainly|only|currently|may|might|cannot|can ?not|does ?n[o']t|is ?n[o']t|has ?n[o']t|was ?n[o']t|struggles|performs|supports)\b|\b(?:we|I)\s{1,3}(?:(?:have|had)\s{1,3})?(?:train(?:ed)?|fine-?tuned?|pre-?trained?|initiali[sz]ed?|collected|distilled?|optimi[sz]ed?)\b|\b(?:is|was|were|has been|have been)\s{1,3}(?:initiali[sz]ed|optimi[sz]ed|trained|fine-?tuned|pre-?trained|distilled)\b/i;
const TO_READER = /\b(?:you|your)\b|^\s*(?:[-*+]\s+)?(?:run|install|use|load|call|set|pass|add|download|clone)\b/i;

/** `spans` without the lines in them that state something about this model. Linear in the spans' length. */
function withoutDeclarativeLines(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    let pos = sp.start;
    let lineStart = sp.start;
    while (lineStart < sp.end) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl < 0 || nl > sp.end ? sp.end : nl;
      const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 2000));
      if (DECLARATIVE.test(line) && !TO_READER.test(line)) {
        if (lineStart > pos) out.push({ start: pos, end: lineStart });
        pos = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    if (pos < sp.end) out.push({ start: pos, end: sp.end });
  }
  return out;
}

// Parents whose "Fine-tuning" subsection tells how this model was trained.
const TRAINING_PARENT = /\btrain|\bprocedure\b|\bmethod|训练|訓練|学習|학습|обучени/i;

/** Spans of how-to sections, leaving out subsections that are about a disclosure ("### Evaluated Use" under
 * whisper's "## Fine-Tuning"). */
function howToSpans(sections: Section[], matches: Matches, titles: Titles, search: BodySearch): Span[] {
  const out: Span[] = [];
  const isHowTo = (t: string) => search.cache.title('how-to', t, () => HOW_TO.test(t));
  // The card's title (its only level-1 heading, holding the other sections) names the model ("# Acme Demo"), not a
  // how-to section: read as one, it would hide every sentence of the card. So does a longer title over a card without
  // subsections ("# Fine-Tuning Whisper for Persian ASR" over its results); a bare "# Usage" stays a how-to.
  const title = sections.filter((s) => s.level === 1).length === 1 ? sections.find((s) => s.level === 1) : undefined;
  for (const s of sections) {
    if (s === title && (s.children.length > 0 || titles.title(s).split(/\s+/).length > 3)) continue;
    if (!isHowTo(titles.title(s)) || (s.parent && isHowTo(titles.title(s.parent)))) continue;
    // "### Fine-tuning" under "## Training procedure" says how this model was fine-tuned, not how to fine-tune it.
    if (s.parent && TRAINING_PARENT.test(titles.title(s.parent))) continue;
    const keep = (sec: Section): Span[] => sec.children.flatMap((c) => (matches.get(c)?.size ? [c.span] : keep(c)));
    let pos = s.span.start;
    for (const k of keep(s)) {
      if (k.start > pos) out.push({ start: pos, end: k.start });
      pos = Math.max(pos, k.end);
    }
    if (pos < s.span.end) out.push({ start: pos, end: s.span.end });
  }
  return out;
}

/** Plain `- Key: value` bullets (no bold), found in the masked body: the key and the value's span. Keys may be
 * identifiers (`- learning_rate: 2e-05`, the Trainer's hyperparameter list). */
// A list lead-in ("- License: MIT") or a key/value line of its own ("Training data: 2M articles"), as unstructured
// cards write them.
const PLAIN_LABEL =
  /^[ \t]{0,3}(?:(?:[-*+]|\d{1,2}[.)])[ \t]+)?([A-Za-z\u00C0-\u024F][^:\n*`[\]]{0,40}?)[ \t]*:[ \t]*(\S[^\n]*)$/gm;

// A lead-in line of its own introducing a list ("Out-of-scope uses:" then "- Content moderation decisions"): the list
// is its value, as a heading's section would be.
const LIST_LEAD_IN =
  /^[ \t]{0,3}([A-Za-z\u00C0-\u024F][^:\n*`[\]]{0,40}?)[ \t]*:[ \t]*\n(?:[ \t]*\n)?((?:[ \t]{0,6}(?:[-*+]|\d{1,2}[.)])[ \t]+[^\n]*(?:\n|$)){1,40})/gm;

interface PlainLabel {
  text: string;
  span: Span;
  restSpan: Span;
  /** A table column's header over its first cell: a value (licence, FLOPs), never a statement of use or limits. */
  column?: boolean;
}

function plainLabels(body: string, base: number): PlainLabel[] {
  const out: PlainLabel[] = [];
  PLAIN_LABEL.lastIndex = 0;
  for (const re of [PLAIN_LABEL, LIST_LEAD_IN]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const keyStart = base + m.index + m[0].indexOf(m[1]!);
      const restStart = base + m.index + m[0].length - m[2]!.length;
      out.push({
        text: m[1]!.replace(/_/g, ' ').trim(),
        span: { start: keyStart, end: keyStart + m[1]!.length },
        restSpan: { start: restStart, end: base + m.index + m[0].length },
      });
    }
  }
  return out;
}

const VERSION_ONLY = /^v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+.]?\w{0,12})?$/;
const TABLE_LINE = /^[ \t]{0,3}\|[^\n]*$/gm;
const SEPARATOR_ROW = /^[ \t]*\|?(?:[ \t]*:?-{1,}:?[ \t]*\|)+[ \t]*(?::?-{1,}:?[ \t]*)?$/;
const MAX_CELLS = 24;

/** The cells of a table row: text without emphasis markers, and each cell's span in the document. */
function cells(line: string, lineStart: number): { text: string; span: Span }[] {
  const out: { text: string; span: Span }[] = [];
  let pos = line.indexOf('|') + 1;
  while (pos < line.length && out.length < MAX_CELLS) {
    let end = line.indexOf('|', pos);
    if (end === -1) end = line.length;
    const raw = line.slice(pos, end);
    // The span leaves out the cell's padding and its emphasis markers (`**License**` points at `License`).
    const inner = /^[\s*_`]*([\s\S]*?)[\s*_`]*$/.exec(raw)![1]!;
    const lead = inner ? raw.indexOf(inner) : 0;
    if (end < line.length || inner)
      out.push({
        text: inner.replace(/\*\*|__|`/g, '').trim(),
        span: { start: lineStart + pos + lead, end: lineStart + pos + lead + inner.length },
      });
    pos = end + 1;
  }
  return out;
}

/**
 * Key/value tables read as labels: a row whose first cell is a key (`| **License** | MIT |`, `| Architecture | phi3 |`),
 * and a header cell over the first data row's cell in its column (`| Model | Train FLOPs |` over `| X | 4.6·10²³ |`).
 * A header row is never read as a row: `| License | Params |` names columns, it does not say the licence is "Params".
 */
function tableLabels(body: string, base: number): PlainLabel[] {
  const rows: { line: string; start: number }[][] = [];
  let last = -2;
  TABLE_LINE.lastIndex = 0;
  for (let m = TABLE_LINE.exec(body); m; m = TABLE_LINE.exec(body)) {
    const prevEnd = m.index - 1;
    if (prevEnd !== last) rows.push([]);
    rows[rows.length - 1]!.push({ line: m[0], start: base + m.index });
    last = m.index + m[0].length;
  }
  const out: PlainLabel[] = [];
  for (const table of rows) {
    const headed = table.length > 1 && SEPARATOR_ROW.test(table[1]!.line.replace(/\r$/, ''));
    const data = headed ? table.slice(2) : table;
    for (const row of data) {
      const c = cells(row.line, row.start);
      if (c.length >= 2 && c[0]!.text && c[1]!.text)
        out.push({ text: c[0]!.text, span: c[0]!.span, restSpan: c[1]!.span });
    }
    // Columns from the second on: the first column's header names the row keys ("Dataset", "Benchmark", "Model").
    if (headed && data.length) {
      const head = cells(table[0]!.line, table[0]!.start);
      const first = cells(data[0]!.line, data[0]!.start);
      for (let i = 1; i < head.length && i < first.length; i++) {
        if (head[i]!.text && first[i]!.text)
          out.push({ text: head[i]!.text, span: head[i]!.span, restSpan: first[i]!.span, column: true });
      }
    }
  }
  return out;
}

/** Which disclosures a label names (`labels` patterns), as bits by index in DISCLOSURES (a number per label text kept
 * in the lint session's cache, not an array: labels are many). */
function labelNames(search: BodySearch, label: string): number {
  if (DISCLOSURES.length > 31) throw new Error('labelNames() keeps one bit per disclosure in a 32-bit number');
  return search.cache.title('disclosure-labels', label, () => {
    const t = normalizeTitle(label);
    let bits = 0;
    DISCLOSURES.forEach((d, i) => {
      if (test(d.labels, t)) bits |= 1 << i;
    });
    return bits;
  });
}

const moveLabel = (l: PlainLabel, by: number): PlainLabel => ({
  ...l,
  span: { start: l.span.start + by, end: l.span.end + by },
  restSpan: { start: l.restSpan.start + by, end: l.restSpan.end + by },
});

/** `search`: the body, searched section by section (body-search.ts), shared with the risk-area analysis. */
export function analyzeDisclosures(doc: ParsedDocument, search: BodySearch | null): Map<string, DisclosureStatus> {
  const out = new Map<string, DisclosureStatus>();
  const card = doc.card;
  if (!card || search === null) return out;
  const text = doc.text;
  const fm = card.frontMatter?.root ?? null;
  const { sections, labels, code, headings, span: bodySpan } = card.markdown;
  const judge = new Judge(text, search, bodySpan.start, card);

  // Which disclosures each section's title is about (used to carve parent sections), by the titles of the section and
  // its ancestors (all a match looks at), kept across lints.
  const titles = new Titles(search.cache);
  const matches: Matches = new Map();
  // A section's matches depend only on its title and its ancestors' titles: read once per such chain of titles.
  const chains = new Map<Section, number>();
  for (const s of sections) {
    const parent = s.parent ? chains.get(s.parent)! : -1;
    const chain = search.cache.headingChain(parent, s.heading.title, () => sectionMatches(s, titles));
    chains.set(s, chain.id);
    matches.set(s, chain.value);
  }
  const headingStarts = headings.map((h) => h.span.start);
  // How-to sections (where signals do not look), computed on first use.
  let howToList: Span[] | null = null;
  const howTo = (): Span[] => (howToList ??= howToSpans(sections, matches, titles, search));
  search.signalMasks(howTo, withoutDeclarativeLines);
  let plain: PlainLabel[] | null = null;
  // Labels that name no disclosure are never read: a section keeps only the others.
  const named = (l: PlainLabel) => labelNames(search, l.text) !== 0;
  // Kept in the cache: the text is copied off the card's.
  const kept = (l: PlainLabel): PlainLabel => ({ ...l, text: detached(l.text) });
  const values: (Span | undefined)[] = [];

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
        const verdict = judge.section(d, ownContent(s, d, matches, titles), matches.get(s)!.size > 1);
        if (verdict === 'yes') {
          status = {
            id: d.id,
            state: 'present',
            evidence: { kind: 'section', span: s.heading.span, detail: `section "${s.heading.title}"` },
          };
          break;
        }
        // A section with text but without the required figure is not "empty": the finding says the disclosure is
        // missing rather than claiming the section holds only placeholders.
        if (verdict === 'unsupported') continue;
        const rank = matches.get(s)!.get(d.id)!;
        if (!empty || rank < empty.rank) empty = { span: s.heading.span, rank };
      }
    }
    const bit = 1 << DISCLOSURES.indexOf(d);
    if (!status) {
      for (let i = 0; i < labels.length; i++) {
        if (!(labelNames(search, labels[i]!.text) & bit)) continue;
        const value = (values[i] ??= labelValue(text, judge, labels, i, headingStarts));
        if (value.end > value.start && judge.discloses({ ...d, short: true }, [value])) {
          const l = labels[i]!;
          status = { id: d.id, state: 'present', evidence: { kind: 'label', span: l.span, detail: `"${l.text}"` } };
          break;
        }
      }
    }
    if (!status) {
      plain ??= [
        ...search.collect('plain-labels', 'prose', (t) => plainLabels(t, 0).filter(named).map(kept), moveLabel),
        ...search.collect('table-labels', 'prose', (t) => tableLabels(t, 0).filter(named).map(kept), moveLabel),
      ];
      for (const l of plain) {
        if (!(labelNames(search, l.text) & bit)) continue;
        // A bare version ("- Datasets: 4.5.0" under the Trainer's "Framework versions") is not a disclosure, unless
        // this disclosure's values are numbers (Disclosure.numericValues).
        if (!d.numericValues && VERSION_ONLY.test(text.slice(l.restSpan.start, l.restSpan.end).trim())) continue;
        // A "Use case" column of a quantisation table describes each file, not what the model is for.
        if (l.column && !d.tableColumns) continue;
        if (judge.discloses({ ...d, short: true }, [l.restSpan])) {
          status = { id: d.id, state: 'present', evidence: { kind: 'label', span: l.span, detail: `"${l.text}"` } };
          break;
        }
      }
    }
    if (!status && d.signals?.length) {
      // A match whose line the disclosure rejects makes that pattern say nothing (the next pattern is tried).
      for (const re of d.signals) {
        const m = search.first(re, d.signalsInHowTo ? 'prose' : 'signal', d.rejects);
        if (m) {
          status = {
            id: d.id,
            state: 'present',
            evidence: { kind: 'signal', span: { start: m.start, end: m.end }, detail: `"${m.text.slice(0, 60)}"` },
          };
          break;
        }
      }
    }
    // A code block outside how-to sections holding the training configuration ("learning_rate": 5e-05, or the
    // command that trained it with --learning_rate 3e-5) discloses the hyperparameters.
    if (!status && d.codeSignals) {
      for (const c of code) {
        if (howTo().some((h) => c.start >= h.start && c.end <= h.end)) continue;
        const m = search.region(`code-signals:${d.id}`, [c], () => {
          const found = firstMatch(d.codeSignals!, text.slice(c.start, Math.min(c.end, c.start + 20_000)));
          return (
            found && { index: found.index, length: found[0].length, detail: detached(`"${found[0].slice(0, 60)}"`) }
          );
        });
        if (m) {
          const start = c.start + m.index;
          status = {
            id: d.id,
            state: 'present',
            evidence: { kind: 'signal', span: { start, end: start + m.length }, detail: m.detail },
          };
          break;
        }
      }
    }
    // Withheld: a statement that this very disclosure is not made overrides prose that merely talks about it (a
    // "## Training Data" section saying the data is proprietary), but not front-matter metadata.
    if (d.withheld && status?.evidence?.kind !== 'front-matter' && status?.evidence?.kind !== 'label') {
      const m = firstHit(search, d.withheld, 'prose');
      if (m) {
        status = {
          id: d.id,
          state: 'withheld',
          evidence: { kind: 'statement', span: { start: m.start, end: m.end }, detail: `"${m.text}"` },
        };
      }
    }
    // Disclosed by reference: the card points, with a link, to where this disclosure is made ("evaluation results are
    // in our [technical report](https://…)"). A pointer without a link ("see the paper") is not a disclosure.
    if (!status && d.reference) {
      const m = firstHit(search, d.reference, 'signal');
      if (m) {
        status = {
          id: d.id,
          state: 'present',
          evidence: { kind: 'reference', span: { start: m.start, end: m.end }, detail: `by reference to ${m.group1}` },
        };
      }
    }
    out.set(d.id, status ?? { id: d.id, state: empty ? 'empty' : 'missing', emptyHeading: empty?.span });
  }
  return out;
}
