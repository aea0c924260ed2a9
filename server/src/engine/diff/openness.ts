// Openness changes between two versions: each component's grade, status and licence, the overall level, the weakest
// component, and for manifests the MOF class and progress. Grades order the components (1 closed … 5 open); a
// component that had a grade and has none now (unknown, released without a licence, marked not applicable) went down.
import type { LintResult } from '../lint.js';
import type { ComponentGrade, OpennessLevel, Span } from '../types.js';
import type { Change, Pair } from './types.js';

const LEVEL_RANK: Record<OpennessLevel, number> = { 'fully-open': 3, 'semi-open': 2, 'fully-closed': 1, unknown: 0 };
const CLASS_NAME = (c: 1 | 2 | 3 | null) => (c ? `Class ${['I', 'II', 'III'][c - 1]}` : 'unclassified');

/** `D5 (released under apache-2.0)`, `C1 (closed)`, `ungraded (unknown)`. */
export function describeComponent(c: ComponentGrade | undefined): string {
  if (!c) return 'ungraded (absent)';
  const how = c.status === 'released' ? `released ${c.license ? `under ${c.license}` : 'without a licence'}` : c.status;
  return `${c.label ?? 'ungraded'} (${how})`;
}

const licenseOf = (c: ComponentGrade | undefined) => (c?.status === 'released' ? (c.license ?? null) : null);

/** `whole`: the file is new (no baseline version) or deleted, so the change is the component's, not an edit's. */
function componentChange(
  id: string,
  a: ComponentGrade | undefined,
  b: ComponentGrade | undefined,
  span: Span,
  whole: 'new' | 'deleted' | null,
) {
  const before = describeComponent(a);
  const after = describeComponent(b);
  if (before === after) return null;
  const base = { area: 'component' as const, subject: id, before, after, span };
  const ga = a?.grade ?? null;
  const gb = b?.grade ?? null;
  // A whole file new or deleted: an ungraded component (unknown, not applicable) or a closed one is nothing open
  // gained or lost.
  if (whole && (ga ?? 1) <= 1 && (gb ?? 1) <= 1) return null;
  const name = `\`${id}\``;
  if (ga !== null && (gb === null || gb < ga)) {
    const what = b?.status === 'closed' ? 'closed' : gb === null ? 'no longer graded' : 'graded lower';
    return {
      ...base,
      kind: 'regression' as const,
      ruleId: 'openness-regression' as const,
      message:
        whole === 'deleted'
          ? `${name} lost with the deleted file: it was ${before}.`
          : `${name} ${what}: ${before} → ${after}.`,
    };
  }
  if (gb !== null && (ga === null || gb > ga))
    return {
      ...base,
      kind: 'improvement' as const,
      message: whole === 'new' ? `${name} in the new file: ${after}.` : `${name} graded higher: ${before} → ${after}.`,
    };
  const la = licenseOf(a);
  const lb = licenseOf(b);
  if (la !== lb && la !== null && lb !== null)
    return {
      ...base,
      kind: 'change' as const,
      ruleId: 'license-changed' as const,
      message: `${name} licence changed from ${la} to ${lb}, still ${b?.label ?? 'ungraded'}: check that the new terms are intended.`,
    };
  return { ...base, kind: 'change' as const, message: `${name}: ${before} → ${after}.` };
}

/** The openness of a version that does not exist: nothing graded. */
const NOTHING: LintResult['openness'] = { level: 'unknown', weakest: null, components: {} };

export function opennessChanges(pair: Pair): Change[] {
  const { old, next, anchor, gone } = pair;
  const whole = !old ? 'new' : gone ? 'deleted' : null;
  const out: Change[] = [];
  const a = old?.openness ?? NOTHING;
  const b = next?.openness ?? NOTHING;
  const ids = [...new Set([...Object.keys(a.components), ...Object.keys(b.components)])];
  for (const id of ids) {
    const c = componentChange(id, a.components[id], b.components[id], b.components[id]?.span ?? anchor, whole);
    if (c) out.push(c);
  }
  if (a.level !== b.level) {
    const down = LEVEL_RANK[b.level] < LEVEL_RANK[a.level];
    out.push({
      area: 'openness-level',
      subject: 'level',
      before: a.level,
      after: b.level,
      span: anchor,
      ...(down
        ? {
            kind: 'regression',
            ruleId: 'openness-regression',
            message: gone
              ? `Openness level ${a.level} lost: the file is deleted.`
              : `Openness level dropped from ${a.level} to ${b.level}.`,
          }
        : { kind: 'improvement', message: `Openness level rose from ${a.level} to ${b.level}.` }),
    });
  }
  // The weakest of a file new or deleted is no change of its own (the level says it).
  if (a.weakest !== b.weakest && !whole)
    out.push({
      area: 'weakest',
      subject: 'weakest',
      kind: 'change',
      before: a.weakest,
      after: b.weakest,
      span: anchor,
      message: `Weakest component: ${a.weakest ? `\`${a.weakest}\`` : 'none'} → ${b.weakest ? `\`${b.weakest}\`` : 'none'}.`,
    });
  out.push(...mofChanges(pair));
  return out;
}

/** The MOF grading of a manifest that does not exist: no class, no progress. */
const NO_MOF = { class: null, progress: { class1: 0, class2: 0, class3: 0 } } as const;

function mofChanges({ old, next, anchor, gone }: Pair): Change[] {
  const a = old ? old.mof : next?.mof && NO_MOF;
  const b = next ? next.mof : old?.mof && NO_MOF;
  if (!a || !b) return [];
  const out: Change[] = [];
  // Class I is the most open: a larger number, or none, is a lower class.
  const rank = (c: 1 | 2 | 3 | null) => (c === null ? 0 : 4 - c);
  if (a.class !== b.class) {
    const before = CLASS_NAME(a.class);
    const after = CLASS_NAME(b.class);
    out.push({
      area: 'mof-class',
      subject: 'class',
      before,
      after,
      span: anchor,
      ...(rank(b.class) < rank(a.class)
        ? {
            kind: 'regression',
            ruleId: 'mof-class-lost',
            message: `MOF ${before} lost: ${gone ? 'the manifest is deleted' : `the release is ${after} now`}.`,
          }
        : { kind: 'improvement', message: `MOF class raised from ${before} to ${after}.` }),
    });
  }
  const p = (m: typeof a) => `${m.progress.class3}/${m.progress.class2}/${m.progress.class1}%`;
  if (p(a) !== p(b)) {
    const keys = ['class3', 'class2', 'class1'] as const;
    const down = keys.some((k) => b.progress[k] < a.progress[k]);
    const up = keys.some((k) => b.progress[k] > a.progress[k]);
    out.push({
      area: 'mof-progress',
      subject: 'progress',
      kind: down && !up ? 'regression' : up && !down ? 'improvement' : 'change',
      before: p(a),
      after: p(b),
      span: anchor,
      message: `MOF progress (III/II/I): ${p(a)} → ${p(b)}.`,
    });
  }
  return out;
}
