// The diff rules: regressions found by comparing two versions of one document (`modelcard-lint diff`). They are not
// in rules/index.ts because a lint rule judges one document and these judge a pair; each still has metadata in the
// same shape (RuleMeta), a severity per profile and a docs page, docs/rules/<id>.md.
import { profileSeverity, type LintConfig } from '../config.js';
import type { ProfileId } from '../knowledge/profiles.js';
import type { RuleMeta } from '../rule-kit/rule.js';
import type { SeverityOrOff } from '../types.js';
import type { DiffRuleId } from './rule-ids.js';

export { DIFF_RULE_IDS, type DiffRuleId } from './rule-ids.js';

export interface DiffRuleMeta extends RuleMeta {
  id: DiffRuleId;
}

const BOTH: RuleMeta['appliesTo'] = ['model-card', 'release-manifest'];

export const DIFF_RULES: readonly { meta: DiffRuleMeta }[] = [
  {
    meta: {
      id: 'openness-regression',
      description: 'A component is graded lower or closed, or the overall openness level dropped, since the baseline.',
      tags: ['openness', 'licence'],
      appliesTo: BOTH,
      fixable: false,
      hasSuggestions: false,
      severity: { recommended: 'error', mof: 'error', osaid: 'error' },
    },
  },
  {
    meta: {
      id: 'mof-class-lost',
      description: 'The release manifest no longer reaches the MOF class it reached in the baseline.',
      tags: ['mof', 'manifest'],
      appliesTo: ['release-manifest'],
      fixable: false,
      hasSuggestions: false,
      severity: { recommended: 'error', mof: 'error' },
    },
  },
  {
    meta: {
      id: 'license-changed',
      description: 'A component changed licence without changing grade since the baseline.',
      tags: ['licence', 'openness'],
      appliesTo: BOTH,
      fixable: false,
      hasSuggestions: false,
      severity: { recommended: 'info', mof: 'warning', osaid: 'warning' },
    },
  },
  {
    meta: {
      id: 'disclosure-removed',
      description: 'A transparency disclosure that the baseline made is missing, empty or withheld now.',
      tags: ['disclosure'],
      appliesTo: ['model-card'],
      fixable: false,
      hasSuggestions: false,
      severity: { recommended: 'warning', strict: 'error', 'hf-basic': 'warning', 'eu-gpai': 'error' },
    },
  },
  {
    meta: {
      id: 'risk-assessment-regressed',
      description: 'A risk area is assessed less completely than in the baseline.',
      tags: ['risk'],
      appliesTo: ['model-card'],
      fixable: false,
      hasSuggestions: false,
      severity: { recommended: 'warning', strict: 'error', 'eu-gpai': 'error' },
    },
  },
];

export function getDiffRule(id: string): { meta: DiffRuleMeta } | undefined {
  return DIFF_RULES.find((r) => r.meta.id === id);
}

/** A diff rule's severity: the profile's, with the same fallbacks as a lint rule (config.ts); given a file's config,
 * then its config files' `rules:` (and overrides) and the editor's customisations, as for a lint rule. No stage
 * raises or lowers a diff rule. */
export function diffRuleSeverity(id: DiffRuleId, settings: ProfileId | LintConfig): SeverityOrOff {
  const rule = getDiffRule(id);
  if (!rule) return 'off';
  const config = typeof settings === 'string' ? null : settings;
  let sev = profileSeverity({ meta: rule.meta, check: () => {} }, config ? config.profile : (settings as ProfileId));
  if (config?.rules[id]) sev = config.rules[id]!;
  if (config?.customizations?.[id]) sev = config.customizations[id]!;
  return sev;
}
