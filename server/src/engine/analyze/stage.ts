// The development stage: declared `stage:`, else the configured default, else inferred from capability signals
// (training compute, generative task, parameters × tokens), never from dates (Eiras et al., long version).
import { FLOP_THRESHOLDS, getStage } from '../knowledge/stages.js';
import { getPipelineTag } from '../knowledge/hf-metadata.js';
import type { ParsedDocument } from '../parse/document.js';
import { get, str, strList } from '../parse/yaml-tree.js';
import type { StageId, StageResult } from '../types.js';
import type { BodySearch } from './body-search.js';

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12,
};

const STATED_FLOPS =
  /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:[x×*·]\s*10\s*\^?\s*\{?(\d{1,2})\}?|e\+?(\d{1,2}))\s*(?:total\s+)?(?:training\s+)?FLOP/gi;
const TOKENS =
  /(?:trained|pre-?trained)\s+on\s+(?:over\s+|about\s+|~\s*|approximately\s+)?(\d[\d,.]*)\s*(trillion|billion|million|[TBM])\s+tokens/gi;
const PARAMS = /(\d+(?:\.\d+)?)\s*(B|billion|M|million)\s*(?:-|\s)?param/gi;
const SIZES = /\b(\d+(?:\.\d+)?)(B)\b/g;
/** Figures read per pattern: a family card ("7B, 13B and 70B") is as capable as its largest model, and the first
 * 1,000 figures say which that is. */
const MAX_FIGURES = 1000;

/** The figures a text states, in order: training compute in FLOP (e.g. `3.8 × 10^25 FLOPs`, `1e24 FLOPs`), token
 * counts, parameter counts, and bare sizes (`7B`); the last three at most MAX_FIGURES each. No pattern reads past a
 * line break into a heading line, so the figures of a body are those of its sections in order (body-search.ts). */
interface Figures {
  flops: number[];
  tokens: number[];
  params: number[];
  sizes: number[];
}

function numbers(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_FIGURES; m = re.exec(text))
    out.push(Number(m[1]!.replace(/,/g, '')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1));
  return out;
}

function figures(text: string): Figures {
  const flops: number[] = [];
  // Most cards never mention FLOPs: skip the scan (front matter full of numbers makes it costly).
  if (/flop/i.test(text)) {
    STATED_FLOPS.lastIndex = 0;
    for (let m = STATED_FLOPS.exec(text); m; m = STATED_FLOPS.exec(text))
      flops.push(Number(m[1]) * 10 ** Number(m[2] ?? m[3]));
  }
  return { flops, tokens: numbers(TOKENS, text), params: numbers(PARAMS, text), sizes: numbers(SIZES, text) };
}

/** The largest finite number among the first `limit` of `lists`, read in order. */
function largest(lists: readonly number[][], limit = Infinity): number | null {
  let best: number | null = null;
  let seen = 0;
  for (const list of lists)
    for (const n of list) {
      if (seen++ >= limit) return best;
      if (Number.isFinite(n) && (best === null || n > best)) best = n;
    }
  return best;
}

/** Training compute stated in figures (the largest), or estimated as 6 × parameters × tokens when both are stated
 * (Kaplan et al. 2020 approximation). */
function compute(parts: readonly Figures[]): {
  stated: number | null;
  estimate: { flops: number; params: number; tokens: number } | null;
} {
  const stated = largest(parts.map((p) => p.flops));
  if (stated !== null) return { stated, estimate: null };
  const tokens = largest(
    parts.map((p) => p.tokens),
    MAX_FIGURES,
  );
  const params =
    largest(
      parts.map((p) => p.params),
      MAX_FIGURES,
    ) ??
    largest(
      parts.map((p) => p.sizes),
      MAX_FIGURES,
    );
  return { stated, estimate: tokens && params ? { flops: 6 * params * tokens, params, tokens } : null };
}

/** Largest training-compute figure stated in the text, in FLOP (e.g. `3.8 × 10^25 FLOPs`, `1e24 FLOPs`). */
export function statedFlops(text: string): number | null {
  return compute([figures(text)]).stated;
}

/** Estimate compute as 6 × parameters × tokens when both are stated (Kaplan et al. 2020 approximation). */
export function estimatedFlops(text: string): { flops: number; params: number; tokens: number } | null {
  const f = figures(text);
  return compute([{ ...f, flops: [] }]).estimate;
}

/** Characters of body read for figures. */
const MAX_BODY = 400_000;

/** The figures of the body's first MAX_BODY characters, section by section from the lint session's cache when there
 * is one. */
function bodyFigures(doc: ParsedDocument, search: BodySearch | null): Figures[] {
  const bodyStart = doc.card?.markdown.span.start ?? 0;
  const limit = Math.min(doc.text.length, bodyStart + MAX_BODY);
  if (!search) return [figures(doc.text.slice(bodyStart, limit))];
  const out: Figures[] = [];
  for (const p of search.spans) {
    if (p.start >= limit) break;
    const span = { start: p.start, end: Math.min(p.end, limit) };
    out.push(search.region('figures', [span], () => figures(doc.text.slice(span.start, span.end))));
  }
  return out;
}

/** `search`: the card body section by section (body-search.ts), where the compute figures are read. */
export function analyzeStage(
  doc: ParsedDocument,
  configured: StageId | null,
  search: BodySearch | null = null,
): StageResult {
  const fm = doc.card?.frontMatter?.root ?? null;
  const declared = str(get(fm, 'stage'));
  if (declared && getStage(declared))
    return { stage: declared as StageId, source: 'declared', signals: [`declared \`stage: ${declared}\``] };
  if (configured) return { stage: configured, source: 'config', signals: ['the configured default stage'] };
  if (doc.kind !== 'model-card') return { stage: null, source: 'none', signals: [] };

  const signals: string[] = [];
  // Signals come from the prose: the front matter holds numbers (model-index) that only cost time to scan.
  const { stated, estimate } = compute(bodyFigures(doc, search));
  const flops = stated ?? estimate?.flops ?? null;
  if (stated !== null) signals.push(`training compute stated as ${stated.toExponential(1)} FLOP`);
  else if (estimate)
    signals.push(
      `training compute ≈ 6 × ${estimate.params.toExponential(1)} parameters × ${estimate.tokens.toExponential(1)} tokens = ${estimate.flops.toExponential(1)} FLOP`,
    );
  const tag = str(get(fm, 'pipeline_tag'));
  // A chat or instruction model is generative whatever its tag says (`tags: [conversational]`, `…-Chat`, `…-Instruct`).
  const chat = [...strList(get(fm, 'tags')).map((t) => t.value), str(get(fm, 'model_name')) ?? ''].some((t) =>
    /\b(?:chat|conversational|instruct)\b/i.test(t),
  );
  const generative = chat || (tag ? getPipelineTag(tag)?.generative === true : false);
  // Only a known tag is quoted: signals reach Markdown hovers and reports, and a card's own value could carry markup.
  if (tag)
    signals.push(
      getPipelineTag(tag)
        ? `pipeline_tag ${tag} (${generative ? 'generative' : 'not generative'})`
        : 'an unknown pipeline_tag (not generative)',
    );

  let stage: StageId | null = null;
  if (flops !== null && flops > FLOP_THRESHOLDS.systemic) stage = 'long-term';
  else if (flops !== null && flops > FLOP_THRESHOLDS.gpai && (generative || !tag)) stage = 'mid-term';
  else if (flops !== null) stage = 'near-term';
  else if (tag && !generative) stage = 'near-term';
  return stage ? { stage, source: 'inferred', signals } : { stage: null, source: 'none', signals };
}
