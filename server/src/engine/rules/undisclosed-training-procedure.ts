// undisclosed-training-procedure: the card does not describe how the model was trained (stages, objective,
// hyperparameters).
// HF model-card template "Training Procedure / Training Hyperparameters"; EU AI Act Annex XI 2(b); OSAID 1.0 "Code"
// (training settings); FMTI "Model stages", "Model objectives".
import { checkDisclosure } from '../rule-kit/disclosure-check.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'undisclosed-training-procedure',
  description: 'The card must describe the training procedure: stages, objective and key hyperparameters.',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning', 'eu-gpai': 'error', osaid: 'error' },
};

export function undisclosedTrainingProcedure(ctx: RuleContext): void {
  checkDisclosure(ctx, 'training-procedure');
}

export const rule: Rule = { meta, check: undisclosedTrainingProcedure };
