// open-weights-closed-safety: open weights (grade ≥ 4) while safety-evaluation code and data are closed or undeclared.
// Eiras et al. (2024) observation O1: no scored model opens its safety evaluations, yet released weights cannot be
// recalled, so outsiders cannot check the safety claims. docs/references.md#eiras-et-al-2024.
import type { ComponentGrade } from '../types.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'open-weights-closed-safety',
  description:
    'Openly released weights should come with open safety-evaluation code and data (Eiras et al. observation O1).',
  tags: ['openness', 'risk'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: false,
  hasSuggestions: false,
  severity: { recommended: 'warning' },
};

const SAFETY = ['safety_evaluation_code', 'safety_evaluation_data'] as const;

/** Closed, declared not applicable, unknown or not declared at all: nothing anyone outside can inspect. A component
 * the card declares `unknown` (as the undeclared-openness fix writes it) is called that, not "undeclared". */
function shut(g: ComponentGrade | undefined): string | null {
  if (!g || g.status === 'unknown') return g?.source === 'declared' ? 'declared unknown' : 'undeclared';
  if (g.status === 'closed') return `closed (${g.label})`;
  if (g.status === 'not-applicable') return 'declared not applicable (no safety evaluation)';
  return null;
}

export function openWeightsClosedSafety(ctx: RuleContext): void {
  const openness = ctx.analysis.openness;
  const weights = openness.components.weights;
  if (!weights || weights.grade === null || weights.grade < 4) return;
  const states = SAFETY.map((id) => shut(openness.components[id]));
  if (states.some((s) => s === null)) return;
  const detail =
    states[0] === states[1]
      ? `safety_evaluation_code and safety_evaluation_data are ${states[0]}`
      : `safety_evaluation_code is ${states[0]} and safety_evaluation_data is ${states[1]}`;
  const head = `Weights are openly released (${weights.label}${weights.license ? `, ${weights.license}` : ''}) but ${detail}: outsiders cannot check the model's safety claims, and released weights cannot be recalled (Eiras et al. O1).`;
  if (ctx.manifest) {
    // MOF has no safety-evaluation component, so a manifest cannot fix this itself: a note, pointing to the card.
    const span = weights.span ?? ctx.documentAnchor();
    ctx.report({
      span,
      message: `${head} MOF manifests have no safety-evaluation component: publish the safety-evaluation code and data and declare them in the model card's \`openness:\` block.`,
      lowerTo: 'info',
    });
    return;
  }
  ctx.report({
    span: weights.span ?? ctx.documentAnchor(),
    message: `${head} Release the safety-evaluation code and data, and declare them under \`openness:\` (\`safety_evaluation_code\`, \`safety_evaluation_data\`) with their licences.`,
  });
}

export const rule: Rule = { meta, check: openWeightsClosedSafety };
