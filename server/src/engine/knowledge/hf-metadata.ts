// Hugging Face model-card metadata: the `pipeline_tag` tasks and the documented front-matter fields.
// Sources: huggingface/huggingface.js packages/tasks/src/pipelines.ts @ 0057f404 (PIPELINE_DATA, 56 tasks);
// huggingface/hub-docs modelcard.md and docs/hub/model-cards.md @ 242f4a1e (2026-08-22); read 2026-11-28.

export type Modality = 'multimodal' | 'nlp' | 'cv' | 'audio' | 'tabular' | 'rl' | 'other';

export interface PipelineTag {
  id: string;
  name: string;
  modality: Modality;
  /** Generates text, audio, images or video (the EU GPAI indicative criterion's "generative"). */
  generative: boolean;
}

const P = (id: string, name: string, modality: Modality, generative = false): PipelineTag => ({
  id,
  name,
  modality,
  generative,
});

export const PIPELINE_TAGS: readonly PipelineTag[] = [
  P('biology', 'Biology', 'multimodal'),
  P('text-classification', 'Text Classification', 'nlp'),
  P('token-classification', 'Token Classification', 'nlp'),
  P('table-question-answering', 'Table Question Answering', 'nlp'),
  P('question-answering', 'Question Answering', 'nlp'),
  P('zero-shot-classification', 'Zero-Shot Classification', 'nlp'),
  P('translation', 'Translation', 'nlp', true),
  P('summarization', 'Summarization', 'nlp', true),
  P('feature-extraction', 'Feature Extraction', 'nlp'),
  P('text-generation', 'Text Generation', 'nlp', true),
  P('text2text-generation', 'Text2Text Generation', 'nlp', true),
  P('fill-mask', 'Fill-Mask', 'nlp'),
  P('sentence-similarity', 'Sentence Similarity', 'nlp'),
  P('text-to-speech', 'Text-to-Speech', 'audio', true),
  P('text-to-audio', 'Text-to-Audio', 'audio', true),
  P('automatic-speech-recognition', 'Automatic Speech Recognition', 'audio'),
  P('audio-to-audio', 'Audio-to-Audio', 'audio', true),
  P('audio-classification', 'Audio Classification', 'audio'),
  P('audio-text-to-text', 'Audio-Text-to-Text', 'multimodal', true),
  P('voice-activity-detection', 'Voice Activity Detection', 'audio'),
  P('depth-estimation', 'Depth Estimation', 'cv'),
  P('image-classification', 'Image Classification', 'cv'),
  P('object-detection', 'Object Detection', 'cv'),
  P('image-segmentation', 'Image Segmentation', 'cv'),
  P('text-to-image', 'Text-to-Image', 'cv', true),
  P('image-to-text', 'Image-to-Text', 'cv', true),
  P('image-to-image', 'Image-to-Image', 'cv', true),
  P('image-to-video', 'Image-to-Video', 'cv', true),
  P('unconditional-image-generation', 'Unconditional Image Generation', 'cv', true),
  P('video-classification', 'Video Classification', 'cv'),
  P('reinforcement-learning', 'Reinforcement Learning', 'rl'),
  P('robotics', 'Robotics', 'rl'),
  P('tabular-classification', 'Tabular Classification', 'tabular'),
  P('tabular-regression', 'Tabular Regression', 'tabular'),
  P('tabular-to-text', 'Tabular to Text', 'tabular', true),
  P('table-to-text', 'Table to Text', 'nlp', true),
  P('multiple-choice', 'Multiple Choice', 'nlp'),
  P('text-ranking', 'Text Ranking', 'nlp'),
  P('text-retrieval', 'Text Retrieval', 'nlp'),
  P('time-series-forecasting', 'Time Series Forecasting', 'tabular'),
  P('text-to-video', 'Text-to-Video', 'cv', true),
  P('image-text-to-text', 'Image-Text-to-Text', 'multimodal', true),
  P('visual-question-answering', 'Visual Question Answering', 'multimodal', true),
  P('document-question-answering', 'Document Question Answering', 'multimodal', true),
  P('zero-shot-image-classification', 'Zero-Shot Image Classification', 'cv'),
  P('graph-ml', 'Graph Machine Learning', 'other'),
  P('mask-generation', 'Mask Generation', 'cv'),
  P('zero-shot-object-detection', 'Zero-Shot Object Detection', 'cv'),
  P('text-to-3d', 'Text-to-3D', 'cv', true),
  P('image-to-3d', 'Image-to-3D', 'cv', true),
  P('image-feature-extraction', 'Image Feature Extraction', 'cv'),
  P('video-text-to-text', 'Video-Text-to-Text', 'multimodal', true),
  P('keypoint-detection', 'Keypoint Detection', 'cv'),
  P('visual-document-retrieval', 'Visual Document Retrieval', 'multimodal'),
  P('any-to-any', 'Any-to-Any', 'multimodal', true),
  P('other', 'Other', 'other'),
];

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
