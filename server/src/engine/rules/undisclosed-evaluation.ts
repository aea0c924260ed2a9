// undisclosed-evaluation: the card reports no evaluation results (an evaluation section with results, `model-index`,
// or a results table).
// HF model-card template "Evaluation" (+ `model-index`); MOF component "Evaluation results"; FMTI "Evaluation of
// capabilities"; EU AI Act Annex XI Section 2(1) (systemic-risk models; the long-term stage raises it).
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-evaluation',
  description:
    'The card must report how the model was evaluated and the results (or structured `model-index` results).',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning', 'eu-gpai': 'warning' },
};

export function undisclosedEvaluation(ctx: RuleContext): void {
  checkDisclosure(ctx, 'evaluation');
}

export const rule: Rule = { meta, check: undisclosedEvaluation };
