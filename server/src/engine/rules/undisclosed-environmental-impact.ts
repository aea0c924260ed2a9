// undisclosed-environmental-impact: the card states no energy use or carbon emissions for training (section with a
// figure, or `co2_eq_emissions`).
// HF model-card template "Environmental Impact" (+ `co2_eq_emissions`); EU AI Act Annex XI 2(e) (energy
// consumption); FMTI "Energy usage", "Carbon emissions".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-environmental-impact',
  description:
    'The card should state the energy used and carbon emitted by training (a figure, or front-matter `co2_eq_emissions`).',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'info', 'hf-basic': 'warning', 'eu-gpai': 'error' },
};

export function undisclosedEnvironmentalImpact(ctx: RuleContext): void {
  checkDisclosure(ctx, 'environmental-impact');
}

export const rule: Rule = { meta, check: undisclosedEnvironmentalImpact };
