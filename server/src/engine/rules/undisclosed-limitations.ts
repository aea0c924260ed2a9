// undisclosed-limitations: the card states no biases, risks or limitations.
// HF model-card template "Bias, Risks, and Limitations"; FMTI "Limitations description", "Risks description"; Eiras
// et al. (2024) safety impact area.
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-limitations',
  description: 'The card must describe the known biases, risks and limitations of the model.',
  tags: ['disclosure', 'risk'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning', 'eu-gpai': 'warning' },
};

export function undisclosedLimitations(ctx: RuleContext): void {
  checkDisclosure(ctx, 'limitations');
}

export const rule: Rule = { meta, check: undisclosedLimitations };
