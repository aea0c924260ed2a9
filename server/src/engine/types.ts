// Shared engine types: offsets, findings, edits and results that every door (LSP, CLI) translates.
// Offsets are UTF-16 code-unit indexes into the document text with any BOM removed.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type DocumentKind = 'model-card' | 'release-manifest' | 'unknown';

/** A half-open span [start, end) of offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** One plain-data text replacement. Several edits of one fix never overlap. */
export interface TextEdit extends Span {
  newText: string;
}

/** A named group of edits. `fix` is safe to apply unattended; a suggestion only on request. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInfo {
  /** Another file (its path as the caller gave it) or undefined for the same document. */
  file?: string;
  span: Span;
  /** For another file: the span as 0-based line/character positions in that file. */
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
}

/** What a rule reports: a position, a message and, optionally, edits. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  fix?: Fix;
  suggestions?: Fix[];
  related?: RelatedInfo[];
  /** Marks findings about unnecessary text (rendered faded by editors). */
  unnecessary?: boolean;
  /** A summary's findings (rules/missing-disclosures.ts), each as its own rule reported it. */
  members?: Finding[];
  /** Under the `eu-gpai` profile: the EU documentation items the finding serves (export/eu-links.ts). */
  eu?: EuLink[];
}

/** An item of the EU documentation (knowledge/eu-documentation.ts): its id, its short reference and its title. */
export interface EuLink {
  /** `annex-xi-1.1d`, as in `modelcard-lint export --eu-documentation --format json`. */
  id: string;
  /** `Annex XI §1 1(d)`. */
  ref: string;
  title: string;
}

export type ComponentStatus = 'released' | 'closed' | 'api' | 'not-applicable' | 'unknown';
export type OpennessLevel = 'fully-open' | 'semi-open' | 'fully-closed' | 'unknown';

export interface ComponentGrade {
  status: ComponentStatus;
  license?: string;
  url?: string;
  /** 1–5, or null for N/A and unknown. */
  grade: number | null;
  /** `C3`, `D5`, `N/A` or null when unknown. */
  label: string | null;
  /** Where the verdict came from: the card's `openness:` block, inference, or a MOF manifest. */
  source: 'declared' | 'inferred' | 'manifest' | 'default';
  /** Human explanation of the grade (rubric points, precedent, API rule). */
  basis: string;
  /** Span of the declaring key/value, when there is one. */
  span?: Span;
}

export interface OpennessResult {
  level: OpennessLevel;
  weakest: string | null;
  components: Record<string, ComponentGrade>;
}

export interface MofResult {
  /** 1, 2, 3 or null when unclassified. */
  class: 1 | 2 | 3 | null;
  progress: { class1: number; class2: number; class3: number };
  /** Unrounded progress, as MOT computes it. */
  exact: { class1: number; class2: number; class3: number };
}

export type StageId = 'near-term' | 'mid-term' | 'long-term';

export interface StageResult {
  stage: StageId | null;
  source: 'declared' | 'inferred' | 'config' | 'none';
  /** Why the stage was inferred (signals seen). */
  signals: string[];
}
