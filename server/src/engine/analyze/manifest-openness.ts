// A MOF manifest's openness: the MOT class evaluation, and the Eiras grades of the components a manifest can name.
// Component absent from the manifest = not released (MOF semantics), so its Eiras component is closed.
import { COMPONENT_IDS } from '../knowledge/components.js';
import { evaluateMof, type MofEvaluation } from '../knowledge/mof.js';
import type { ParsedDocument } from '../parse/document.js';
import type { ComponentGrade, MofResult, OpennessResult } from '../types.js';
import { statusWord } from './card-openness.js';
import { gradeComponent, overallOpenness } from './grading.js';

export interface ManifestAnalysis {
  evaluation: MofEvaluation;
  mof: MofResult;
  openness: OpennessResult;
}

/** MOF component name → Eiras component (only where the two frameworks name the same artefact). */
export const MOF_TO_EIRAS: Record<string, string> = {
  'Model parameters (Final)': 'weights',
  'Inference code': 'inference_code',
  'Training code': 'pretraining_code',
  Datasets: 'pretraining_data',
  'Evaluation code': 'evaluation_code',
  'Evaluation data': 'evaluation_data',
};

const TYPE_OF: Record<string, 'code' | 'data' | 'document'> = {
  'Model parameters (Final)': 'data',
  'Inference code': 'code',
  'Training code': 'code',
  Datasets: 'data',
  'Evaluation code': 'code',
  'Evaluation data': 'data',
};

/**
 * A component's `license:` as MOT's evaluator gets it: a string, null (empty) or undefined (absent). A number or
 * boolean is read as its text; a list or mapping is no licence MOT can read (manifest-schema reports its type), so it
 * counts as absent instead of reaching the licence lookups as a non-string.
 */
function evaluatorLicense(raw: unknown, asText: string | null): string | null | undefined {
  if (raw === undefined || raw === null || typeof raw === 'string') return raw;
  return typeof raw === 'number' || typeof raw === 'boolean' ? asText : null;
}

export function manifestOpenness(doc: ParsedDocument): ManifestAnalysis {
  const m = doc.manifest!;
  const evaluation = evaluateMof({
    components: m.components
      .filter((c) => c.name !== null)
      .map((c) => ({ name: c.name!, license: evaluatorLicense(c.rawLicense, c.license) })),
    licenses: {
      distribution: m.licenses.distribution.name,
      code: m.licenses.code.name,
      data: m.licenses.data.name,
      document: m.licenses.document.name,
    },
  });
  const components: Record<string, ComponentGrade> = {};
  for (const id of COMPONENT_IDS) components[id] = gradeComponent(id, { status: 'unknown', source: 'default' });
  for (const [mofName, eirasId] of Object.entries(MOF_TO_EIRAS)) {
    const c = m.components.find((x) => x.name === mofName);
    if (!c) {
      components[eirasId] = gradeComponent(eirasId, {
        status: 'closed',
        source: 'manifest',
        evidence: `"${mofName}" is not listed in the manifest`,
      });
      continue;
    }
    const type = TYPE_OF[mofName]!;
    const resolved = c.license ?? m.licenses[type].name ?? m.licenses.distribution.name ?? null;
    const span = c.nameSpan ?? undefined;
    if (!resolved || resolved.toLowerCase() === 'unlicensed') {
      components[eirasId] = gradeComponent(eirasId, {
        status: 'released',
        source: 'manifest',
        span,
        evidence: `"${mofName}" is listed without a licence`,
      });
      continue;
    }
    const word = statusWord(resolved);
    components[eirasId] = gradeComponent(
      eirasId,
      word && word !== 'released'
        ? { status: word, source: 'manifest', span }
        : { status: 'released', license: resolved, source: 'manifest', span, evidence: `"${mofName}" licence` },
    );
  }
  return {
    evaluation,
    mof: { class: evaluation.class, progress: evaluation.progress, exact: evaluation.exact },
    openness: overallOpenness(components),
  };
}
