// Grades one component from its status and licence, and the overall level from all twelve (Eiras et al. §3).
import { getComponent, gradeLabel, OPENNESS_COMPONENTS } from '../knowledge/components.js';
import { licenseGrade } from '../knowledge/licenses/index.js';
import type { Permissions } from '../knowledge/licenses/types.js';
import type { ComponentGrade, ComponentStatus, OpennessLevel, OpennessResult, Span } from '../types.js';

export type { Permissions };

export interface ComponentDeclaration {
  status: ComponentStatus;
  license?: string;
  url?: string;
  permissions?: Partial<Permissions>;
  source: ComponentGrade['source'];
  span?: Span;
  /** Why an inferred status was inferred. */
  evidence?: string;
}

export function gradeComponent(id: string, d: ComponentDeclaration): ComponentGrade {
  const kind = getComponent(id)?.kind ?? 'data';
  const base = { status: d.status, source: d.source, span: d.span, license: d.license, url: d.url };
  const evidence = d.evidence ? ` (${d.evidence})` : '';
  switch (d.status) {
    case 'closed':
      return {
        ...base,
        grade: 1,
        label: gradeLabel(kind, 1),
        basis: `Fully closed: not publicly accessible in any form${evidence}.`,
      };
    case 'api':
      return {
        ...base,
        grade: 2,
        label: gradeLabel(kind, 2),
        basis: `API access only: the lowest semi-open level. Every API-only model in the paper's data has D2 weights${evidence}.`,
      };
    case 'not-applicable':
      return {
        ...base,
        grade: null,
        label: 'N/A',
        basis: `Not applicable: this component does not exist for the model${evidence}.`,
      };
    case 'unknown':
      return {
        ...base,
        grade: null,
        label: null,
        basis:
          d.source === 'default'
            ? 'Not declared in `openness:` and nothing in the card reveals it.'
            : `Declared unknown${evidence}.`,
      };
    case 'released': {
      if (!d.license) {
        return {
          ...base,
          grade: null,
          label: null,
          basis: `Released without a stated licence${evidence}: the grade depends on the licence (no licence means all rights reserved).`,
        };
      }
      const g = licenseGrade(d.license, d.permissions);
      return { ...base, grade: g.grade, label: gradeLabel(kind, g.grade), basis: g.basis + evidence };
    }
  }
}

/** Overall level: fully open when every applicable component is 5, fully closed when every one is 1, else semi-open. */
export function overallOpenness(components: Record<string, ComponentGrade>): OpennessResult {
  const graded = OPENNESS_COMPONENTS.map((c) => ({ id: c.id, g: components[c.id] })).filter((x) => x.g);
  const applicable = graded.filter((x) => x.g!.status !== 'not-applicable');
  const withGrade = applicable.filter((x) => x.g!.grade !== null);
  const anyUnknown = withGrade.length < applicable.length;
  let level: OpennessLevel;
  if (withGrade.length === 0) level = 'unknown';
  else if (!anyUnknown && withGrade.every((x) => x.g!.grade === 5)) level = 'fully-open';
  else if (!anyUnknown && withGrade.every((x) => x.g!.grade === 1)) level = 'fully-closed';
  else level = 'semi-open';
  // An undeclared component may well be closed: it ranks below every released grade, above a declared closed one.
  const rank = (g: ComponentGrade) => (g.grade === null ? 1.5 : g.grade);
  let weakest: string | null = null;
  let min = 6;
  if (withGrade.length) {
    for (const x of applicable) {
      const r = rank(x.g!);
      if (r < min) {
        min = r;
        weakest = x.id;
      }
    }
  }
  return { level, weakest, components };
}
