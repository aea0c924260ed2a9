// Completion item lists built once from the knowledge (licence ids, pipeline tags, stages, statuses, MOF names and
// MOF licences) and memoised: they are static, and completion runs on every keystroke. Callers add the replace span.
import { STATUS_WORDS, type ComponentKind } from '../../knowledge/components.js';
import { PIPELINE_TAGS } from '../../knowledge/hf-metadata.js';
import {
  HF_LICENSES,
  isMotOpen,
  MOF_TYPE_APPROPRIATE,
  SPDX_LICENSES,
  type MofContentType,
} from '../../knowledge/licenses/index.js';
import { MOF_CLASS_LABELS, MOF_COMPONENTS } from '../../knowledge/mof-components.js';
import { ASSESSMENT_STATUSES } from '../../knowledge/risk-areas.js';
import { STAGES } from '../../knowledge/stages.js';
import type { CompletionData } from './complete.js';
import { licenseShortDoc } from '../hover/license-explain.js';
import {
  ASSESSMENT_STATUS_TERMS,
  BASE_MODEL_RELATIONS,
  LIBRARY_NAMES,
  STATUS_TERMS,
} from '../../knowledge/terms-card.js';

export type Item = Omit<CompletionData, 'replace'>;

const pad = (n: number) => String(n).padStart(4, '0');

function memo<K, V>(make: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = make(k);
      cache.set(k, v);
    }
    return v;
  };
}

/** The 83 Hub licence ids in the documented order, graded for a code or data component (or for weights). */
export const hfLicenseItems = memo((kind: ComponentKind | 'none'): Item[] =>
  HF_LICENSES.map((l, i) => ({
    label: l.id,
    kind: 'licence' as const,
    insertText: l.id,
    snippet: false,
    detail: l.name,
    documentation: licenseShortDoc(l.id, { kind: kind === 'none' ? undefined : kind }),
    sortText: `2${pad(i)}`,
  })),
);

export const statusItems = memo((kind: ComponentKind | 'none'): Item[] =>
  STATUS_WORDS.map((w, i) => {
    const t = STATUS_TERMS[w];
    const grade =
      kind !== 'none' && (w === 'closed' || w === 'api')
        ? ` (${kind === 'code' ? 'C' : 'D'}${w === 'closed' ? 1 : 2})`
        : '';
    return {
      label: w,
      kind: 'value' as const,
      insertText: w,
      snippet: false,
      detail: `component status${grade}`,
      documentation: t.what,
      sortText: `1${pad(i)}`,
    };
  }),
);

export const assessmentStatusItems = memo((_: 0): Item[] =>
  ASSESSMENT_STATUSES.map((w, i) => ({
    label: w,
    kind: 'value' as const,
    insertText: w,
    snippet: false,
    detail: 'risk-assessment status',
    documentation: ASSESSMENT_STATUS_TERMS[w]?.what,
    sortText: pad(i),
  })),
);

export const pipelineTagItems = memo((_: 0): Item[] =>
  PIPELINE_TAGS.map((t, i) => ({
    label: t.id,
    kind: 'value' as const,
    insertText: t.id,
    snippet: false,
    detail: t.name,
    documentation: `Modality: ${t.modality} · ${t.generative ? 'generative (a mid-term stage signal)' : 'not generative'}.`,
    sortText: pad(i),
  })),
);

export const stageItems = memo((_: 0): Item[] =>
  STAGES.map((s, i) => ({
    label: s.id,
    kind: 'value' as const,
    insertText: s.id,
    snippet: false,
    detail: `${s.title} stage`,
    documentation: `${s.definition}\n\n**Release:** ${s.release.join(' ')}\n\n**Assess:** ${s.assess.join(' ')}`,
    sortText: pad(i),
  })),
);

export const baseModelRelationItems = memo((_: 0): Item[] =>
  BASE_MODEL_RELATIONS.map((r, i) => ({
    label: r.id,
    kind: 'value' as const,
    insertText: r.id,
    snippet: false,
    detail: 'base_model_relation',
    documentation: r.what,
    sortText: pad(i),
  })),
);

export const libraryItems = memo((_: 0): Item[] =>
  LIBRARY_NAMES.map((l, i) => ({
    label: l.id,
    kind: 'value' as const,
    insertText: l.id,
    snippet: false,
    detail: l.label,
    sortText: pad(i),
  })),
);

export const booleanItems = memo((_: 0): Item[] =>
  ['true', 'false'].map((b, i) => ({
    label: b,
    kind: 'value' as const,
    insertText: b,
    snippet: false,
    sortText: pad(i),
  })),
);

/** The 17 MOF component names, in MOT's order, with their facts. */
export const mofNameItems = memo((_: 0): Item[] =>
  MOF_COMPONENTS.map((c, i) => ({
    label: c.name,
    kind: 'component' as const,
    insertText: c.name,
    snippet: false,
    detail: `${c.contentType} · ${MOF_CLASS_LABELS[c.class]}${c.required ? '' : ' · optional'}`,
    documentation: `${c.description}.\n\nMOF component ${c.id}; required ${c.required ? `from ${MOF_CLASS_LABELS[c.class]} upward` : 'for no class'}.`,
    sortText: pad(i),
  })),
);

/**
 * SPDX ids for a MOF component or global licence: the type-appropriate ones for `type` first (all types for the
 * distribution licence), then every other id MOT counts as open, then `unlicensed`.
 */
export const mofLicenseItems = memo((type: MofContentType | 'any'): Item[] => {
  const out: Item[] = [];
  const seen = new Set<string>();
  for (const [id, types] of MOF_TYPE_APPROPRIATE) {
    if (type !== 'any' && !types.includes(type)) continue;
    seen.add(id);
    out.push({
      label: id,
      kind: 'licence',
      insertText: id,
      snippet: false,
      detail: `${SPDX_LICENSES.get(id)?.name ?? id} · type-appropriate for ${types.join(', ')}`,
      documentation: licenseShortDoc(id, { literal: true, mofType: type === 'any' ? undefined : type }),
      sortText: `0${id.toLowerCase()}`,
    });
  }
  for (const l of SPDX_LICENSES.values()) {
    if (seen.has(l.id) || !isMotOpen(l.id)) continue;
    out.push({
      label: l.id,
      kind: 'licence',
      insertText: l.id,
      snippet: false,
      detail: `${l.name} · open${type === 'any' ? '' : `, not type-appropriate for ${type}`}`,
      sortText: `1${l.id.toLowerCase()}`,
    });
  }
  out.push({
    label: 'unlicensed',
    kind: 'value',
    insertText: 'unlicensed',
    snippet: false,
    detail: 'included without a licence (not open)',
    documentation: 'MOT counts an `unlicensed` component as included but not open.',
    sortText: '2',
  });
  return out;
});
