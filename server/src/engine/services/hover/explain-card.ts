// Hovers inside a card's front matter: HF keys, the extension keys (`openness`, `stage`, `risk_assessment`), each
// component and risk area with this card's verdict, status words, rubric permissions, licence ids and pipeline tags.
import { mdText } from '../../markdown-text.js';
import { statusWord } from '../../analyze/card-openness.js';
import { COMPONENT_IDS, getComponent } from '../../knowledge/components.js';
import { closest } from '../../knowledge/did-you-mean.js';
import { getHfField, getPipelineTag } from '../../knowledge/hf-metadata.js';
import { lookupLicense, type Permissions } from '../../knowledge/licenses/index.js';
import { getRiskArea, RISK_AREA_IDS, RISK_AREAS } from '../../knowledge/risk-areas.js';
import type { LintResult } from '../../lint.js';
import { get, str } from '../../parse/yaml-tree.js';
import { code, renderTerm, RULE, sourceLine, table, type Term } from './hover-format.js';
import {
  componentMarkdown,
  gradeVerdict,
  opennessMarkdown,
  pipelineTagMarkdown,
  riskAreaMarkdown,
  riskStatusText,
  stageKeyMarkdown,
  stageMarkdown,
} from './explain-taxonomy.js';
import { licenseMarkdown } from './license-explain.js';
import {
  ASSESSMENT_STATUS_TERMS,
  BASE_MODEL_RELATIONS,
  COMPONENT_FIELDS,
  EXTENSION_KEYS,
  EXTRA_HF_FIELDS,
  HF_DEFAULT_SOURCE,
  HF_FIELD_SOURCES,
  HF_GATED_SOURCE,
  LIBRARY_NAMES,
  LIBRARY_SOURCE,
  PERMISSION_TERMS,
  RISK_ENTRY_FIELDS,
  STATUS_TERMS,
} from '../../knowledge/terms-card.js';
import type { YamlHit } from './yaml-locate.js';

function hfFieldTerm(key: string): Term | null {
  const f = getHfField(key) ?? EXTRA_HF_FIELDS.find((x) => x.key === key);
  if (!f) return null;
  const source =
    HF_FIELD_SOURCES[key] ?? (key === 'gated' || key.startsWith('extra_gated_') ? HF_GATED_SOURCE : HF_DEFAULT_SOURCE);
  return { title: `${key} — Hugging Face metadata`, what: f.description, source };
}

function statusMarkdown(word: string, kind?: 'code' | 'data'): string | null {
  const st = statusWord(word);
  if (!st) return null;
  const t = STATUS_TERMS[st];
  const alias = word.trim().toLowerCase() !== st ? `${code(word.trim())} is read as ${code(st)}.` : null;
  const grade =
    kind && (st === 'closed' || st === 'api')
      ? `For this ${kind} component: ${kind === 'code' ? 'C' : 'D'}${st === 'closed' ? 1 : 2}.`
      : null;
  return renderTerm(t, [alias, grade]);
}

function unknownKey(key: string, known: readonly string[], what: string): string {
  const near = closest(key, known);
  return [
    `${code(key)} is not ${what}.`,
    near.length ? `Did you mean ${near.map(code).join(', ')}?` : `Known keys: ${known.map(code).join(', ')}.`,
  ].join(' ');
}

// ---- top level ----

function topKey(result: LintResult, hit: YamlHit): string | null {
  const key = hit.key;
  if (key === 'openness') return opennessMarkdown(result);
  if (key === 'stage') return stageKeyMarkdown(result);
  if (key === 'risk_assessment') {
    const rows = RISK_AREAS.map((a) => [code(a.id), a.title, riskStatusText(result, a.id)]);
    return renderTerm(EXTENSION_KEYS.risk_assessment, [table(['Area', 'Title', 'In this card'], rows)]);
  }
  const term = hfFieldTerm(key);
  if (!term) return null;
  const value = hit.pair.value?.kind === 'scalar' ? str(hit.pair.value) : null;
  if (key === 'license' && value)
    return renderTerm(term) + RULE + licenseMarkdown(value, { kind: 'data', gradeFor: 'weights' });
  const tag = key === 'pipeline_tag' && value ? getPipelineTag(value) : undefined;
  return tag ? renderTerm(term) + RULE + pipelineTagMarkdown(tag) : renderTerm(term);
}

function topValue(result: LintResult, hit: YamlHit): string | null {
  const value = hit.value?.trim() ?? '';
  if (!value) return null;
  switch (hit.key) {
    case 'license':
      return licenseMarkdown(value, { kind: 'data', gradeFor: 'weights' });
    case 'license_name': {
      const fm = result.doc.card?.frontMatter?.root;
      if (str(get(fm, 'license')) === 'other' && lookupLicense(value).name)
        return licenseMarkdown(value, { kind: 'data', gradeFor: 'weights' });
      break;
    }
    case 'pipeline_tag': {
      const tag = getPipelineTag(value);
      if (tag) return pipelineTagMarkdown(tag);
      break;
    }
    case 'stage':
      return (
        stageMarkdown(result, value) ??
        `${code(value)} is not a stage: use ${['near-term', 'mid-term', 'long-term'].map(code).join(', ')}.\n\n${sourceLine(EXTENSION_KEYS.stage.source)}`
      );
    case 'base_model_relation': {
      const r = BASE_MODEL_RELATIONS.find((x) => x.id === value);
      if (r)
        return [
          `**${code(r.id)}** — relation to \`base_model\``,
          r.what,
          sourceLine(HF_FIELD_SOURCES.base_model_relation!),
        ].join('\n\n');
      break;
    }
    case 'library_name': {
      const lib = LIBRARY_NAMES.find((x) => x.id === value);
      if (lib)
        return [
          `**${lib.label}** — library ${code(lib.id)}`,
          'Loads the model on the Hub (code snippets, download counts, model filter). Its licence informs the inferred `inference_code` component when `openness:` is absent.',
          sourceLine(LIBRARY_SOURCE),
        ].join('\n\n');
      break;
    }
  }
  const term = hfFieldTerm(hit.key);
  return term ? renderTerm(term) : null;
}

// ---- openness ----

function opennessHover(result: LintResult, hit: YamlHit): string | null {
  const [, comp, sub] = hit.path as string[];
  if (hit.path.length === 1) {
    const c = getComponent(hit.key);
    if (hit.on === 'key')
      return c
        ? componentMarkdown(c, result.openness.components[c.id])
        : `${unknownKey(hit.key, COMPONENT_IDS, 'one of the 12 Eiras et al. pipeline components')}\n\n${sourceLine(EXTENSION_KEYS.openness.source)}`;
    if (!hit.value) return null;
    const status = statusMarkdown(hit.value, c?.kind);
    if (status) return status;
    const verdict = c ? `---\n\n**In this card:** ${gradeVerdict(result.openness.components[c.id])}` : null;
    return [licenseMarkdown(hit.value, { kind: c?.kind, gradeFor: c ? code(c.id) : undefined }), verdict]
      .filter(Boolean)
      .join('\n\n');
  }
  const c = getComponent(comp ?? '');
  if (hit.path.length === 2) {
    const field = COMPONENT_FIELDS[hit.key as keyof typeof COMPONENT_FIELDS];
    if (hit.on === 'key')
      return field ? renderTerm(field, [], `**${hit.key}** — ${c ? `of ${code(c.id)}` : 'component field'}`) : null;
    if (!hit.value) return null;
    if (hit.key === 'status') return statusMarkdown(hit.value, c?.kind);
    if (hit.key === 'license') {
      const declared =
        c && get(getComponentMap(result, c.id), 'permissions')
          ? "This component also declares `permissions:`, which replace the licence's recorded terms in its grade."
          : null;
      return [
        licenseMarkdown(hit.value, { kind: c?.kind, gradeFor: c ? code(c.id) : undefined }),
        declared,
        c ? `---\n\n**In this card:** ${gradeVerdict(result.openness.components[c.id])}` : null,
      ]
        .filter(Boolean)
        .join('\n\n');
    }
    return field ? renderTerm(field) : null;
  }
  if (hit.path.length === 3 && sub === 'permissions') {
    const t = PERMISSION_TERMS[hit.key as keyof Permissions];
    if (!t) return null;
    const answer =
      hit.on === 'value'
        ? `Declared: **${hit.value === 'true' ? 'granted' : hit.value === 'false' ? 'not granted' : mdText(hit.value ?? '')}**.`
        : null;
    return renderTerm(t, [answer, c ? gradeVerdict(result.openness.components[c.id]) : null]);
  }
  return null;
}

function getComponentMap(result: LintResult, id: string) {
  return get(get(result.doc.card?.frontMatter?.root, 'openness'), id);
}

// ---- risk_assessment ----

function assessmentStatusMarkdown(word: string): string | null {
  const t = ASSESSMENT_STATUS_TERMS[word.trim().toLowerCase().replace('_', '-')];
  return t ? renderTerm(t, [], `**${t.title}** — risk-assessment status`) : null;
}

function riskHover(result: LintResult, hit: YamlHit): string | null {
  if (hit.path.length === 1) {
    const a = getRiskArea(hit.key);
    if (hit.on === 'key')
      return a
        ? riskAreaMarkdown(result, a)
        : `${unknownKey(hit.key, RISK_AREA_IDS, 'one of the four risk areas')}\n\n${sourceLine(EXTENSION_KEYS.risk_assessment.source)}`;
    return hit.value ? assessmentStatusMarkdown(hit.value) : null;
  }
  if (hit.path.length === 2) {
    const field = RISK_ENTRY_FIELDS[hit.key as keyof typeof RISK_ENTRY_FIELDS];
    if (hit.on === 'value' && hit.key === 'status' && hit.value) return assessmentStatusMarkdown(hit.value);
    if (field && hit.on === 'key') {
      const a = getRiskArea(String(hit.path[1]));
      return renderTerm(
        field,
        [a ? `**${a.title}** in this card: ${riskStatusText(result, a.id)}.` : null],
        `**${hit.key}** — ${a ? `of ${code(a.id)}` : 'risk-area field'}`,
      );
    }
  }
  return null;
}

/** Hover for a located front-matter key or value. */
export function explainFrontMatter(result: LintResult, hit: YamlHit): string | null {
  const top = hit.path[0];
  if (hit.path.length === 0) return hit.on === 'key' ? topKey(result, hit) : topValue(result, hit);
  if (top === 'openness') return opennessHover(result, hit);
  if (top === 'risk_assessment') return riskHover(result, hit);
  return null;
}
