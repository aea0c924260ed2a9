// EU AI Act documentation prefilled from a card: each item of knowledge/eu-documentation.ts filled from the
// disclosure analysis (with the line the evidence is on), a lead-in label or a front-matter key, or marked missing
// with the `undisclosed-*` rule that asks for it. Annex XI §2 is included when the model is presumed to have systemic
// risk: training compute over 10^25 FLOP as the stage analysis reads it (stated, else 6 × parameters × tokens).
import type { DisclosureId } from '../knowledge/disclosures.js';
import type { EvalResult } from '../knowledge/eval-results.js';
import { EU_SECTIONS, type EuItem, type EuSectionId } from '../knowledge/eu-documentation.js';
import type { LintResult } from '../lint.js';
import { disclosureEvidence } from '../report.js';
import type { Span } from '../types.js';
import { modelName, type CardFact } from './card-facts.js';
import { euItemVerdict, presumedSystemicRisk } from './eu-links.js';

export interface EuFilledItem {
  id: string;
  ref: string;
  title: string;
  status: 'filled' | 'withheld' | 'missing';
  /** What filled it: `disclosure`, `label`, `front-matter` or `name`, and which one. */
  source: { kind: 'disclosure' | 'label' | 'front-matter' | 'name'; name: string } | null;
  /** 1-based line of the evidence (or of an empty section's heading); null when there is none. */
  line: number | null;
  /** The evidence itself (a heading, label or matched phrase), at most 160 characters. */
  quote: string | null;
  /** The card text from the evidence on, at most 200 characters: what a reviewer copies into the form. */
  excerpt: string | null;
  /** The rule that asks for this item (`undisclosed-*`); null when no rule checks it. */
  rule: string | null;
  /** Set when the evidence is another file of the repository (`.eval_results/…`): `line` is in that file. */
  file?: string;
}

export interface EuSectionOut {
  id: EuSectionId;
  title: string;
  source: string;
  items: EuFilledItem[];
}

export interface EuDocumentation {
  model: string | null;
  systemicRisk: {
    included: boolean;
    /** `forced` when the caller asked for §2; else from the card's training compute. */
    basis: 'forced' | 'stated' | 'estimated' | 'unknown';
    flops: number | null;
  };
  sections: EuSectionOut[];
  summary: { filled: number; withheld: number; missing: number };
  /** Results from the repository's `.eval_results/` files (the Hub's format besides `model-index`), listed beside the
   * items as evidence for the evaluation results. The lint credits them too (analyze/eval-results-credit.ts), so a
   * card without its own evaluation section has its evaluation item filled from them. */
  evaluationResults: (EvalResult & { file: string })[];
}

export interface EuOptions {
  /** true / false: include / leave out Annex XI §2 whatever the card's compute says. */
  systemicRisk?: boolean;
  /** The repository's `.eval_results/*.yaml`, read by the door (node/eval-results.ts). */
  evalResults?: readonly { file: string; results: readonly EvalResult[] }[];
}

const MAX_EXCERPT = 200;

/** The evidence's paragraph: its line and the lines after it up to a blank line; after a heading or a bare label,
 * the paragraph that follows. Comments are dropped; the rest is the card's text, escaped when rendered. */
function excerpt(text: string, span: Span): string {
  const lines = text
    .slice(span.start, Math.min(text.length, span.start + 1500))
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .split(/\r?\n/);
  const out = [lines[0]!];
  let i = 1;
  if (/^\s*#|^\s*[-*]?\s*\*\*[^*]+\*\*:?\s*$/.test(lines[0]!)) while (i < lines.length && !lines[i]!.trim()) i++;
  for (; i < lines.length && lines[i]!.trim(); i++) out.push(lines[i]!);
  const raw = out.join(' ').replace(/\s+/g, ' ').trim();
  return raw.length > MAX_EXCERPT ? `${raw.slice(0, MAX_EXCERPT - 1)}…` : raw;
}

function lineOf(result: LintResult, offset: number): number {
  return result.doc.lines.positionAt(offset).line + 1;
}

function quoteOf(result: LintResult, span: Span): string {
  const q = result.doc.text
    .slice(span.start, Math.min(span.end, span.start + 400))
    .replace(/\s+/g, ' ')
    .trim();
  return q.length > 160 ? `${q.slice(0, 159)}…` : q;
}

function fromFact(result: LintResult, fact: CardFact, kind: 'label' | 'front-matter' | 'name', name: string) {
  return {
    status: 'filled' as const,
    source: { kind, name },
    line: lineOf(result, fact.span.start),
    quote: quoteOf(result, fact.span),
    excerpt: fact.value.length > MAX_EXCERPT ? `${fact.value.slice(0, MAX_EXCERPT - 1)}…` : fact.value,
  };
}

function fill(result: LintResult, item: EuItem): EuFilledItem {
  const head = { id: item.id, ref: item.ref, title: item.title };
  // The decision is euItemVerdict's, shared with the eu-gpai findings' links (eu-links.ts); here only its details.
  const v = euItemVerdict(result.doc, result.analysis, item);
  if (v.kind === 'disclosure') {
    const s = result.analysis.disclosures.get(v.disclosure)!;
    const e = disclosureEvidence(result)[v.disclosure]!;
    const span = s.evidence!.span;
    // Front-matter evidence is a key: the excerpt is its line (`license: apache-2.0`), not the rest of the YAML.
    // Evidence in another file (the Hub's `.eval_results/`) has no card text: the quote says what the file holds.
    const lineSpan = result.doc.lines.lineSpan(lineOf(result, span.start) - 1);
    return {
      ...head,
      status: v.status,
      source: { kind: 'disclosure', name: v.disclosure },
      line: e.line,
      quote: e.quote,
      excerpt: e.file
        ? e.quote
        : s.evidence!.kind === 'front-matter'
          ? result.doc.text.slice(lineSpan.start, lineSpan.end).trim()
          : excerpt(result.doc.text, span),
      rule: v.rule,
      ...(e.file ? { file: e.file } : {}),
    };
  }
  if (v.kind !== 'missing') return { ...head, ...fromFact(result, v.fact, v.kind, v.name), rule: v.rule };
  // An empty matching section: point at its heading so the author knows where to write.
  const statuses = result.analysis.disclosures;
  const empty = item.disclosures?.map((id) => statuses.get(id as DisclosureId)).find((s) => s?.emptyHeading);
  return {
    ...head,
    status: 'missing',
    source: null,
    line: empty?.emptyHeading ? lineOf(result, empty.emptyHeading.start) : null,
    quote: empty?.emptyHeading ? quoteOf(result, empty.emptyHeading) : null,
    excerpt: null,
    rule: v.rule,
  };
}

function systemicRisk(result: LintResult, forced: boolean | undefined): EuDocumentation['systemicRisk'] {
  const presumed = presumedSystemicRisk(result.doc);
  if (forced !== undefined) return { included: forced, basis: 'forced', flops: presumed.flops };
  return presumed;
}

export function euDocumentation(result: LintResult, options: EuOptions = {}): EuDocumentation {
  const risk = systemicRisk(result, options.systemicRisk);
  const sections = EU_SECTIONS.filter((s) => !s.systemicOnly || risk.included).map((s) => ({
    id: s.id,
    title: s.title,
    source: s.source,
    items: s.items.map((i) => fill(result, i)),
  }));
  const summary = { filled: 0, withheld: 0, missing: 0 };
  for (const s of sections) for (const i of s.items) summary[i.status]++;
  const evaluationResults = (options.evalResults ?? []).flatMap((f) => f.results.map((r) => ({ ...r, file: f.file })));
  return { model: modelName(result.doc)?.value ?? null, systemicRisk: risk, sections, summary, evaluationResults };
}
