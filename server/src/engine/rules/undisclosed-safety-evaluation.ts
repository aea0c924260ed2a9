// undisclosed-safety-evaluation: the card reports no safety evaluation (red-teaming, safety or bias benchmarks).
// Eiras et al. (2024) observation O1 (safety evaluations are the component open releases keep closed); EU AI Act
// Annex XI Section 2(2) (adversarial testing); FMTI "Risks evaluation"; HF annotated card "Societal Impact
// Assessment".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-safety-evaluation',
  description:
    'The card should report how the model was tested for harm: red-teaming, safety or bias benchmarks and results.',
  tags: ['disclosure', 'risk'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'off', 'eu-gpai': 'warning' },
};

export function undisclosedSafetyEvaluation(ctx: RuleContext): void {
  checkDisclosure(ctx, 'safety-evaluation');
}

export const rule: Rule = { meta, check: undisclosedSafetyEvaluation };
