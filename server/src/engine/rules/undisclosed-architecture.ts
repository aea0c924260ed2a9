// undisclosed-architecture: the card does not describe the model architecture.
// EU AI Act Annex XI 1(d) and XII 1(f) (architecture and number of parameters); HF model-card template "Model
// Architecture and Objective" (optional there); OSAID 1.0 "Code" (model architecture); FMTI "Model architecture".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-architecture',
  description: 'The card must describe the model architecture (e.g. decoder-only transformer) and its size.',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'off', 'eu-gpai': 'error', osaid: 'error' },
};

export function undisclosedArchitecture(ctx: RuleContext): void {
  checkDisclosure(ctx, 'architecture');
}

export const rule: Rule = { meta, check: undisclosedArchitecture };
