// undeclared-stage: the card does not say which development stage (near-, mid-, long-term) the model is in.
// Stages follow Eiras et al. (long version): capability and adoption, not dates; they change which guidance applies.
import { STAGES } from '../knowledge/stages.js';
import { getPair } from '../parse/yaml-tree.js';
import { addToFrontMatter, fix } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undeclared-stage',
  description: 'The card should declare its development stage (`stage: near-term | mid-term | long-term`).',
  tags: ['stage'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: true,
  // Off by default: there, undeclared-openness says once what declaring `openness:` and `stage:` would add.
  severity: { recommended: 'off', strict: 'info', 'eu-gpai': 'warning', osaid: 'info' },
};

export function undeclaredStage(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (fm && !fm.closed) return;
  if (getPair(fm?.root, 'stage')) return;
  const inferred = ctx.analysis.stage;
  if (inferred.source === 'inferred' && inferred.stage) {
    ctx.report({
      span: ctx.documentAnchor(),
      message: `No \`stage:\` declared; the signals suggest ${inferred.stage} (${inferred.signals.join('; ')}).`,
      fix: fix(`Declare \`stage: ${inferred.stage}\``, addToFrontMatter(ctx.doc, `stage: ${inferred.stage}`)),
      suggestions: STAGES.filter((s) => s.id !== inferred.stage).flatMap(
        (s) => fix(`Declare \`stage: ${s.id}\``, addToFrontMatter(ctx.doc, `stage: ${s.id}`)) ?? [],
      ),
    });
    return;
  }
  ctx.report({
    span: ctx.documentAnchor(),
    message:
      'No `stage:` declared: say whether the model is near-term, mid-term or long-term so the right guidance applies.',
    suggestions: STAGES.flatMap(
      (s) => fix(`Declare \`stage: ${s.id}\` (${s.definition})`, addToFrontMatter(ctx.doc, `stage: ${s.id}`)) ?? [],
    ),
  });
}

export const rule: Rule = { meta, check: undeclaredStage };
