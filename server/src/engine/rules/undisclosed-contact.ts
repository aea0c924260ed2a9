// undisclosed-contact: the card gives nowhere to send questions or problem reports.
// HF model-card template "Model Card Contact"; GPAI Code of Practice, Transparency chapter (published contact); FMTI
// "Feedback mechanism".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-contact',
  description: 'The card should say where to send questions and problem reports (email, issue tracker or form).',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'info', 'hf-basic': 'warning', 'eu-gpai': 'warning' },
};

export function undisclosedContact(ctx: RuleContext): void {
  checkDisclosure(ctx, 'contact');
}

export const rule: Rule = { meta, check: undisclosedContact };
