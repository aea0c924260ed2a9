// Explanations of the MOF release-manifest fields, their enumerations and the three MOF classes, as typed data
// for hovers and completion. Sources: lfai/model_openness_tool schema/mof_schema.json, ModelEvaluator.php and
// mof.settings.yml @ 8b5d30e9; White et al. 2024, "The Model Openness Framework" (arXiv 2403.13784).
import type { MofClass } from './mof-components.js';
import type { Term } from './term.js';
import { MOF_ARCHITECTURES, MOF_RELEASE_TYPES, MOF_TREATMENTS } from '../schema/manifest.js';

const SCHEMA = 'MOT schema/mof_schema.json';
export const MOF_SOURCE = 'MOF (White et al. 2024, arXiv 2403.13784)';
const EVALUATOR = 'MOT web/modules/mof/src/ModelEvaluator.php';

/** Manifest fields by dotted path; `*` stands for a component's index. */
export const MANIFEST_FIELDS: Record<string, Term> = {
  framework: {
    title: 'framework',
    what: 'Marks the file as a Model Openness Framework release manifest. Required, with `name`, `version` and `date`.',
    source: SCHEMA,
  },
  'framework.name': {
    title: 'framework.name',
    what: 'Must be exactly `Model Openness Framework`; Model Card Lint also classifies the file by it.',
    source: SCHEMA,
  },
  'framework.version': {
    title: 'framework.version',
    what: "The MOF version the manifest follows; all 273 real MOT manifests use `'1.0'`.",
    source: SCHEMA,
  },
  'framework.date': {
    title: 'framework.date',
    what: 'Date of the framework version (MOT writes `2024-12-15`).',
    source: SCHEMA,
  },
  release: {
    title: 'release',
    what: 'The released model: `name`, `license`, `producer` and `components` are required.',
    source: SCHEMA,
  },
  'release.name': { title: 'release.name', what: "The model's name (non-empty).", source: SCHEMA },
  'release.version': { title: 'release.version', what: 'The model version or size, e.g. `7B`.', source: SCHEMA },
  'release.date': { title: 'release.date', what: 'Release date (`YYYY-MM-DD`).', source: SCHEMA },
  'release.type': {
    title: 'release.type',
    what: "The model's modality: `language`, `vision`, `image`, `audio`, `video`, `3d`, `code`, `multimodal`, `other` (or empty).",
    source: SCHEMA,
  },
  'release.architecture': {
    title: 'release.architecture',
    what: 'The architecture family, e.g. `transformer decoder`, `diffusion`, `undisclosed`.',
    source: SCHEMA,
  },
  'release.treatment': {
    title: 'release.treatment',
    what: 'How the weights were trained: `pre-trained`, `instruct fine-tuned` or `chat fine-tuned`.',
    source: SCHEMA,
  },
  'release.origin': {
    title: 'release.origin',
    what: 'The base model or family this release derives from.',
    source: SCHEMA,
  },
  'release.producer': { title: 'release.producer', what: 'Who produced the model (required).', source: SCHEMA },
  'release.contact': { title: 'release.contact', what: 'Where to send questions and problem reports.', source: SCHEMA },
  'release.repository': {
    title: 'release.repository',
    what: "Code repository URL (written by MOT's serializer; not in the schema).",
    source: 'MOT web/modules/mof/src/ModelSerializer.php',
  },
  'release.huggingface': {
    title: 'release.huggingface',
    what: "Hugging Face model URL (written by MOT's serializer; not in the schema).",
    source: 'MOT web/modules/mof/src/ModelSerializer.php',
  },
  'release.license': {
    title: 'release.license — global licences',
    what: "Default licences by content type. MOT resolves each component's licence in this order: its own `license`; else `release.license.<code|data|document>.name` for its content type; else `release.license.distribution.name`; else none, which counts as `unlicensed`.",
    why: '"No license is not open": a component without a resolvable open licence does not count toward any class.',
    source: `${MOF_SOURCE}; ${EVALUATOR}`,
  },
  'release.license.distribution': {
    title: 'release.license.distribution',
    what: 'The fallback licence for every component that has neither its own licence nor one for its content type.',
    source: EVALUATOR,
  },
  'release.license.code': {
    title: 'release.license.code',
    what: 'Default licence for code components (architecture, training, inference, evaluation, preprocessing code, libraries). MOF expects an OSI-approved licence.',
    source: `${MOF_SOURCE}, acceptable licences; ${EVALUATOR}`,
  },
  'release.license.data': {
    title: 'release.license.data',
    what: 'Default licence for data components (datasets, model parameters, evaluation data, metadata). MOF expects an open data licence such as CDLA-Permissive-2.0.',
    source: `${MOF_SOURCE}, acceptable licences; ${EVALUATOR}`,
  },
  'release.license.document': {
    title: 'release.license.document',
    what: 'Default licence for documents (model card, data card, technical report, research paper, evaluation results, sample outputs). MOF expects an open content licence such as CC-BY-4.0.',
    source: `${MOF_SOURCE}, acceptable licences; ${EVALUATOR}`,
  },
  'release.license.*.name': {
    title: 'name',
    what: 'The licence id. MOT compares it literally against SPDX ids: `Apache-2.0` is open, `Apache 2.0` is not.',
    source: 'MOT web/modules/mof/src/LicenseHandler.php',
  },
  'release.license.*.path': {
    title: 'path',
    what: 'Where the licence text lives (a file in the repository or a URL).',
    source: SCHEMA,
  },
  'release.components': {
    title: 'release.components',
    what: 'The released components (at most 17). A component absent from the list is not released. Names must match the 17 MOF names exactly or MOT ignores them.',
    source: `${MOF_SOURCE}; ${SCHEMA}`,
  },
  'release.components.*.name': {
    title: 'name',
    what: 'One of the 17 MOF component names, exactly as MOT spells them.',
    source: 'MOT mof.settings.yml',
  },
  'release.components.*.description': {
    title: 'description',
    what: 'A description of the component (MOT fills in its standard description).',
    source: SCHEMA,
  },
  'release.components.*.license': {
    title: 'license',
    what: "The component's own licence (an SPDX id); overrides the global licences. `unlicensed` = included but carries no licence, which is not open.",
    source: `${SCHEMA}; ${EVALUATOR}`,
  },
  'release.components.*.license_path': {
    title: 'license_path',
    what: "Where the component's licence text lives.",
    source: SCHEMA,
  },
  'release.components.*.component_path': {
    title: 'component_path',
    what: 'Where the component itself lives (repository path or URL).',
    source: SCHEMA,
  },
};

/** Field path with component indexes and licence scopes generalised to `*` where a term exists for that. */
export function manifestFieldTerm(path: (string | number)[]): Term | undefined {
  const exact = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
  if (MANIFEST_FIELDS[exact]) return MANIFEST_FIELDS[exact];
  if (path.length === 4 && path[0] === 'release' && path[1] === 'license')
    return MANIFEST_FIELDS[`release.license.*.${path[3]}`];
  return undefined;
}

/** The values MOT's schema accepts (schema/manifest.ts), without the empty "not stated". */
export const RELEASE_TYPES = MOF_RELEASE_TYPES.filter((v) => v !== '');
export const RELEASE_ARCHITECTURES = MOF_ARCHITECTURES.filter((v) => v !== '');
export const RELEASE_TREATMENTS = MOF_TREATMENTS;
export const MANIFEST_ENUMS: Record<string, readonly string[]> = {
  'release.type': RELEASE_TYPES,
  'release.architecture': RELEASE_ARCHITECTURES,
  'release.treatment': RELEASE_TREATMENTS,
};

export const TOP_KEYS = ['framework', 'release'] as const;
export const FRAMEWORK_KEYS = ['name', 'version', 'date'] as const;
export const RELEASE_KEYS = [
  'name',
  'version',
  'date',
  'type',
  'architecture',
  'treatment',
  'origin',
  'producer',
  'contact',
  'repository',
  'huggingface',
  'license',
  'components',
] as const;
export const LICENSE_SCOPES = ['distribution', 'code', 'data', 'document'] as const;
export const COMPONENT_KEYS = ['name', 'description', 'license', 'license_path', 'component_path'] as const;

/** What each MOF class adds (classes are cumulative: III ⊂ II ⊂ I). */
export const MOF_CLASS_TERMS: Record<MofClass, Term> = {
  3: {
    title: 'Class III - Open Model',
    what: 'The minimum to use, study and modify the model: architecture, final parameters, evaluation results, model card, data card and a technical report (or research paper), all under open licences.',
    source: `${MOF_SOURCE}; ${EVALUATOR}`,
  },
  2: {
    title: 'Class II - Open Tooling Model',
    what: 'Class III plus the full code and tooling to train and evaluate: training, inference and evaluation code and the evaluation data.',
    source: `${MOF_SOURCE}; ${EVALUATOR}`,
  },
  1: {
    title: 'Class I - Open Science Model',
    what: 'Class II plus the datasets, data preprocessing code, intermediate parameters and the research paper: full reproducibility.',
    source: `${MOF_SOURCE}; ${EVALUATOR}`,
  },
};
