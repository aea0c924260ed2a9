// undisclosed-license: the card states no licence (front-matter `license:` or a licence section/label).
// EU AI Act Annex XI 1(f) / XII 1(h); FMTI "Model license"; MOF licence resolution.
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-license',
  description: 'The card must state the licence of the model (front-matter `license:` or a licence section).',
  tags: ['disclosure', 'licence'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'error', 'hf-basic': 'error', 'eu-gpai': 'error', osaid: 'error' },
};

export function undisclosedLicense(ctx: RuleContext): void {
  checkDisclosure(ctx, 'license');
}

export const rule: Rule = { meta, check: undisclosedLicense };
