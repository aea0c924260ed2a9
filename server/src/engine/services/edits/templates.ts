// Text templates built from the knowledge: a complete new model card (front matter with `openness`, `stage`,
// `risk_assessment` and every disclosure section) and a `risk_assessment` block to insert.
import { COMPONENT_IDS } from '../../knowledge/components.js';
import { DISCLOSURES } from '../../knowledge/disclosures.js';
import { RISK_AREAS } from '../../knowledge/risk-areas.js';
import type { ParsedDocument } from '../../parse/document.js';
import { getPair } from '../../parse/yaml-tree.js';
import { addToFrontMatter } from '../../rule-kit/helpers.js';
import type { Fix } from '../../types.js';

/** The `risk_assessment:` block with one entry per area, ready to fill in. */
export function riskAssessmentBlock(indent = ''): string {
  const lines = [`${indent}risk_assessment:`];
  for (const a of RISK_AREAS) {
    lines.push(
      `${indent}  ${a.id}:`,
      `${indent}    status: unassessed        # assessed | not-applicable | unassessed`,
      `${indent}    summary: ""`,
      `${indent}    evidence: []              # links to evaluations, reports, datasets`,
      `${indent}    mitigations: []`,
    );
  }
  return lines.join('\n');
}

export function modelCardTemplate(name = 'My Model'): string {
  const fm = [
    '---',
    'license: apache-2.0          # a Hugging Face licence id, or `other` with license_name and license_link',
    'language:',
    '- en',
    'pipeline_tag: text-generation',
    'datasets: []',
    'stage: near-term             # near-term | mid-term | long-term',
    'openness:                    # released under a licence id, or closed | api | not-applicable | unknown',
    ...COMPONENT_IDS.map((id) => `  ${id}: ${id === 'weights' || id === 'inference_code' ? 'apache-2.0' : 'unknown'}`),
    riskAssessmentBlock(),
    '---',
  ];
  const body = [`# Model Card for ${name}`, '', '<!-- One paragraph: what the model is and does. -->', ''];
  for (const d of DISCLOSURES) {
    body.push(d.stub.heading, '', d.stub.body, '');
  }
  return [...fm, '', ...body].join('\n');
}

/** The "Insert Risk Assessment" command: an edit adding the block to the card's front matter (creating the front
 * matter when there is none), or why it cannot. The engine decides; the client only applies what it is given. */
export function insertRiskAssessment(doc: ParsedDocument): { fix: Fix } | { reason: string } {
  if (!doc.card) return { reason: 'This is not a model card.' };
  if (getPair(doc.card.frontMatter?.root ?? null, 'risk_assessment'))
    return { reason: 'This card already has a risk_assessment block.' };
  const edit = addToFrontMatter(doc, riskAssessmentBlock());
  if (!edit) return { reason: 'The front matter has YAML errors; fix them first.' };
  return { fix: { title: 'Insert Risk Assessment', edits: [edit] } };
}
