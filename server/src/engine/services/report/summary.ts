// One-line summaries of a lint result for status bars and code lenses: openness level, weakest component, MOF
// class and progress, stage and how much guidance applies. Text only; every number comes from the analysis.
import { getComponent, GRADE_MEANINGS, OPENNESS_COMPONENTS } from '../../knowledge/components.js';
import { getStage } from '../../knowledge/stages.js';
import type { LintResult } from '../../lint.js';
import type { DocumentKind, OpennessLevel, StageId } from '../../types.js';

export interface DocumentStatus {
  kind: DocumentKind;
  level: OpennessLevel;
  weakest: string | null;
  weakestLabel: string | null;
  mofClass: 1 | 2 | 3 | null;
  mofProgress: { class1: number; class2: number; class3: number } | null;
  stage: StageId | null;
  stageSource: string;
  guidanceCount: number;
  components: { id: string; label: string; grade: string; status: string }[];
  errors: number;
  warnings: number;
}

export const ROMAN = ['I', 'II', 'III'] as const;

export function mofClassName(c: 1 | 2 | 3 | null): string {
  return c ? `Class ${ROMAN[c - 1]}` : 'unclassified';
}

export function statusOf(result: LintResult): DocumentStatus {
  const o = result.openness;
  const stage = result.stage.stage;
  const guidance = stage ? getStage(stage) : undefined;
  return {
    kind: result.kind,
    level: o.level,
    weakest: o.weakest,
    weakestLabel: o.weakest ? (o.components[o.weakest]?.label ?? null) : null,
    mofClass: result.mof?.class ?? null,
    mofProgress: result.mof?.progress ?? null,
    stage,
    stageSource: result.stage.source,
    guidanceCount: guidance ? guidance.release.length + guidance.assess.length + guidance.document.length : 0,
    components: OPENNESS_COMPONENTS.map((c) => {
      const g = o.components[c.id];
      return {
        id: c.id,
        label: `${c.stage} ${c.kind}: ${c.label}`,
        grade: g?.label ?? '?',
        status: g?.status ?? 'unknown',
      };
    }),
    errors: result.findings.filter((f) => f.severity === 'error').length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
  };
}

export function levelText(level: OpennessLevel): string {
  return level === 'unknown' ? 'openness unknown' : level;
}

/** Titles for the code lenses at the top of a card or manifest. */
export function lensTitles(result: LintResult): { openness: string; stage: string | null } {
  const s = statusOf(result);
  const parts = [`Openness: ${levelText(s.level)}`];
  if (s.weakest) {
    const g = result.openness.components[s.weakest];
    const meaning = g?.grade ? GRADE_MEANINGS[g.grade]?.name : undefined;
    parts.push(
      `weakest ${getComponent(s.weakest)?.id ?? s.weakest} ${s.weakestLabel ?? (g?.source === 'declared' ? '(unknown)' : '(undeclared)')}${meaning ? ` (${meaning})` : ''}`,
    );
  }
  if (s.mofProgress)
    parts.push(
      `MOF ${mofClassName(s.mofClass)} · III ${s.mofProgress.class3}% · II ${s.mofProgress.class2}% · I ${s.mofProgress.class1}%`,
    );
  const stage = s.stage
    ? `Stage: ${s.stage}${s.stageSource === 'inferred' ? ' (inferred)' : s.stageSource === 'config' ? ' (default)' : ''} · ${s.guidanceCount} guidance items`
    : result.kind === 'model-card'
      ? 'Stage: undeclared'
      : null;
  return { openness: parts.join(' · '), stage };
}
