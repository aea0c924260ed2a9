// lint(text, path, config) → findings + openness + MOF + stage: parse once, analyse once, run the ordered rules,
// apply inline directives, then run the directive rules that report on the directives themselves.
import { Analysis } from './analyze/analysis.js';
import { EngineCache } from './cache.js';
import { markUsed, suppressionIndex, suppressor } from './analyze/directives.js';
import { DEFAULT_CONFIG, ruleSeverity, type LintConfig } from './config.js';
import { parseDocument, type ParsedDocument } from './parse/document.js';
import type { EvalResultsFile } from './knowledge/eval-results.js';
import { RULES, RULE_IDS } from './rules/index.js';
import { meta as summaryMeta, summarize } from './rules/missing-disclosures.js';
import type { Report, Rule, RuleContext } from './rule-kit/rule.js';
import type { DocumentKind, Finding, MofResult, OpennessResult, Span, StageResult } from './types.js';

export interface LintOptions {
  config?: LintConfig;
  /** Force the document kind instead of classifying by content. */
  kind?: DocumentKind;
  /** A parse of the same text to reuse (the language server keeps one per open document). */
  parsed?: ParsedDocument;
  /** Passed on to the parser: the caller decoded invalid bytes leniently. */
  encodingProblem?: string;
  /** Passed on to the parser: the caller did not read the file (over a limit); `text` is empty. */
  refused?: string;
  /** Parses and per-node results kept from earlier lints (the lint session keeps one); none: start cold. */
  cache?: EngineCache;
  /** Related documents of the same release (a card's sibling MOF manifest, a manifest's sibling card), for
   * cross-file checks. The doors find them; the engine only reads the texts given. */
  companions?: Companion[];
  /** The Hub's `.eval_results/*.yaml` beside a card (node/eval-results.ts reads them): its evaluation disclosure and
   * inferred evaluation data are credited from them (analyze/eval-results-credit.ts). */
  evalResults?: readonly EvalResultsFile[];
}

/** A related document; `parsed` is a parse of the same text the caller kept (the lint session caches them so a
 * card's every keystroke does not re-parse its sibling manifest). */
export interface Companion {
  path: string;
  text: string;
  parsed?: ParsedDocument;
}

export interface LintResult {
  doc: ParsedDocument;
  kind: DocumentKind;
  findings: Finding[];
  /** Findings silenced by inline directives (kept for "unused directive" checks and debugging). */
  suppressed: Finding[];
  analysis: Analysis;
  openness: OpennessResult;
  mof: MofResult | null;
  stage: StageResult;
  /** Rules that threw; the rest of the results are still valid. */
  ruleErrors: { ruleId: string; message: string }[];
}

/**
 * Whole-document findings go on the opening `---`, else the first heading, else the first line with content.
 * Leading comments are skipped (HTML comments in Markdown, `#` lines in YAML): a `disable-next-line` or
 * `disable-file` directive inserted at the top must not become the anchor of the findings it is meant to silence.
 */
export function documentAnchor(doc: ParsedDocument): Span {
  const fm = doc.card?.frontMatter;
  if (fm) return fm.openSpan;
  const h = doc.card?.markdown.headings[0];
  if (h) return h.titleSpan.end > h.titleSpan.start ? h.titleSpan : h.span;
  const { text, lines } = doc;
  const first = lines.lineSpan(0);
  // Not parsed (a limit was hit): the first line.
  if (!doc.card && !doc.manifest) return first.end > first.start ? first : { start: 0, end: Math.min(1, text.length) };
  const comments = doc.card?.markdown.comments ?? [];
  let pos = 0;
  for (let c = 0; ;) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    while (c < comments.length && comments[c]!.end <= pos) c++;
    if (c < comments.length && comments[c]!.start === pos) pos = comments[c]!.end;
    else if (doc.manifest && text[pos] === '#') pos = lines.lineEnd(lines.positionAt(pos).line);
    else break;
  }
  // Only comments and blank lines: the end of the text, after any directive there.
  if (pos >= text.length) return { start: text.length, end: text.length };
  const line = lines.lineSpan(lines.positionAt(pos).line);
  return line.end > line.start ? line : { start: 0, end: Math.min(1, text.length) };
}

const SEVERITY_RANK = { hint: 0, info: 1, warning: 2, error: 3 } as const;

const isLowSurrogate = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
};

/** Keep a span inside the text and off the middle of a surrogate pair (parsers report `start + 1` ends). */
function clampSpan(span: Span, text: string): Span {
  const length = text.length;
  let start = Math.max(0, Math.min(span.start, length));
  let end = Math.max(start, Math.min(span.end, length));
  if (isLowSurrogate(text, start)) start--;
  if (isLowSurrogate(text, end)) end++;
  return { start, end };
}

function runRule(
  rule: Rule,
  ctx: Omit<RuleContext, 'report' | 'severity'>,
  severity: RuleContext['severity'],
  sink: Finding[],
  errors: LintResult['ruleErrors'],
): void {
  const text = ctx.doc.text;
  const report = (r: Report) => {
    sink.push({
      ruleId: rule.meta.id,
      severity: r.lowerTo && SEVERITY_RANK[r.lowerTo] < SEVERITY_RANK[severity] ? r.lowerTo : severity,
      message: r.message,
      span: clampSpan(r.span, text),
      fix: r.fix,
      suggestions: r.suggestions,
      related: r.related,
      unnecessary: r.unnecessary,
      ...(r.eu ? { eu: r.eu } : {}),
    });
  };
  try {
    rule.check({ ...ctx, severity, report });
  } catch (e) {
    errors.push({ ruleId: rule.meta.id, message: e instanceof Error ? e.message : String(e) });
  }
}

export function lint(text: string, path: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const cache = options.cache ?? new EngineCache();
  const doc =
    options.parsed ??
    parseDocument(path, text, {
      kind: options.kind,
      encodingProblem: options.encodingProblem,
      refused: options.refused,
      blocks: cache.blocks,
      markdown: cache.markdown,
      work: cache.work,
    });
  const fatal = doc.limits.some((l) => l.fatal);
  const analysis = new Analysis(doc, config, options.companions ?? [], options.evalResults ?? [], cache);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const ruleErrors: LintResult['ruleErrors'] = [];
  const result = (mof: MofResult | null): LintResult => ({
    doc,
    kind: doc.kind,
    findings,
    suppressed,
    analysis,
    openness: analysis.openness,
    mof,
    stage: analysis.stage,
    ruleErrors,
  });
  if (doc.kind === 'unknown' && !fatal) return result(null);
  const stage = analysis.stage.stage;
  let anchor: Span | undefined;
  const base = {
    doc,
    card: doc.card,
    manifest: doc.manifest,
    analysis,
    documentAnchor: () => (anchor ??= documentAnchor(doc)),
    ruleIds: RULE_IDS(),
    memo: <T>(kind: string) => cache.memo<T>(kind),
    severityOf: (id: string) => {
      const r = RULES.find((x) => x.meta.id === id);
      return r && r.meta.appliesTo.includes(doc.kind as 'model-card' | 'release-manifest')
        ? ruleSeverity(r, config, stage)
        : 'off';
    },
  };
  const directives = analysis.directives;

  const index = directives.list.length ? suppressionIndex(directives) : null;
  const unsuppressible = new Set(RULES.filter((r) => r.meta.suppressible === false).map((r) => r.meta.id));
  const filter = (batch: Finding[], aboutDirectives: boolean) => {
    for (const f of batch) {
      const d =
        index && !unsuppressible.has(f.ruleId)
          ? suppressor(index, f, doc.lines.positionAt(f.span.start).line, aboutDirectives)
          : null;
      if (d) {
        markUsed(directives, d, f.ruleId);
        suppressed.push(f);
      } else findings.push(f);
    }
  };

  const main: Finding[] = [];
  const late: Rule[] = [];
  for (const rule of RULES) {
    if (
      fatal
        ? rule.meta.id !== 'input-limit'
        : !rule.meta.appliesTo.includes(doc.kind as 'model-card' | 'release-manifest')
    )
      continue;
    const severity = ruleSeverity(rule, config, stage);
    if (severity === 'off') continue;
    if (rule.meta.tags.includes('directive')) {
      late.push(rule);
      continue;
    }
    runRule(rule, base, severity, main, ruleErrors);
  }
  filter(main, false);
  // Past three findings on one position, the `undisclosed-*` ones there become one summary; a directive naming the
  // summary's rule silences it with everything it lists.
  const summaryRule = RULES.find((r) => r.meta.id === summaryMeta.id);
  if (summaryRule && ruleSeverity(summaryRule, config, stage) !== 'off') {
    findings.sort((a, b) => a.span.start - b.span.start);
    const grouped = summarize(findings.splice(0), doc);
    for (const f of grouped) {
      const d = f.members && index ? suppressor(index, f, doc.lines.positionAt(f.span.start).line, false) : null;
      if (d) {
        markUsed(directives, d, f.ruleId);
        suppressed.push(...f.members!);
      } else findings.push(f);
    }
  }
  // Directive rules need to know which directives were used, so they run after suppression.
  const post: Finding[] = [];
  for (const rule of late)
    runRule(rule, base, ruleSeverity(rule, config, stage) as RuleContext['severity'], post, ruleErrors);
  filter(post, true);

  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return result(analysis.mof);
}
