// lint(text, path, config) → findings + openness + MOF + stage: parse once, analyse once, run the ordered rules,
// apply inline directives, then run the directive rules that report on the directives themselves.
import { Analysis } from './analyze/analysis.js';
import { markUsed, suppressor } from './analyze/directives.js';
import { DEFAULT_CONFIG, ruleSeverity, type LintConfig } from './config.js';
import { parseDocument, type ParsedDocument } from './parse/document.js';
import { RULES } from './rules/index.js';
import type { Report, Rule, RuleContext } from './rules/rule.js';
import type { DocumentKind, Finding, MofResult, OpennessResult, Span, StageResult } from './types.js';

export interface LintOptions {
  config?: LintConfig;
  /** Force the document kind instead of classifying by content. */
  kind?: DocumentKind;
  /** A parse of the same text to reuse (the language server keeps one per open document). */
  parsed?: ParsedDocument;
  /** Passed on to the parser: the caller decoded invalid bytes leniently. */
  encodingProblem?: string;
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

/** Whole-document findings go on the opening `---`, else the first heading, else the first line. */
export function documentAnchor(doc: ParsedDocument): Span {
  const fm = doc.card?.frontMatter;
  if (fm) return fm.openSpan;
  const h = doc.card?.markdown.headings[0];
  if (h) return h.titleSpan.end > h.titleSpan.start ? h.titleSpan : h.span;
  const first = doc.lines.lineSpan(0);
  return first.end > first.start ? first : { start: 0, end: Math.min(1, doc.text.length) };
}

const SEVERITY_RANK: Record<string, number> = { hint: 0, info: 1, warning: 2, error: 3 };

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  const end = Math.max(start, Math.min(span.end, length));
  return { start, end };
}

function runRule(rule: Rule, ctx: Omit<RuleContext, 'report' | 'severity'>, severity: RuleContext['severity'], sink: Finding[], errors: LintResult['ruleErrors']): void {
  const len = ctx.doc.text.length;
  const report = (r: Report) => {
    sink.push({
      ruleId: rule.meta.id,
      severity: r.lowerTo && SEVERITY_RANK[r.lowerTo] < SEVERITY_RANK[severity] ? r.lowerTo : severity,
      message: r.message,
      span: clampSpan(r.span, len),
      fix: r.fix,
      suggestions: r.suggestions,
      related: r.related,
      unnecessary: r.unnecessary,
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
  const doc = options.parsed ?? parseDocument(path, text, { kind: options.kind, encodingProblem: options.encodingProblem });
  const fatal = doc.limits.some((l) => l.fatal);
  const analysis = new Analysis(doc, config);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const ruleErrors: LintResult['ruleErrors'] = [];
  if (doc.kind === 'unknown' && !fatal) {
    return { doc, kind: doc.kind, findings, suppressed, analysis, openness: analysis.openness, mof: null, stage: analysis.stage, ruleErrors };
  }
  const stage = analysis.stage.stage;
  const base = { doc, card: doc.card, manifest: doc.manifest, analysis, documentAnchor: () => documentAnchor(doc) };
  const directives = analysis.directives;

  const filter = (batch: Finding[]) => {
    for (const f of batch) {
      const line = doc.lines.positionAt(f.span.start).line;
      const d = directives.list.length ? suppressor(directives, f, line) : null;
      if (d) {
        markUsed(directives, d, f.ruleId);
        suppressed.push(f);
      } else findings.push(f);
    }
  };

  const main: Finding[] = [];
  const late: Rule[] = [];
  for (const rule of RULES) {
    if (fatal ? rule.meta.id !== 'input-limit' : !rule.meta.appliesTo.includes(doc.kind as 'model-card' | 'release-manifest')) continue;
    const severity = ruleSeverity(rule, config, stage);
    if (severity === 'off') continue;
    if (rule.meta.tags.includes('directive')) {
      late.push(rule);
      continue;
    }
    runRule(rule, base, severity, main, ruleErrors);
  }
  filter(main);
  // Directive rules need to know which directives were used, so they run after suppression.
  const post: Finding[] = [];
  for (const rule of late) runRule(rule, base, ruleSeverity(rule, config, stage) as RuleContext['severity'], post, ruleErrors);
  filter(post);

  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { doc, kind: doc.kind, findings, suppressed, analysis, openness: analysis.openness, mof: analysis.mof, stage: analysis.stage, ruleErrors };
}
