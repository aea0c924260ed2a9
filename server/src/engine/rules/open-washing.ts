// open-washing: the card or manifest calls the model "open source" / "fully open" while its own grades say otherwise
// (a licence that fails OSAID 1.0's "use for any purpose", or components below restriction-free). The MOF paper
// (White et al., arXiv 2403.13784, §1) names this "open-washing"; OSAID 1.0 and docs/references.md#open-source-ai-definition.
import { lookupLicense, normalizeLicense } from '../knowledge/licenses/index.js';
import { detached } from '../analyze/body-search.js';
import type { CardModel } from '../parse/card.js';
import type { ParsedDocument } from '../parse/document.js';
import { get, getPair, str, strList } from '../parse/yaml-tree.js';
import type { Span } from '../types.js';
import { classShort } from '../rule-kit/manifest-shared.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'open-washing',
  description: 'Do not call a model "open source" or "fully open" when its licence or component grades say otherwise.',
  tags: ['openness', 'licence'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: false,
  hasSuggestions: false,
  severity: { recommended: 'warning', osaid: 'error', mof: 'warning' },
};

export interface Claim {
  span: Span;
  text: string;
}

const OS = String.raw`open[- ]?sourc(?:e|ed|ing)`;
// Each pattern is a claim about the model itself; comparisons ("outperforms open-source models") and other subjects
// ("the open-source community", "open-source libraries") do not match. Calibrated on shared/corpus/cards.
const CLAIMS: readonly RegExp[] = [
  // "X is / are (fully) open-sourced", "is open source"
  new RegExp(
    String.raw`\b(?:is|are|was|were|been|being)\s+(?:(?:now|also)\s+)*(?<claim>(?:(?:fully|completely|entirely|truly|100%)\s+)?${OS})\b(?![- ](?:community|communities|librar|tool|framework|software|project|ecosystem))`,
    'gid',
  ),
  // "is one of the best open-source models", "are the next generation of open-source large language models"
  new RegExp(
    String.raw`\b(?:is|are)\s+(?<claim>(?:(?:the|a|an|one|of|our)\s+)+(?:[\w-]+,?\s+){0,4}?${OS}\s+(?:[\w-]+\s+){0,2}?(?:models?|llms?|weights))\b`,
    'gid',
  ),
  // "the best open-source model", "this open-source model", "the #1 open source model" (singular: about itself)
  new RegExp(
    String.raw`(?<claim>\b(?:this|our|the)\s+(?:[\w#-]+\s+){0,3}?${OS}\s+(?:[\w-]+\s+){0,2}?(?:model|llm))\b(?!s|-)`,
    'gid',
  ),
  // "fully open", "completely open", "truly open-source", "100% open source"
  /(?<claim>\b(?:fully|completely|totally|truly|100%)\s+open(?:[- ]?sourc(?:e|ed))?)\b(?![- ](?:ended|domain|vocabulary|set|question|world))/dgi,
  // "we (have) open-sourced <model>", checked for a model object below
  new RegExp(String.raw`(?<claim>\bwe\s+(?:(?:have|are|will|also|now|hereby|fully)\s+)*${OS})\b`, 'gid'),
  // An appositive to the model being presented: "We present Example-7B, an open-source language model …", or to a
  // sentence's subject: "Example-7B, an open-source model, …". Not to a model compared with ("… with Falcon, an
  // open-source model from TII").
  new RegExp(
    String.raw`(?:\b(?:present|presents|presenting|introduce|introduces|introducing|release|releases|releasing|announce|announces|announcing|meet)\s+[^\n.,]{1,60}|(?:^|[.!?]\s+)[*_]{0,2}[\w.-]{1,40}(?:\s+[\w.-]{1,40}){0,2}[*_]{0,2}),\s+(?<claim>an?\s+(?:[\w-]+\s+){0,3}?${OS}\s+(?:[\w-]+\s+){0,3}?(?:model|llm))\b(?!s|-)`,
    'gimd',
  ),
];
const WE_PATTERN = 4;

// A subject that is not the model: claims about these are not claims about the release.
const OTHER_SUBJECT =
  /\b(?:tools?|code|codebase|librar(?:y|ies)|frameworks?|datasets?|data|benchmarks?|scripts?|toolkits?|repos?(?:itory)?|software|recipes?|pipelines?|communit(?:y|ies)|projects?|methods?|evaluations?|kernels?|implementations?)\b/i;
const OTHER_MODELS =
  /\b(?:other|existing|available|similar(?:ly)?|comparable|mainstream|many|leading|popular|prior|previous)\b/i;
const MODEL_OBJECT = /\b(?:models?|weights|checkpoints?|llms?)\b|\b[A-Za-z]+[-_]?\d/;
const NEGATED = /\b(?:not|never|no|non)[\s-]*$|n't\s*$/i;

// Inline places on a line that are not prose: inline code, HTML tags, link targets, URLs, e-mail addresses.
const NOT_PROSE_INLINE = /`[^`\n]*`|<[^>\n]*>|\]\([^)\s]*\)|https?:\/\/\S+|\b[\w.+-]+@[\w.-]+\.\w+/g;

function inSpans(offset: number, spans: readonly Span[]): boolean {
  for (const sp of spans) if (offset >= sp.start && offset < sp.end) return true;
  return false;
}

/** Whether a claim sits in code, a comment or inline markup rather than prose. Checked per match (matches are rare),
 *  so the body is never copied or rewritten: that kept a 90 KB card under a few milliseconds. */
function notProse(doc: ParsedDocument, card: CardModel, span: Span): boolean {
  if (inSpans(span.start, card.markdown.code) || inSpans(span.start, card.markdown.comments)) return true;
  const line = doc.lines.positionAt(span.start).line;
  const from = doc.lines.lineStart(line);
  const text = doc.lines.lineText(line);
  NOT_PROSE_INLINE.lastIndex = 0;
  for (let m = NOT_PROSE_INLINE.exec(text); m; m = NOT_PROSE_INLINE.exec(text)) {
    if (from + m.index < span.end && span.start < from + m.index + m[0].length) return true;
  }
  return false;
}

/** Claims looked for in the body's first characters only. */
const MAX_BODY = 400_000;
/** Characters before a match that decide whether it is a claim (before()). */
const LEAD = 160;

/** Sentence text before `index` (back to the previous sentence end or blank line). */
function before(text: string, index: number): string {
  const from = Math.max(0, index - LEAD);
  const chunk = text.slice(from, index);
  const cut = Math.max(chunk.search(/[.!?:;](?=[^.!?:;]*$)/), chunk.lastIndexOf('\n\n'));
  return cut === -1 ? chunk : chunk.slice(cut + 1);
}

/** Claims of openness in prose: one per match, overlapping matches merged. */
export function proseClaims(text: string, base: number): Claim[] {
  const found: Span[] = [];
  CLAIMS.forEach((re, i) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lead = before(text, m.index);
      if (NEGATED.test(lead.slice(-16))) continue;
      // "Our evaluation tools are open sourced", "the training code is fully open": about something else.
      const subject = lead
        .replace(/<[^>]*>/g, ' ')
        .trim()
        .split(/\s+/)
        .slice(-5)
        .join(' ');
      if (i !== WE_PATTERN && OTHER_SUBJECT.test(subject)) continue;
      // "the best of the other open-source models": a comparison (only the words before "open" matter).
      const modifiers = m[0].slice(0, m[0].search(/open/i));
      if (OTHER_MODELS.test(modifiers)) continue;
      if (i === WE_PATTERN) {
        // "We open-source <model or checkpoints>" only: "we open-source our data pipeline" is about the pipeline.
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 100).split(/[.!?](?=\s|$)|\n/)[0] ?? '';
        if (!MODEL_OBJECT.test(rest) || OTHER_SUBJECT.test(rest.split(/\s+/).slice(0, 4).join(' '))) continue;
      }
      const [start, end] = m.indices!.groups!.claim!;
      found.push({ start, end });
    }
  });
  // Patterns overlap ("is the best open-source model"): one claim per stretch of text.
  found.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const sp of found) {
    const last = merged[merged.length - 1];
    if (last && sp.start < last.end) last.end = Math.max(last.end, sp.end);
    else merged.push({ ...sp });
  }
  return merged.map((sp) => ({
    span: { start: base + sp.start, end: base + sp.end },
    text: text.slice(sp.start, sp.end),
  }));
}

const TAG =
  /^(?:open[-_ ]?source(?:[-_ ](?:model|llm|ai))?|opensource|fully[-_ ]open(?:[-_ ]source)?|truly[-_ ]open)$/i;

function tagClaims(card: CardModel): Claim[] {
  return strList(get(card.frontMatter?.root ?? null, 'tags'))
    .filter((t) => TAG.test(t.value))
    .map((t) => ({ span: t.span, text: t.value }));
}

/** Why the licence fails OSAID 1.0 "use for any purpose", or null when it passes or is unknown. */
export function osaidLicenseFailure(license: string | undefined): string | null {
  if (!license) return null;
  const info = lookupLicense(license);
  const m = normalizeLicense(license);
  if (m.special === 'undisclosed' || m.id === 'unknown' || m.id === 'other' || info.family) return null;
  if (info.osiApproved || info.fsfLibre || info.openData || info.mof.open) return null;
  if (m.special === 'proprietary') return `the licence \`${license}\` is proprietary`;
  if (!info.name) return null;
  const terms = info.summary ? ` (${info.summary.replace(/\.$/, '')})` : '';
  return `the licence \`${license}\` (${info.name}) does not grant use for any purpose${terms}, so the model is not open source under the OSI's Open Source AI Definition 1.0`;
}

function cardReasons(ctx: RuleContext): string[] {
  const card = ctx.analysis.card;
  if (!card) return [];
  const comps = card.result.components;
  const reasons: string[] = [];
  const fm = ctx.card?.frontMatter?.root ?? null;
  const fmLicense = str(get(fm, 'license'));
  const weightsLicense =
    comps.weights?.license ??
    (fmLicense === 'other' ? (str(get(fm, 'license_name')) ?? undefined) : (fmLicense ?? undefined));
  const failure = osaidLicenseFailure(weightsLicense);
  if (failure) reasons.push(failure);
  // The weights' grade restates the licence failure: list the other components only.
  const low = Object.entries(comps)
    .filter(([id, g]) => g.grade !== null && g.grade < 5 && !(failure && id === 'weights'))
    .map(
      ([id, g]) => `${id} ${g.label}${g.status === 'closed' ? ' (closed)' : g.status === 'api' ? ' (API only)' : ''}`,
    );
  if (low.length) reasons.push(`the card's own grades put ${low.join(', ')} below restriction-free (level 5)`);
  return reasons;
}

/** proseClaims() of the body, section by section (analyze/body-search.ts): each section with the characters before it
 * that a match's lead may read, its claims kept while those characters do not change. */
function bodyClaims(ctx: RuleContext, card: CardModel): Claim[] {
  const text = ctx.doc.text;
  const base = card.markdown.span.start;
  const limit = Math.min(text.length, base + MAX_BODY);
  const search = ctx.analysis.body;
  if (!search) return proseClaims(text.slice(base, limit), base);
  const out: Claim[] = [];
  for (const p of search.spans) {
    if (p.start >= limit) break;
    const from = Math.max(base, p.start - LEAD);
    const to = Math.min(p.end, limit);
    // Kept in the cache: a claim's quote is copied off the card's text.
    const own = search.region('open-washing', [{ start: from, end: to }], () =>
      proseClaims(text.slice(from, to), 0)
        .filter((c) => c.span.start >= p.start - from)
        .map((c) => ({ ...c, text: detached(c.text) })),
    );
    for (const c of own) out.push({ span: { start: c.span.start + from, end: c.span.end + from }, text: c.text });
  }
  return out;
}

function reportCard(ctx: RuleContext): void {
  const card = ctx.card;
  if (!card) return;
  const prose = bodyClaims(ctx, card).filter((c) => !notProse(ctx.doc, card, c.span));
  const claims = [...tagClaims(card), ...prose];
  if (!claims.length) return;
  const reasons = cardReasons(ctx);
  if (!reasons.length) return;
  const why = reasons.join('; ');
  for (const c of claims) {
    ctx.report({
      span: c.span,
      message: `“${c.text}” claims openness the release does not have: ${why}. Say precisely what is open (e.g. "open weights under <licence>"), or open the remaining components.`,
    });
  }
}

const MANIFEST_CLAIM = new RegExp(String.raw`${OS}|\b(?:fully|completely|truly|100%)\s+open\b`, 'i');

function reportManifest(ctx: RuleContext): void {
  const m = ctx.manifest;
  const a = ctx.analysis.manifest;
  if (!m || !a || a.evaluation.class !== null) return;
  const p = a.evaluation.progress;
  for (const key of ['name', 'description']) {
    const pair = getPair(m.release, key);
    const value = str(pair?.value);
    if (!pair?.value || !value) continue;
    const hit = MANIFEST_CLAIM.exec(value);
    if (!hit) continue;
    ctx.report({
      span: pair.value.span,
      message: `\`release.${key}\` claims “${hit[0]}”, but MOT leaves the release Unclassified (${classShort(3)} ${p.class3}%): not even the components of an Open Model are all listed under open licences. Drop the claim, or release what ${classShort(3)} needs (see mof-next-class).`,
    });
  }
}

export function openWashing(ctx: RuleContext): void {
  if (ctx.card) reportCard(ctx);
  else if (ctx.manifest) reportManifest(ctx);
}

export const rule: Rule = { meta, check: openWashing };
