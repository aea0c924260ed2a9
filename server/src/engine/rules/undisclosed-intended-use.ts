// undisclosed-intended-use: the card does not say what the model is for or who should use it (HF "Uses / Direct
// Use").
// HF model-card template "Direct Use"; EU AI Act Annex XI 1(a) and XII 1(a); FMTI "Permitted, restricted and
// prohibited uses".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-intended-use',
  description: 'The card must say what the model is intended for and by whom (a "Uses" / "Intended Use" section).',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning', 'eu-gpai': 'error' },
};

export function undisclosedIntendedUse(ctx: RuleContext): void {
  checkDisclosure(ctx, 'intended-use');
}

export const rule: Rule = { meta, check: undisclosedIntendedUse };
