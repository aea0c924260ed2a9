// Hover bodies for the Eiras taxonomy itself — a graded component, a risk area, a stage, a grade label, a pipeline
// task — combined with the verdict the analysis already computed for this document (never recomputed here).
import { GRADE_MEANINGS, OPENNESS_COMPONENTS, type OpennessComponent } from '../../knowledge/components.js';
import type { PipelineTag } from '../../knowledge/hf-metadata.js';
import type { RiskArea } from '../../knowledge/risk-areas.js';
import { getStage, STAGES } from '../../knowledge/stages.js';
import type { LintResult } from '../../lint.js';
import type { ComponentGrade } from '../../types.js';
import { code, renderTerm, sourceLine, table } from './hover-format.js';
import { EIRAS_LONG_SOURCE, EIRAS_SOURCE, EXTENSION_KEYS } from '../../knowledge/terms-card.js';

const LEVEL_TEXT: Record<string, string> = {
  'fully-open': 'fully open (every applicable component at 5)',
  'semi-open': 'semi-open',
  'fully-closed': 'fully closed (every component at 1)',
  unknown: 'unknown (no component can be graded yet)',
};

const SOURCE_TEXT: Record<ComponentGrade['source'], string> = {
  declared: 'declared in `openness:`',
  inferred: 'inferred from the card',
  manifest: 'from the release manifest',
  default: 'not declared',
};

function scale(kind: 'code' | 'data'): string {
  const p = kind === 'code' ? 'C' : 'D';
  return [1, 2, 3, 4, 5].map((g) => `${p}${g} ${GRADE_MEANINGS[g]!.name}`).join(' · ');
}

/** "D3 — moderately restrictive (declared in `openness:`)" + basis. */
export function gradeVerdict(g: ComponentGrade | undefined): string {
  if (!g) return '**Grade:** not computed.';
  const label = g.label ?? 'ungraded';
  const meaning = g.grade !== null ? ` — ${GRADE_MEANINGS[g.grade]?.name}` : '';
  return `**Grade: ${label}${meaning}** (${SOURCE_TEXT[g.source]}).  \n${g.basis}`;
}

export function componentMarkdown(c: OpennessComponent, g: ComponentGrade | undefined): string {
  return renderTerm(
    {
      title: '',
      what: c.description,
      why: c.why,
      source: `${EIRAS_SOURCE} §3, pipeline component \`${c.paperKey}\` (open-source-llms.github.io \`_data/hierarchy.yml\`)`,
    },
    [gradeVerdict(g), `Scale: ${scale(c.kind)}.`],
    `**${code(c.id)}** — ${c.label} (${c.stage} · ${c.kind})`,
  );
}

/** Hover on the `openness:` key: what the block means and the overall verdict with every component's grade. */
export function opennessMarkdown(result: LintResult): string {
  const o = result.openness;
  const rows = OPENNESS_COMPONENTS.map((c) => {
    const g = o.components[c.id];
    return [code(c.id), `${c.stage} ${c.kind}`, g?.label ?? '?', g ? SOURCE_TEXT[g.source] : ''];
  });
  const weakest = o.weakest
    ? ` · weakest component: ${code(o.weakest)} (${o.components[o.weakest]?.label ?? '?'})`
    : '';
  return renderTerm(EXTENSION_KEYS.openness, [
    `**Overall: ${LEVEL_TEXT[o.level] ?? o.level}**${weakest}`,
    table(['Component', 'Stage', 'Grade', 'From'], rows),
  ]);
}

const RISK_STATE_TEXT: Record<string, string> = {
  assessed: 'assessed',
  'not-applicable': 'not applicable (justified)',
  incomplete: 'incomplete',
  unassessed: 'unassessed',
  mentioned: 'only mentioned in a generic section (not an assessment)',
  missing: 'not assessed anywhere',
};

export function riskStatusText(result: LintResult, id: string): string {
  const s = result.analysis.risks.get(id);
  if (!s) return 'not assessed anywhere';
  const where = s.source === 'front-matter' ? ' in `risk_assessment:`' : s.source === 'body' ? ' in the card body' : '';
  const missing = s.missing.length ? ` — missing: ${s.missing.join(', ')}` : '';
  return `${RISK_STATE_TEXT[s.state] ?? s.state}${where}${missing}`;
}

export function riskAreaMarkdown(result: LintResult, a: RiskArea, note?: string | null): string {
  return renderTerm(
    {
      title: '',
      what: `Impact area **${a.paperTitle}** of Eiras et al. Sub-areas: ${a.subAreas.join('; ')}.`,
      why: 'The paper weighs what openness enables against what it makes harder to control in each area, and finds the benefits outweigh the risks in the near to mid-term.',
      source: `${EIRAS_LONG_SOURCE}, impact area "${a.paperTitle}"; sub-areas from FMTI (Stanford CRFM) and hub-docs model-card-annotated.md`,
    },
    [
      `**Opportunities of openness:** ${a.opportunities}`,
      `**Risks to assess:** ${a.risks}`,
      `**Evidence that counts:** ${a.evidence}`,
      `**In this card:** ${riskStatusText(result, a.id)}.`,
      note,
    ],
    `**${a.title}** — risk area ${code(a.id)}`,
  );
}

/** Hover on a stage value: definition, signals and the guidance it carries. */
export function stageMarkdown(result: LintResult, id: string): string | null {
  const st = getStage(id);
  if (!st) return null;
  const list = (xs: string[]) => xs.map((x) => `- ${x}`).join('\n');
  const current =
    result.stage.stage === st.id && result.stage.source !== 'declared'
      ? `This card's stage is ${result.stage.source}: ${result.stage.signals.join('; ')}.`
      : null;
  return [
    `**${st.title} stage** — ${code(st.id)}`,
    st.definition,
    `**Signals:** ${st.signals.join('; ')}.`,
    `**Release:**\n${list(st.release)}`,
    `**Assess:**\n${list(st.assess)}`,
    `**Document:**\n${list(st.document)}`,
    current,
    sourceLine(
      `${EIRAS_LONG_SOURCE}, three-stage framework; EU AI Act Art. 51(2) and Commission GPAI guidelines (compute thresholds)`,
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Hover on the `stage:` key: the three stages and this card's stage. */
export function stageKeyMarkdown(result: LintResult): string {
  const s = result.stage;
  const current = s.stage
    ? `**This card:** ${code(s.stage)} (${s.source}${s.source !== 'declared' && s.signals.length ? `: ${s.signals.join('; ')}` : ''}).`
    : '**This card:** no stage declared or inferred.';
  return renderTerm(EXTENSION_KEYS.stage, [
    table(
      ['Stage', 'Definition'],
      STAGES.map((x) => [code(x.id), x.definition]),
    ),
    current,
  ]);
}

export function pipelineTagMarkdown(tag: PipelineTag): string {
  return [
    `**${tag.name}** — pipeline tag ${code(tag.id)}`,
    `Modality: ${tag.modality} · ${tag.generative ? '**generative** (produces text, audio, images or video)' : 'not generative'}.`,
    `**Why it matters:** a generative task is half of the EU GPAI indicative criterion (with more than 10^23 FLOP of training compute), so it is a signal for the mid-term stage.`,
    sourceLine('huggingface.js packages/tasks/src/pipelines.ts (PIPELINE_DATA); hub-docs modelcard.md'),
  ].join('\n\n');
}

/** Hover on a grade label such as `D3` or `C5`. */
export function gradeLabelMarkdown(label: string): string | null {
  const m = /^([CD])([1-5])$/.exec(label);
  if (!m) return null;
  const g = Number(m[2]);
  const kind = m[1] === 'C' ? 'code' : 'data';
  const band = g === 1 ? 'fully closed' : g === 5 ? 'fully open' : 'semi-open';
  return [
    `**${label}** — ${kind} component, ${GRADE_MEANINGS[g]!.name} (${band})`,
    `${GRADE_MEANINGS[g]!.meaning[0]!.toUpperCase()}${GRADE_MEANINGS[g]!.meaning.slice(1)}.`,
    `Scale: ${scale(kind)}.`,
    sourceLine(`${EIRAS_SOURCE} §3 (open-source-llms.github.io \`_layouts/taxonomy.html\`)`),
  ].join('\n\n');
}
