// Text templates built from the knowledge: a complete new model card (front matter with `openness`, `stage`,
// `risk_assessment` and every disclosure section) and a `risk_assessment` block to insert.
import { COMPONENT_IDS } from '../knowledge/components.js';
import { DISCLOSURES } from '../knowledge/disclosures.js';
import { RISK_AREAS } from '../knowledge/risk-areas.js';

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
