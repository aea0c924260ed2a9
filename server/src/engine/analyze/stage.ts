// The development stage: declared `stage:`, else the configured default, else inferred from capability signals
// (training compute, generative task, parameters × tokens), never from dates (Eiras et al., long version).
import { FLOP_THRESHOLDS, getStage } from '../knowledge/stages.js';
import { getPipelineTag } from '../knowledge/hf-metadata.js';
import type { ParsedDocument } from '../parse/document.js';
import { get, str, strList } from '../parse/yaml-tree.js';
import type { StageId, StageResult } from '../types.js';

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

/** Largest training-compute figure stated in the text, in FLOP (e.g. `3.8 × 10^25 FLOPs`, `1e24 FLOPs`). */
export function statedFlops(text: string): number | null {
  // Most cards never mention FLOPs: skip the scan (front matter full of numbers makes it costly).
  if (!/flop/i.test(text)) return null;
  let best: number | null = null;
  const re =
    /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:[x×*·]\s*10\s*\^?\s*\{?(\d{1,2})\}?|e\+?(\d{1,2}))\s*(?:total\s+)?(?:training\s+)?FLOP/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = Number(m[1]) * 10 ** Number(m[2] ?? m[3]);
    if (Number.isFinite(v) && (best === null || v > best)) best = v;
  }
  return best;
}

/** The largest number `re` (global) finds, with its scale word: a family card ("7B, 13B and 70B") is as capable as its
 * largest model. At most 1,000 matches are read. */
function largestNumber(re: RegExp, text: string): number | null {
  let best: number | null = null;
  re.lastIndex = 0;
  let seen = 0;
  for (let m = re.exec(text); m && seen < 1000; m = re.exec(text), seen++) {
    const n = Number(m[1]!.replace(/,/g, '')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1);
    if (Number.isFinite(n) && (best === null || n > best)) best = n;
  }
  return best;
}

/** Estimate compute as 6 × parameters × tokens when both are stated (Kaplan et al. 2020 approximation). */
export function estimatedFlops(text: string): { flops: number; params: number; tokens: number } | null {
  const tokens = largestNumber(
    /(?:trained|pre-?trained)\s+on\s+(?:over\s+|about\s+|~\s*|approximately\s+)?(\d[\d,.]*)\s*(trillion|billion|million|[TBM])\s+tokens/gi,
    text,
  );
  const params =
    largestNumber(/(\d+(?:\.\d+)?)\s*(B|billion|M|million)\s*(?:-|\s)?param/gi, text) ??
    largestNumber(/\b(\d+(?:\.\d+)?)(B)\b/g, text);
  if (!tokens || !params) return null;
  return { flops: 6 * params * tokens, params, tokens };
}

export function analyzeStage(doc: ParsedDocument, configured: StageId | null): StageResult {
  const fm = doc.card?.frontMatter?.root ?? null;
  const declared = str(get(fm, 'stage'));
  if (declared && getStage(declared))
    return { stage: declared as StageId, source: 'declared', signals: [`declared \`stage: ${declared}\``] };
  if (configured) return { stage: configured, source: 'config', signals: ['the configured default stage'] };
  if (doc.kind !== 'model-card') return { stage: null, source: 'none', signals: [] };

  const signals: string[] = [];
  // Signals come from the prose: the front matter holds numbers (model-index) that only cost time to scan.
  const bodyStart = doc.card?.markdown.span.start ?? 0;
  const text = doc.text.slice(bodyStart, bodyStart + 400_000);
  const stated = statedFlops(text);
  const estimate = stated === null ? estimatedFlops(text) : null;
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
