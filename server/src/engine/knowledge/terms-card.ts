// Explanations of the model-card vocabulary that the knowledge modules do not already carry: the extension keys
// (`openness`, `stage`, `risk_assessment`) and their inner keys, status words, assessment statuses, rubric
// permissions and the HF values offered by completion. Typed data with sources, read by hovers and completion.
import type { ComponentStatus } from '../types.js';
import type { Permissions } from './licenses/types.js';
import { HF_FILTER_LIBRARIES, HF_TASKS_VERSION } from './hf-tasks.generated.js';
import type { Term } from './term.js';

const EIRAS =
  'Eiras et al. 2024, "Near to Mid-term Risks and Opportunities of Open-Source Generative AI" (ICML, arXiv 2404.17047)';
const EIRAS_RUBRIC = `${EIRAS} §3, licence rubric (open-source-llms.github.io \`_layouts/taxonomy.html\`)`;
const EIRAS_LONG = 'Eiras et al. 2024, "Risks and Opportunities of Open-Source Generative AI" (arXiv 2405.08597)';
const MCL = 'Model Card Lint front-matter extension (see README, "What a card can declare")';

export const EIRAS_SOURCE = EIRAS;
export const EIRAS_LONG_SOURCE = EIRAS_LONG;

export const EXTENSION_KEYS: Record<'openness' | 'stage' | 'risk_assessment', Term> = {
  openness: {
    title: 'openness — how open each pipeline component is',
    what: 'Grades the 12 pipeline components of Eiras et al. (training / evaluation / deployment × code / data). A value is a status word (`closed`, `api`, `not-applicable`, `unknown`), a licence id (`llama3`, `mit`), or `{status, license, url, permissions}`. Code is graded C1–C5, data D1–D5: 1 fully closed, 2 API only or a highly restrictive licence, 3–4 moderately / slightly restrictive, 5 restriction-free.',
    why: 'A release is only as open as its weakest component: the paper finds providers open weights but keep training data, safety evaluations and alignment closed (observation O1).',
    source: `${EIRAS} §3; ${MCL}`,
  },
  stage: {
    title: 'stage — development stage',
    what: 'The development stage of Eiras et al.: `near-term`, `mid-term` or `long-term`, defined by capability and adoption, not by dates. EU AI Act compute thresholds (10^23 FLOP GPAI indicative criterion, 10^25 FLOP systemic-risk presumption, Art. 51(2)) are hints.',
    why: 'The stage sets which disclosures and risk assessments matter most, and raises or lowers rule severities.',
    source: `${EIRAS_LONG}, three-stage framework; ${MCL}`,
  },
  risk_assessment: {
    title: 'risk_assessment — the four impact areas',
    what: 'One entry per impact area of Eiras et al.: `research_and_innovation`, `safety_and_security`, `equity_and_access`, `broader_society`. Each is a status word or `{status, summary, evidence, mitigations, justification}`.',
    why: 'An area counts as assessed only with evidence and mitigations (or, for `not-applicable`, a justification); a free-text limitations section that merely mentions it does not.',
    source: `${EIRAS_LONG}, impact areas; sub-areas from FMTI (Stanford CRFM) and hub-docs model-card-annotated.md; ${MCL}`,
  },
};

/** Inner keys of a component mapping (`weights: {status, license, url, permissions, notes}`). */
export const COMPONENT_FIELDS: Record<'status' | 'license' | 'url' | 'permissions' | 'notes', Term> = {
  status: {
    title: 'status',
    what: 'How the component is available: `released`, `closed`, `api`, `not-applicable` or `unknown`. With a `license` or `url` and no status, the component counts as released.',
    source: `${EIRAS} §3; ${MCL}`,
  },
  license: {
    title: 'license',
    what: "The licence the component is released under: a Hub id (`apache-2.0`), an SPDX id (`Apache-2.0`), or `other` together with `permissions`. Its grade comes from the five-permission rubric, with the paper's precedents winning where they disagree.",
    source: `${EIRAS_RUBRIC}; ${MCL}`,
  },
  url: {
    title: 'url',
    what: 'Where the component can be obtained (repository, dataset page, paper).',
    why: 'Evidence that a released component really is public.',
    source: MCL,
  },
  permissions: {
    title: 'permissions',
    what: 'The five yes/no questions of the Eiras et al. licence rubric (`research`, `commercial`, `modify`, `copyright_derivatives`, `relicense_derivatives`), one grade point each: 0–1 → 2, 2–3 → 3, 4 → 4, 5 → 5. Declared permissions replace the recorded terms of the licence and are graded by the rubric alone.',
    why: 'Lets a custom or `other` licence be graded.',
    source: EIRAS_RUBRIC,
  },
  notes: { title: 'notes', what: 'Free-text notes about the component, shown in reports.', source: MCL },
};

/** The five rubric permissions, in the paper's order and wording. */
export const PERMISSION_TERMS: Record<keyof Permissions, Term> = {
  research: {
    title: 'research — permission 1 of 5',
    what: 'Can the component be used for research purposes?',
    source: EIRAS_RUBRIC,
  },
  commercial: {
    title: 'commercial — permission 2 of 5',
    what: "Can it be used for any commercial purpose? Caps such as Llama's 700M monthly active users or non-commercial clauses fail it.",
    source: EIRAS_RUBRIC,
  },
  modify: {
    title: 'modify — permission 3 of 5',
    what: 'Can it be modified as desired (with notice)? No-derivatives licences fail it.',
    source: EIRAS_RUBRIC,
  },
  copyright_derivatives: {
    title: 'copyright_derivatives — permission 4 of 5',
    what: 'Can a derivative work be copyrighted by its author?',
    source: EIRAS_RUBRIC,
  },
  relicense_derivatives: {
    title: 'relicense_derivatives — permission 5 of 5',
    what: 'May a publicly shared derivative use another licence? Copyleft, share-alike and use-restriction (RAIL) licences fail it; the paper still grades GPL and CC BY-SA as 5.',
    source: EIRAS_RUBRIC,
  },
};

/** Component status words (knowledge/components.ts STATUS_WORDS) and what each does to the grade. */
export const STATUS_TERMS: Record<ComponentStatus, Term> = {
  released: {
    title: 'released',
    what: 'Publicly available. The grade comes from the licence (C/D 2–5 by the rubric); without a licence the component stays ungraded, because no licence means all rights reserved. Prefer writing the licence id itself.',
    source: `${EIRAS} §3`,
  },
  closed: {
    title: 'closed — grade 1 (C1 / D1)',
    what: 'Fully closed: not publicly accessible in any form.',
    why: 'Closed data and evaluations are what most often keep an open-weights release from being fully open (observation O1).',
    source: `${EIRAS} §3`,
  },
  api: {
    title: 'api — grade 2 (C2 / D2)',
    what: "Available only through an API: the lowest semi-open level. Every API-only model in the paper's data has D2 weights.",
    source: `${EIRAS} §3 and its published grades`,
  },
  'not-applicable': {
    title: 'not-applicable — N/A',
    what: 'The component does not exist for this model (e.g. no alignment stage). It is left out of the overall level.',
    source: `${EIRAS} §3`,
  },
  unknown: {
    title: 'unknown — ungraded',
    what: 'Not known or not stated. While any applicable component is unknown the overall level cannot be fully open or fully closed.',
    source: MCL,
  },
};

/** Risk-assessment statuses (knowledge/risk-areas.ts ASSESSMENT_STATUSES). */
export const ASSESSMENT_STATUS_TERMS: Record<string, Term> = {
  assessed: {
    title: 'assessed',
    what: 'The area was assessed. It counts only with `evidence` (links to evaluations, reports, datasets) and `mitigations`; without them the entry is incomplete.',
    source: `${MCL}, after Eiras et al. 2024 impact areas`,
  },
  'not-applicable': {
    title: 'not-applicable',
    what: 'The area cannot be affected by this model. Needs a `justification`.',
    source: MCL,
  },
  unassessed: { title: 'unassessed', what: 'Not assessed yet: reported by `unassessed-risk-area`.', source: MCL },
  'in-progress': { title: 'in-progress', what: 'Assessment under way: still counts as unassessed.', source: MCL },
};

/** Inner keys of a risk-area mapping. */
export const RISK_ENTRY_FIELDS: Record<'status' | 'summary' | 'evidence' | 'mitigations' | 'justification', Term> = {
  status: { title: 'status', what: '`assessed`, `not-applicable`, `unassessed` or `in-progress`.', source: MCL },
  summary: { title: 'summary', what: 'What the assessment found, in a sentence or two.', source: MCL },
  evidence: {
    title: 'evidence',
    what: 'Links or references backing the assessment: red-team reports, evaluation results (`model-index` entries), datasets.',
    why: 'An `assessed` area without evidence is incomplete.',
    source: `${MCL}; EU AI Act Annex XI §2 (evaluation and adversarial testing)`,
  },
  mitigations: {
    title: 'mitigations',
    what: 'What was done about the risks found (e.g. refusal training, gated access, an acceptable-use policy).',
    why: 'An `assessed` area without mitigations is incomplete.',
    source: MCL,
  },
  justification: {
    title: 'justification',
    what: 'Why the area does not apply; required with `status: not-applicable`.',
    source: MCL,
  },
};

/** Where each Hugging Face field is documented (default: hub-docs modelcard.md). */
export const HF_FIELD_SOURCES: Record<string, string> = {
  license: 'hub-docs modelcard.md and docs/hub/repositories-licenses.md',
  license_name: 'hub-docs docs/hub/repositories-licenses.md',
  license_link: 'hub-docs docs/hub/repositories-licenses.md',
  library_name: 'hub-docs modelcard.md; huggingface.js packages/tasks/src/model-libraries.ts',
  pipeline_tag: 'hub-docs modelcard.md; huggingface.js packages/tasks/src/pipelines.ts',
  'model-index': 'hub-docs modelcard.md (Papers-with-Code model-index format)',
  co2_eq_emissions: 'hub-docs docs/hub/model-cards-co2.md',
  base_model: 'hub-docs docs/hub/model-cards.md; GPAI Code of Practice model documentation form 1.6',
  base_model_relation: 'hub-docs docs/hub/model-cards.md',
};
export const HF_DEFAULT_SOURCE = 'hub-docs modelcard.md';
export const HF_GATED_SOURCE = 'hub-docs docs/hub/models-gated.md';

/** HF keys missing from knowledge/hf-metadata.ts HF_FIELDS that completion still offers. */
export const EXTRA_HF_FIELDS: { key: string; description: string }[] = [
  { key: 'buckets', description: 'Hub storage-bucket ids, e.g. `my-org/my-bucket` (a newer field).' },
];

/** HF keys whose value is a list: completion inserts a block list. */
export const HF_LIST_KEYS: ReadonlySet<string> = new Set(['language', 'tags', 'datasets', 'metrics', 'buckets']);

export const BASE_MODEL_RELATIONS: { id: string; what: string }[] = [
  { id: 'finetune', what: 'Fine-tuned from the base model.' },
  { id: 'adapter', what: 'An adapter (e.g. LoRA) trained on top of the base model.' },
  { id: 'merge', what: 'A merge of several models; list them all in `base_model`.' },
  { id: 'quantized', what: 'A quantized version of the base model.' },
];

/** Common `library_name` values: the libraries shown in the Hub's model filter, from @huggingface/tasks
 * (knowledge/hf-tasks.generated.ts). */
export const LIBRARY_NAMES: readonly { id: string; label: string }[] = HF_FILTER_LIBRARIES;
export const LIBRARY_SOURCE = `@huggingface/tasks ${HF_TASKS_VERSION} (model-libraries.ts)`;
