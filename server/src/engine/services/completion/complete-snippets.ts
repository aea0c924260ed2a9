// Snippet texts for whole YAML blocks offered by completion: the `openness:` block with all 12 components, the
// `risk_assessment:` block with all four areas, a rubric `permissions:` block, `model-index`, `co2_eq_emissions`
// and the MOF manifest blocks. Lines after the first are indented relative to the key: editors add the line's indent.
import { ASSESSMENT_STATUSES } from '../../knowledge/risk-areas.js';
import { OPENNESS_COMPONENTS, type OpennessComponent } from '../../knowledge/components.js';
import { PERMISSION_KEYS } from '../../knowledge/licenses/index.js';
import { RISK_AREAS, type RiskArea } from '../../knowledge/risk-areas.js';
import { STAGE_IDS } from '../../knowledge/stages.js';

/** Escape text for a snippet body (`$`, `}` and `\` are special). */
const choice = (n: number, values: readonly string[]) =>
  `\${${n}|${values.map((v) => v.replace(/[,|\\]/g, '\\$&')).join(',')}|}`;

// Unassessed first: the snippet should not claim an assessment the author has not made.
const ASSESSMENT_CHOICES = ['unassessed', ...ASSESSMENT_STATUSES.filter((s) => s !== 'unassessed')];

/** Likely values for a component, most honest first: unknown until the author says otherwise. */
function componentChoices(c: OpennessComponent): string[] {
  const licences = c.kind === 'code' ? ['apache-2.0', 'mit'] : ['cc-by-4.0', 'odc-by'];
  return [
    'unknown',
    'closed',
    ...(c.id === 'weights' ? ['api', 'apache-2.0', 'llama3.1'] : licences),
    'not-applicable',
  ];
}

export function opennessBlockSnippet(): string {
  return ['openness:', ...OPENNESS_COMPONENTS.map((c, i) => `  ${c.id}: ${choice(i + 1, componentChoices(c))}`)].join(
    '\n',
  );
}

export function riskAreaSnippet(a: RiskArea, first = 1, indent = ''): string {
  return [
    `${indent}${a.id}:`,
    `${indent}  status: ${choice(first, ASSESSMENT_CHOICES)}`,
    `${indent}  summary: "\${${first + 1}}"`,
    `${indent}  evidence: [\${${first + 2}}]`,
    `${indent}  mitigations: [\${${first + 3}}]`,
  ].join('\n');
}

export function riskAssessmentBlockSnippet(): string {
  return ['risk_assessment:', ...RISK_AREAS.map((a, i) => riskAreaSnippet(a, i * 4 + 1, '  '))].join('\n');
}

export function stageSnippet(): string {
  return `stage: ${choice(1, STAGE_IDS)}`;
}

export function permissionsSnippet(): string {
  return ['permissions:', ...PERMISSION_KEYS.map((k, i) => `  ${k}: ${choice(i + 1, ['true', 'false'])}`)].join('\n');
}

export function listSnippet(key: string): string {
  return `${key}:\n  - \${1}`;
}

export const MODEL_INDEX_SNIPPET = [
  'model-index:',
  '- name: ${1:model-name}',
  '  results:',
  '  - task:',
  '      type: ${2:text-generation}',
  '    dataset:',
  '      type: ${3:dataset-id}',
  '      name: ${4:Dataset Name}',
  '    metrics:',
  '    - type: ${5:accuracy}',
  '      value: ${6:0.0}',
].join('\n');

export const CO2_SNIPPET = [
  'co2_eq_emissions:',
  '  emissions: ${1:0}',
  '  source: ${2}',
  `  training_type: ${choice(3, ['pre-training', 'fine-tuning'])}`,
  '  geographical_location: ${4}',
  '  hardware_used: ${5}',
].join('\n');

export const MANIFEST_FRAMEWORK_SNIPPET = [
  'framework:',
  "  name: 'Model Openness Framework'",
  "  version: '1.0'",
  "  date: '2024-12-15'",
].join('\n');

export const MANIFEST_RELEASE_SNIPPET = [
  'release:',
  '  name: ${1:model-name}',
  "  version: '${2}'",
  "  date: '${3:YYYY-MM-DD}'",
  '  type: ${4|language,vision,image,audio,video,3d,code,multimodal,other|}',
  '  producer: ${5}',
  '  license:',
  '    distribution:',
  '      name: ${6:Apache-2.0}',
  '  components:',
  '    - name: ${7:Model architecture}',
].join('\n');

export const MANIFEST_LICENSE_SNIPPET = [
  'license:',
  '  distribution:',
  '    name: ${1:Apache-2.0}',
  "    path: ${2:''}",
].join('\n');

export const MANIFEST_COMPONENTS_SNIPPET = [
  'components:',
  '  - name: ${1:Model architecture}',
  '    license: ${2:Apache-2.0}',
].join('\n');

export function licenseScopeSnippet(scope: string): string {
  return [`${scope}:`, '  name: ${1}', "  path: ${2:''}"].join('\n');
}
