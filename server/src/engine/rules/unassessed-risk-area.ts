// unassessed-risk-area: one of the four impact areas of Eiras et al. (2024) — research & innovation, safety &
// security, equity & access, broader society — has no assessment with evidence and mitigations (docs/references.md#this-projects-synthesis).
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

const listOf = (xs: string[]): string =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;

/** A fix adding `risk_assessment:` entries to fill in for `areaIds` (the block is created when there is none). The
 * entries say `unassessed`: a fix never claims an assessment nobody made. The title names the areas. */
function stub(ctx: RuleContext, areaIds: readonly string[]) {
  const fm = ctx.card?.frontMatter?.root ?? null;
  const block = getPair(fm, 'risk_assessment');
  const entries = areaIds.map((id) => `${id}: {status: unassessed, summary: "", evidence: [], mitigations: []}`);
  const names = areaIds.map((id) => getRiskArea(id)?.title ?? id);
  const title =
    names.length === 1 ? `Add a ${names[0]} assessment to fill in` : `Add assessments to fill in for ${listOf(names)}`;
  if (!block)
    return fix(title, addToFrontMatter(ctx.doc, `risk_assessment:\n${entries.map((e) => `  ${e}`).join('\n')}`));
  if (block.value?.kind !== 'map' || block.value.flow || block.value.pairs.length === 0) return undefined;
  const last = block.value.pairs[block.value.pairs.length - 1]!;
  const lineEnd = ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(last.span.end).line);
  const indent = ' '.repeat(ctx.doc.lines.positionAt(last.keySpan.start).character);
  return fix(title, {
    start: lineEnd,
    end: lineEnd,
    newText: entries.map((e) => `${ctx.doc.lineEnding}${indent}${e}`).join(''),
  });
}

export function unassessedRiskArea(ctx: RuleContext): void {
  for (const area of RISK_AREAS) {
    const s = ctx.analysis.risks.get(area.id);
    if (!s || s.state === 'assessed' || s.state === 'not-applicable' || s.state === 'missing') continue;
    const title = getRiskArea(area.id)!.title;
    const suggestion = s.source === 'front-matter' ? undefined : stub(ctx, [area.id]);
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
    }
  }
  // Areas with no assessment at all: one finding for all of them, where a risk section is (or would be), instead of
  // one per area stacked on one position with four identical quick fixes.
  const missing = RISK_AREAS.filter((a) => ctx.analysis.risks.get(a.id)?.state === 'missing');
  if (!missing.length) return;
  const suggestion = stub(
    ctx,
    missing.map((a) => a.id),
  );
  const only = missing.length === 1 ? missing[0]! : null;
  ctx.report({
    span: ctx.analysis.placement.risks ?? ctx.documentAnchor(),
    message: only
      ? `Risk area ${only.title} is not assessed (${only.subAreas.slice(0, 3).join(', ')}, …). Add a \`risk_assessment.${only.id}\` entry or a "${only.title}" section.`
      : `Risk areas ${listOf(missing.map((a) => a.title))} are not assessed. Add \`risk_assessment\` entries (${missing.map((a) => a.id).join(', ')}) or a section for each.`,
    suggestions: suggestion ? [suggestion] : undefined,
  });
}

export const rule: Rule = { meta, check: unassessedRiskArea };
