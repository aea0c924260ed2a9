// undisclosed-out-of-scope-use: the card names no out-of-scope or prohibited uses and links no acceptable-use
// policy.
// HF model-card template "Out-of-Scope Use"; EU AI Act Annex XI 1(b) and XII 1(b) (acceptable-use policies); FMTI
// "Usage policy".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-out-of-scope-use',
  description: 'The card must say which uses are out of scope or prohibited, or link an acceptable-use policy.',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning', 'eu-gpai': 'error' },
};

export function undisclosedOutOfScopeUse(ctx: RuleContext): void {
  checkDisclosure(ctx, 'out-of-scope-use');
}

export const rule: Rule = { meta, check: undisclosedOutOfScopeUse };
