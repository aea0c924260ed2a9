// The diff rules' ids, apart from their metadata (rules.ts) so that config validation (engine/config.ts) can accept
// them as `rules:` keys without importing the diff engine, which itself reads config.ts.
export const DIFF_RULE_IDS = [
  'openness-regression',
  'mof-class-lost',
  'license-changed',
  'disclosure-removed',
  'risk-assessment-regressed',
] as const;

export type DiffRuleId = (typeof DIFF_RULE_IDS)[number];
