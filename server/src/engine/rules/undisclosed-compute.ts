// undisclosed-compute: the card states no training compute (hardware, GPU-hours, training time or FLOPs).
// EU AI Act Annex XI 2(d) (computational resources, e.g. FLOPs, and training time; thresholds 10^23 / 10^25 FLOP);
// HF model-card template "Compute Infrastructure" (optional there); FMTI "Compute usage", "Compute hardware".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-compute',
  description: 'The card should state the training compute: hardware, GPU-hours or training time, ideally FLOPs.',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'info', 'hf-basic': 'off', 'eu-gpai': 'error' },
};

export function undisclosedCompute(ctx: RuleContext): void {
  checkDisclosure(ctx, 'compute');
}

export const rule: Rule = { meta, check: undisclosedCompute };
