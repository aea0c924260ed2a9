// The shape every rule file exports: metadata plus a check function named after the rule.
import type { Analysis } from '../analyze/analysis.js';
import type { CardModel } from '../parse/card.js';
import type { ParsedDocument } from '../parse/document.js';
import type { ManifestModel } from '../parse/manifest.js';
import type { YNode } from '../parse/yaml-tree.js';
import type { ProfileId } from '../knowledge/profiles.js';
import type { DocumentKind, EuLink, Fix, RelatedInfo, Severity, SeverityOrOff, Span } from '../types.js';

export type RuleTag =
  | 'disclosure'
  | 'risk'
  | 'openness'
  | 'stage'
  | 'metadata'
  | 'syntax'
  | 'licence'
  | 'mof'
  | 'manifest'
  | 'directive'
  | 'content';

export interface RuleMeta {
  /** Kebab-case, stable, never reused. */
  id: string;
  /** One sentence, shown in docs, SARIF and hovers. */
  description: string;
  tags: RuleTag[];
  appliesTo: Exclude<DocumentKind, 'unknown'>[];
  /** Emits safe autofixes (applied by --fix, fix-all and on save). */
  fixable: boolean;
  /** Emits suggestions (offered as quick fixes only). */
  hasSuggestions: boolean;
  /** false: inline directives never silence it (input limits and YAML syntax errors: a card must not hide that the
   * linter could not read it). Config files can still turn it off. */
  suppressible?: false;
  /** Severity per profile; profiles not listed follow their fallback (knowledge/profiles.ts). */
  severity: { recommended: SeverityOrOff } & Partial<Record<ProfileId, SeverityOrOff>>;
}

export interface Report {
  span: Span;
  message: string;
  fix?: Fix;
  suggestions?: Fix[];
  related?: RelatedInfo[];
  unnecessary?: boolean;
  /** The EU documentation items the finding serves (profile `eu-gpai`, export/eu-links.ts). */
  eu?: EuLink[];
  /** Cap this finding's severity (e.g. a risk area only mentioned in prose is reported at info at most). */
  lowerTo?: Severity;
}

export interface RuleContext {
  doc: ParsedDocument;
  /** Present for model cards. */
  card: CardModel | null;
  /** Present for release manifests. */
  manifest: ManifestModel | null;
  analysis: Analysis;
  /** The severity this rule runs at for this document (after profile, stage and config). */
  severity: Severity;
  report(report: Report): void;
  /** Where findings about the whole document go: the opening `---`, else the first heading, else 1:1. */
  documentAnchor(): Span;
  /** Every rule id (directive rules check the ids directives name). */
  ruleIds: readonly string[];
  /** Per-node results kept across lints of the same document (engine/cache.ts): a rule caches by the node a moved
   * copy came from (parse/yaml-blocks.ts byOrigin) so an edit re-walks only the block it changed. */
  memo<T>(kind: string): WeakMap<YNode, T>;
  /** The severity another rule runs at for this document ('off' when it does not run or does not exist): a rule
   * mentions what another rule says only when that rule is off (say it once). */
  severityOf(ruleId: string): SeverityOrOff;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
