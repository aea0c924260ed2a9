// Hugging Face model-card metadata: the `pipeline_tag` tasks and the documented front-matter fields.
// Sources: the tasks from @huggingface/tasks itself (hf-tasks.generated.ts, with the package version);
// huggingface/hub-docs modelcard.md and docs/hub/model-cards.md @ 242f4a1e (2026-08-22); read 2026-11-28.
import { HF_PIPELINES } from './hf-tasks.generated.js';

export type Modality = 'multimodal' | 'nlp' | 'cv' | 'audio' | 'tabular' | 'rl' | 'other';

export interface PipelineTag {
  id: string;
  name: string;
  modality: Modality;
  /** Generates text, audio, images or video (the EU GPAI indicative criterion's "generative"). */
  generative: boolean;
}

/** Tasks whose output is generated text, audio, images, video or 3D (the EU GPAI indicative criterion's
 * "generative"): our classification of the Hub's tasks. test/unit/hf-tasks-drift.test.mjs fails when the package
 * gains a task, so each new one is classified here on purpose. */
export const GENERATIVE_TASKS: ReadonlySet<string> = new Set([
  'translation',
  'summarization',
  'text-generation',
  'text-to-speech',
  'text-to-audio',
  'audio-to-audio',
  'audio-text-to-text',
  'text-to-image',
  'image-to-text',
  'image-to-image',
  'image-to-video',
  'unconditional-image-generation',
  'tabular-to-text',
  'table-to-text',
  'text-to-video',
  'image-text-to-text',
  'image-text-to-image',
  'image-text-to-video',
  'visual-question-answering',
  'document-question-answering',
  'text-to-3d',
  'image-to-3d',
  'video-text-to-text',
  'any-to-any',
  'video-to-video',
]);

/** Every task the Hub knows, from its own package (knowledge/hf-tasks.generated.ts, scripts/gen-hf-tasks.mjs). */
export const PIPELINE_TAGS: readonly PipelineTag[] = HF_PIPELINES.map((p) => ({
  id: p.id,
  name: p.name,
  modality: p.modality as Modality,
  generative: GENERATIVE_TASKS.has(p.id),
}));

export const PIPELINE_TAG_IDS = PIPELINE_TAGS.map((p) => p.id);
const tagById = new Map(PIPELINE_TAGS.map((p) => [p.id, p]));
export function getPipelineTag(id: string): PipelineTag | undefined {
  return tagById.get(id);
}

export interface HfField {
  key: string;
  description: string;
}

/** Front-matter fields documented in hub-docs `modelcard.md` (descriptions shortened for hovers). */
export const HF_FIELDS: readonly HfField[] = [
  {
    key: 'language',
    description:
      "ISO 639-1 language code(s) of the data the model handles, e.g. `en`. Quote `no` (Norwegian): YAML 1.1 readers such as the Hub's parse a bare `no` as false.",
  },
  {
    key: 'license',
    description:
      "One of the Hub's licence identifiers (e.g. `apache-2.0`), or `other` together with `license_name` and `license_link`.",
  },
  { key: 'license_name', description: 'Identifier of a custom licence when `license: other`, e.g. `my-license-1.0`.' },
  {
    key: 'license_link',
    description: 'Where the custom licence text lives: `LICENSE`/`LICENSE.md` in the repo or a URL.',
  },
  {
    key: 'library_name',
    description:
      'Library that loads the model, e.g. `transformers`. Since Aug 2024 the Hub no longer assumes transformers from a bare config.json.',
  },
  { key: 'tags', description: 'Free-form tags; `not-for-all-audiences` triggers a content warning.' },
  {
    key: 'datasets',
    description:
      'Hub ids of the training datasets, e.g. `HuggingFaceFW/fineweb`. Also used to infer the pre-training data component.',
  },
  { key: 'metrics', description: 'Metric ids from hf.co/metrics.' },
  {
    key: 'base_model',
    description:
      'Hub id(s) of the parent model; a list for merges. A model dependency in the EU Code of Practice form (1.6).',
  },
  {
    key: 'base_model_relation',
    description: 'Optional explicit relation to the base model: adapter, merge, quantized or finetune.',
  },
  { key: 'new_version', description: 'Hub id of a newer version of this model.' },
  {
    key: 'pipeline_tag',
    description:
      "The task (one of the Hub's 56 pipeline types), e.g. `text-generation`. Generative tasks are a stage signal.",
  },
  { key: 'thumbnail', description: 'URL of a social preview image.' },
  { key: 'model_name', description: 'Model name used when building `model-index`.' },
  {
    key: 'model-index',
    description:
      'Structured evaluation results: a list of `{name, results: [{task: {type}, dataset: {type, name}, metrics: [{type, value}], source: {url}}]}`.',
  },
  {
    key: 'co2_eq_emissions',
    description:
      'Training emissions in grams of CO2eq: a number or `{emissions, source, training_type, geographical_location, hardware_used}`.',
  },
  { key: 'gated', description: 'Require users to accept conditions before downloading.' },
  { key: 'extra_gated_prompt', description: 'Text shown on the gating form.' },
  { key: 'extra_gated_fields', description: 'Extra fields on the gating form.' },
  { key: 'extra_gated_heading', description: 'Heading of the gating form.' },
  { key: 'extra_gated_description', description: 'Description on the gating form.' },
  { key: 'extra_gated_button_content', description: "Label of the gating form's button." },
  { key: 'extra_gated_eu_disallowed', description: 'Block access from the EU (only when the model is gated).' },
  { key: 'widget', description: "Example inputs for the Hub's inference widget." },
  { key: 'inference', description: "Whether (and with which parameters) the Hub's inference widget runs." },
];

const fieldByKey = new Map(HF_FIELDS.map((f) => [f.key, f]));
export function getHfField(key: string): HfField | undefined {
  return fieldByKey.get(key);
}

/** The template's placeholder for unfilled fields (huggingface_hub templates/modelcard_template.md). */
export const TEMPLATE_PLACEHOLDER = '[More Information Needed]';
export const TEMPLATE_DEFAULT_RECOMMENDATION =
  'Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.';
