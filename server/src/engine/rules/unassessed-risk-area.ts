// unassessed-risk-area: one of the four impact areas of Eiras et al. (2024) — research & innovation, safety &
// security, equity & access, broader society — has no assessment with evidence and mitigations (domain.md §9.5).
import { getRiskArea, RISK_AREAS } from '../knowledge/risk-areas.js';
import { getPair } from '../parse/yaml-tree.js';
import { addToFrontMatter, fix } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'unassessed-risk-area',
  description:
    'Each of the four risk areas needs an assessment (evidence and mitigations) or a justified "not applicable".',
  tags: ['risk'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'eu-gpai': 'error' },
};

function stub(ctx: RuleContext, areaId: string) {
  const fm = ctx.card?.frontMatter?.root ?? null;
  const block = getPair(fm, 'risk_assessment');
  const entry = `${areaId}: {status: assessed, summary: "", evidence: [], mitigations: []}`;
  if (!block)
    return fix('Add a `risk_assessment:` entry to fill in', addToFrontMatter(ctx.doc, `risk_assessment:\n  ${entry}`));
  if (block.value?.kind !== 'map' || block.value.flow || block.value.pairs.length === 0) return undefined;
  const last = block.value.pairs[block.value.pairs.length - 1]!;
  const lineEnd = ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(last.span.end).line);
  const indent = ' '.repeat(ctx.doc.lines.positionAt(last.keySpan.start).character);
  return fix('Add a `risk_assessment:` entry to fill in', {
    start: lineEnd,
    end: lineEnd,
    newText: `${ctx.doc.lineEnding}${indent}${entry}`,
  });
}

export function unassessedRiskArea(ctx: RuleContext): void {
  for (const area of RISK_AREAS) {
    const s = ctx.analysis.risks.get(area.id);
    if (!s || s.state === 'assessed' || s.state === 'not-applicable') continue;
    const title = getRiskArea(area.id)!.title;
    const suggestion = s.source === 'front-matter' ? undefined : stub(ctx, area.id);
    const suggestions = suggestion ? [suggestion] : undefined;
    switch (s.state) {
      case 'incomplete':
        ctx.report({
          span: s.span ?? ctx.documentAnchor(),
          message: `Risk area ${title}: the assessment lacks ${s.missing.join(' and ')}.`,
        });
        break;
      case 'unassessed':
        ctx.report({
          span: s.span ?? ctx.documentAnchor(),
          message: `Risk area ${title} is marked as not yet assessed.`,
        });
        break;
      case 'mentioned':
        ctx.report({
          span: s.span ?? ctx.documentAnchor(),
          message: `Risk area ${title} is only mentioned in prose; add a structured assessment (${area.evidence})`,
          suggestions,
          lowerTo: 'info',
        });
        break;
      default:
        ctx.report({
          span: ctx.documentAnchor(),
          message: `Risk area ${title} is not assessed (${area.subAreas.slice(0, 3).join(', ')}, …). Add a \`risk_assessment.${area.id}\` entry or a "${title}" section.`,
          suggestions,
        });
    }
  }
}

export const rule: Rule = { meta, check: unassessedRiskArea };
