// Completion inside a card's front matter: top-level HF and extension keys not yet present (whole-block snippets for
// `openness:`, `risk_assessment:`, `model-index`), licence ids, pipeline tags, stages, component keys and values,
// component-mapping and permission keys, risk areas and their fields and statuses.
import { COMPONENT_IDS, getComponent, OPENNESS_COMPONENTS } from '../../knowledge/components.js';
import { HF_FIELDS } from '../../knowledge/hf-metadata.js';
import { PERMISSION_KEYS } from '../../knowledge/licenses/index.js';
import { getRiskArea, RISK_AREAS } from '../../knowledge/risk-areas.js';
import type { ParsedDocument } from '../../parse/document.js';
import {
  assessmentStatusItems,
  baseModelRelationItems,
  booleanItems,
  hfLicenseItems,
  libraryItems,
  pipelineTagItems,
  stageItems,
  statusItems,
  type Item,
} from './complete-items.js';
import {
  CO2_SNIPPET,
  listSnippet,
  MODEL_INDEX_SNIPPET,
  opennessBlockSnippet,
  permissionsSnippet,
  riskAreaSnippet,
  riskAssessmentBlockSnippet,
  stageSnippet,
} from './complete-snippets.js';
import {
  COMPONENT_FIELDS,
  EXTENSION_KEYS,
  EXTRA_HF_FIELDS,
  HF_LIST_KEYS,
  PERMISSION_TERMS,
  RISK_ENTRY_FIELDS,
} from '../../knowledge/terms-card.js';
import { yamlContext, type YamlContext } from './yaml-context.js';

/** Key items: what to insert as a plain `key: ` and, for blocks, as a snippet. */
interface KeySpec {
  key: string;
  detail: string;
  documentation?: string;
  /** Snippet for the whole block (first line included). */
  snippet?: string;
  /** Item kind when inserted as a plain key (block snippets are always `snippet`). */
  kind?: 'key' | 'component';
}

// The keys authors most need first; the rest follow in hub-docs order.
const TOP_PRIORITY = [
  'license',
  'openness',
  'stage',
  'risk_assessment',
  'pipeline_tag',
  'library_name',
  'base_model',
  'datasets',
  'language',
  'tags',
  'model-index',
  'co2_eq_emissions',
];

function topKeySpecs(): KeySpec[] {
  const specs: KeySpec[] = [
    {
      key: 'openness',
      detail: 'all 12 pipeline components (Eiras et al.)',
      documentation: EXTENSION_KEYS.openness.what,
      snippet: opennessBlockSnippet(),
    },
    {
      key: 'stage',
      detail: 'near-term | mid-term | long-term',
      documentation: EXTENSION_KEYS.stage.what,
      snippet: stageSnippet(),
    },
    {
      key: 'risk_assessment',
      detail: 'all four impact areas (Eiras et al.)',
      documentation: EXTENSION_KEYS.risk_assessment.what,
      snippet: riskAssessmentBlockSnippet(),
    },
  ];
  for (const f of [...HF_FIELDS, ...EXTRA_HF_FIELDS]) {
    const snippet =
      f.key === 'model-index'
        ? MODEL_INDEX_SNIPPET
        : f.key === 'co2_eq_emissions'
          ? CO2_SNIPPET
          : HF_LIST_KEYS.has(f.key)
            ? listSnippet(f.key)
            : undefined;
    specs.push({ key: f.key, detail: 'Hugging Face metadata', documentation: f.description, snippet });
  }
  return specs;
}

const sortOf = (key: string, order: readonly string[]) => {
  const i = order.indexOf(key);
  return `${i === -1 ? 1 : 0}${String(i === -1 ? 0 : i).padStart(3, '0')}${key}`;
};

/** Key items for the mapping at the cursor, skipping keys already present. */
function keyItems(ctx: YamlContext, specs: KeySpec[], order: readonly string[]): Item[] {
  const out: Item[] = [];
  for (const s of specs) {
    if (ctx.siblings.has(s.key)) continue;
    const block = !!s.snippet && !ctx.hasColon && !ctx.flow;
    out.push({
      label: s.key,
      kind: block ? 'snippet' : (s.kind ?? 'key'),
      insertText: ctx.hasColon ? s.key : block ? s.snippet! : `${s.key}: `,
      snippet: block,
      detail: s.detail,
      documentation: s.documentation,
      sortText: sortOf(s.key, order),
    });
  }
  return out;
}

function cardKeys(ctx: YamlContext): Item[] {
  const p = ctx.path;
  if (p.length === 0) return keyItems(ctx, topKeySpecs(), TOP_PRIORITY);
  if (p[0] === 'openness') {
    if (p.length === 1) {
      return keyItems(
        ctx,
        OPENNESS_COMPONENTS.map((c) => ({
          key: c.id,
          detail: `${c.stage} ${c.kind} · ${c.label}`,
          documentation: `${c.description} ${c.why}`,
          kind: 'component',
        })),
        COMPONENT_IDS,
      );
    }
    if (p.length === 2) {
      const specs: KeySpec[] = Object.entries(COMPONENT_FIELDS).map(([key, t]) => ({
        key,
        detail: `component field`,
        documentation: t.what,
        snippet: key === 'permissions' ? permissionsSnippet() : undefined,
      }));
      return keyItems(ctx, specs, ['status', 'license', 'url', 'permissions', 'notes']);
    }
    if (p.length === 3 && p[2] === 'permissions') {
      return keyItems(
        ctx,
        PERMISSION_KEYS.map((k) => ({
          key: k,
          detail: PERMISSION_TERMS[k].title,
          documentation: PERMISSION_TERMS[k].what,
        })),
        PERMISSION_KEYS,
      );
    }
  }
  if (p[0] === 'risk_assessment') {
    if (p.length === 1) {
      return keyItems(
        ctx,
        RISK_AREAS.map((a) => ({
          key: a.id,
          detail: a.title,
          documentation: `Sub-areas: ${a.subAreas.join('; ')}. Evidence: ${a.evidence}`,
          snippet: riskAreaSnippet(a),
        })),
        RISK_AREAS.map((a) => a.id),
      );
    }
    if (p.length === 2) {
      return keyItems(
        ctx,
        Object.entries(RISK_ENTRY_FIELDS).map(([key, t]) => ({
          key,
          detail: 'risk-area field',
          documentation: t.what,
        })),
        Object.keys(RISK_ENTRY_FIELDS),
      );
    }
  }
  return [];
}

function cardValues(ctx: YamlContext): Item[] {
  const p = ctx.path;
  const key = ctx.key;
  if (p.length === 0) {
    switch (key) {
      case 'license':
        return hfLicenseItems('data');
      case 'pipeline_tag':
        return pipelineTagItems(0);
      case 'stage':
        return stageItems(0);
      case 'base_model_relation':
        return baseModelRelationItems(0);
      case 'library_name':
        return libraryItems(0);
      case 'gated':
      case 'extra_gated_eu_disallowed':
        return booleanItems(0);
    }
    return [];
  }
  if (p[0] === 'openness') {
    if (p.length === 1) {
      const kind = getComponent(key ?? '')?.kind ?? 'none';
      return [...statusItems(kind), ...hfLicenseItems(kind)];
    }
    const kind = getComponent(p[1] ?? '')?.kind ?? 'none';
    if (p.length === 2 && key === 'status') return statusItems(kind);
    if (p.length === 2 && key === 'license') return hfLicenseItems(kind);
    if (p.length === 3 && p[2] === 'permissions') return booleanItems(0);
  }
  if (p[0] === 'risk_assessment') {
    if (p.length === 1 && getRiskArea(key ?? '')) return assessmentStatusItems(0);
    if (p.length === 2 && key === 'status') return assessmentStatusItems(0);
  }
  return [];
}

/** Completion items in a card's front matter (without replace spans, which the caller adds). */
export function completeCard(doc: ParsedDocument, offset: number): { ctx: YamlContext; items: Item[] } | null {
  const fm = doc.card?.frontMatter;
  if (!fm) return null;
  // A closed block ends where the closing `---` line starts; the cursor on that line is outside the YAML.
  const region = fm.closed
    ? { start: fm.contentSpan.start, end: Math.max(fm.contentSpan.start, fm.contentSpan.end - 1) }
    : fm.contentSpan;
  if (offset < region.start || offset > region.end) return null;
  const ctx = yamlContext(doc.lines, region, offset);
  if (!ctx) return null;
  return { ctx, items: ctx.position === 'key' ? cardKeys(ctx) : cardValues(ctx) };
}
