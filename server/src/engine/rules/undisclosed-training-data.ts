// undisclosed-training-data: the card does not describe the training data (front-matter `datasets:`, a training-data
// section or a stated size).
// HF model-card template "Training Data"; EU AI Act Annex XI 2(c) and XII 2(c); OSAID 1.0 "Data Information"; FMTI
// "Data sources", "Data size".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-training-data',
  description:
    'The card must describe the training data: sources, size and curation (or list them in front-matter `datasets:`).',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning', 'eu-gpai': 'error', osaid: 'error' },
};

export function undisclosedTrainingData(ctx: RuleContext): void {
  checkDisclosure(ctx, 'training-data');
}

export const rule: Rule = { meta, check: undisclosedTrainingData };
