// The model-card front matter defined once in zod: every Hugging Face key of hub-docs `modelcard.md` plus this
// project's extension keys `openness:`, `stage:` and `risk_assessment:` (schemas/card-front-matter.schema.json). schemas/card-front-matter
// .schema.json is generated from it (scripts/gen-schemas.mjs); rules validate with it; `.describe()` texts double as
// hover and completion docs. Sources: hub-docs modelcard.md, docs/hub/model-cards.md, model-cards-co2.md,
// models-gated.md @ 242f4a1e; huggingface_hub repocard_data.py (EvalResult); docs/references.md#hugging-face-model-cards
import { z } from 'zod';
import { OPENNESS_COMPONENTS, STATUS_WORDS } from '../knowledge/components.js';
import { PIPELINE_TAG_IDS } from '../knowledge/hf-metadata.js';
import { HF_LICENSE_IDS } from '../knowledge/licenses/index.js';
import { ASSESSMENT_STATUSES, RISK_AREAS } from '../knowledge/risk-areas.js';
import { STAGES } from '../knowledge/stages.js';

const tuple = (values: readonly string[]) => values as unknown as [string, ...string[]];
const stringOrList = (what: string) => z.union([z.string(), z.array(z.string())]).describe(what);
const stringList = (what: string) => z.array(z.string()).describe(what);

// ---------------------------------------------------------------- Hugging Face keys

export const hfLicenseSchema = z
  .enum(tuple(HF_LICENSE_IDS))
  .describe(
    "One of the Hub's 83 licence identifiers (hf.co/docs/hub/repositories-licenses), e.g. `apache-2.0`, `mit`, `llama3.1`. For anything else write `license: other` with `license_name` and `license_link`.",
  );

export const pipelineTagSchema = z
  .enum(tuple(PIPELINE_TAG_IDS))
  .describe(
    "The model's task, one of the Hub's 56 pipeline types (huggingface.js `PIPELINE_DATA`), e.g. `text-generation`. It drives the Hub's widget and search filters.",
  );

export const baseModelRelationSchema = z
  .enum(['adapter', 'merge', 'quantized', 'finetune'])
  .describe('How this model derives from `base_model`; the Hub infers it when absent.');

const modelIndexTaskSchema = z
  .looseObject({
    type: z.string().describe('Required. The task id, e.g. `automatic-speech-recognition`.'),
    name: z.string().optional().describe('Optional. Pretty task name, e.g. `Speech Recognition`.'),
  })
  .describe('The task evaluated.');

const modelIndexDatasetSchema = z
  .looseObject({
    type: z.string().describe('Required. Hub dataset id, e.g. `common_voice`.'),
    name: z.string().describe('Required. A pretty name for the dataset, e.g. `Common Voice (French)`.'),
    config: z.string().optional().describe('Optional. The subset passed to `load_dataset()`, e.g. `fr`.'),
    split: z.string().optional().describe('Optional. The split evaluated, e.g. `test`.'),
    revision: z.string().optional().describe('Optional. The dataset revision (a commit hash).'),
    args: z.record(z.string(), z.unknown()).optional().describe('Optional. Additional arguments to `load_dataset()`.'),
  })
  .describe('The dataset evaluated on.');

const modelIndexMetricSchema = z
  .looseObject({
    type: z.string().describe('Required. Metric id from hf.co/metrics, e.g. `wer`.'),
    value: z
      .union([z.number(), z.string()])
      .describe('Required. The value, e.g. `20.90`; a string such as `"20.0 ± 1.2"` is also accepted.'),
    name: z.string().optional().describe('Optional. Pretty metric name, e.g. `Test WER`.'),
    config: z.string().optional().describe('Optional. The metric configuration passed to `load_metric()`.'),
    args: z.record(z.string(), z.unknown()).optional().describe('Optional. Arguments passed to `Metric.compute()`.'),
    verified: z.boolean().optional().describe('Set by the Hub: whether the result was produced by Hugging Face.'),
    verifyToken: z
      .string()
      .optional()
      .describe('Optional. A signature proving that Hugging Face generated the evaluation.'),
  })
  .describe('One metric result.');

const modelIndexSourceSchema = z
  .looseObject({
    name: z.string().optional().describe('Optional. Name of the source, e.g. `Open LLM Leaderboard`.'),
    url: z.string().describe('Required when `source` is given. A link to the source of the result.'),
  })
  .describe('Optional. Where the result comes from; needs a `url`.');

export const modelIndexResultSchema = z
  .looseObject({
    task: modelIndexTaskSchema,
    dataset: modelIndexDatasetSchema,
    metrics: z
      .array(modelIndexMetricSchema)
      .min(1)
      .describe('Required. The metrics measured: `- {type, value}` items.'),
    source: modelIndexSourceSchema.optional(),
  })
  .describe('One evaluation result: a task, a dataset and its metrics.');

export const modelIndexSchema = z
  .array(
    z
      .looseObject({
        name: z.string().describe("Required. The model's name, as shown with its results."),
        results: z.array(modelIndexResultSchema).describe('Required. The evaluation results.'),
      })
      .describe('One model and its results.'),
  )
  .describe(
    'Structured evaluation results (Papers-with-Code model-index format): a list of `{name, results: [{task: {type}, dataset: {type, name}, metrics: [{type, value}], source: {url}}]}`.',
  );

export const co2TrainingTypeSchema = z
  .enum(['pre-training', 'fine-tuning'])
  .describe('Which training the emissions are for: `pre-training` or `fine-tuning`.');

export const co2MappingSchema = z
  .looseObject({
    emissions: z.number().min(0).describe('Required. Emissions in **grams** of CO2eq (not kg or tonnes).'),
    source: z.string().optional().describe('Where the figure comes from, e.g. a paper or `CodeCarbon`.'),
    training_type: co2TrainingTypeSchema.optional(),
    geographical_location: z.string().optional().describe('Where training ran, e.g. `Orsay, France`.'),
    hardware_used: z.string().optional().describe('Hardware used, e.g. `384 A100 80GB GPUs`.'),
  })
  .describe('Training emissions with their context.');

export const co2Schema = z
  .union([z.number().min(0).describe('Emissions in grams of CO2eq.'), co2MappingSchema])
  .describe(
    'Training emissions in grams of CO2eq: a number, or `{emissions, source, training_type, geographical_location, hardware_used}` (hf.co/docs/hub/model-cards-co2).',
  );

// ---------------------------------------------------------------- extension keys (schemas/card-front-matter.schema.json)

export const statusWordSchema = z
  .enum(tuple(STATUS_WORDS))
  .describe(
    '`released` (public, see its licence), `closed` (not public in any form), `api` (API access only), `not-applicable` (the component does not exist for this model) or `unknown`.',
  )
  .meta({ id: 'componentStatus' });

export const permissionsSchema = z
  .strictObject({
    research: z.boolean().optional().describe('Can the component be used for research?'),
    commercial: z.boolean().optional().describe('Can it be used for any commercial purpose?'),
    modify: z.boolean().optional().describe('Can it be modified as desired (with notice)?'),
    copyright_derivatives: z.boolean().optional().describe('Can a derivative work be copyrighted?'),
    relicense_derivatives: z.boolean().optional().describe('May a publicly shared derivative use another licence?'),
  })
  .describe(
    'The five yes/no permissions of the Eiras et al. licence rubric (one grade point each); state them for `license: other` or a custom licence.',
  )
  .meta({ id: 'licencePermissions' });

export const componentMappingSchema = z
  .strictObject({
    status: statusWordSchema.optional(),
    license: z
      .string()
      .optional()
      .describe(
        "The component's licence: a Hub id (`apache-2.0`), an SPDX id (`Apache-2.0`) or `other` with `permissions`.",
      ),
    url: z.string().optional().describe('Where the component can be obtained (repository, dataset page, paper).'),
    permissions: permissionsSchema.optional(),
    notes: z.string().optional().describe('Free-text notes shown in hovers and reports.'),
  })
  .describe('A component declared in detail: `{status, license, url, permissions, notes}`.')
  .meta({ id: 'componentMapping' });

const licenseIdValue = z
  .string()
  .describe('A licence id: the component is released under it, e.g. `llama3` or `mit`.')
  .meta({ id: 'componentLicence' });

export const componentValueSchema = z
  .union([statusWordSchema, licenseIdValue, componentMappingSchema])
  .describe(
    'A status word (`released`, `closed`, `api`, `not-applicable`, `unknown`), a licence id, or `{status, license, url, permissions, notes}`.',
  )
  .meta({ id: 'componentValue' });

const componentShape: Record<string, z.ZodOptional<typeof componentValueSchema>> = {};
for (const c of OPENNESS_COMPONENTS) {
  componentShape[c.id] = componentValueSchema
    .optional()
    .describe(
      `${c.description.replace(/\.$/, '')} (${c.stage} ${c.kind}, graded ${c.kind === 'code' ? 'C' : 'D'}1–5). ${c.why}`,
    );
}

export const opennessSchema = z
  .strictObject(componentShape)
  .describe(
    'How open each of the 12 pipeline components of Eiras et al. (2024) is: every key optional; a value is a status word, a licence id, or a mapping. Grades 1 (closed) to 5 (restriction-free).',
  );

export const stageSchema = z
  .enum(tuple(STAGES.map((s) => s.id)))
  .describe(`The development stage (Eiras et al.): ${STAGES.map((s) => `\`${s.id}\`: ${s.definition}`).join(' ')}`);

export const assessmentStatusSchema = z
  .enum(tuple(ASSESSMENT_STATUSES))
  .describe(
    '`assessed` (with evidence and mitigations), `not-applicable` (with a justification), `unassessed` or `in-progress`.',
  )
  .meta({ id: 'assessmentStatus' });

export const riskEntryMappingSchema = z
  .strictObject({
    status: assessmentStatusSchema,
    summary: z.string().optional().describe('What was found, in a sentence or two.'),
    evidence: z
      .array(z.string())
      .optional()
      .describe('Links or references backing the assessment (evaluation reports, red-team results).'),
    mitigations: z.array(z.string()).optional().describe('What was done about the risks found.'),
    justification: z
      .string()
      .optional()
      .describe('Why the area does not apply (needed with `status: not-applicable`).'),
  })
  .describe('An assessed area: `{status, summary, evidence: [...], mitigations: [...], justification}`.')
  .meta({ id: 'riskEntryMapping' });

export const riskEntrySchema = z
  .union([assessmentStatusSchema, riskEntryMappingSchema])
  .describe('A status word or `{status, summary, evidence, mitigations, justification}`.')
  .meta({ id: 'riskEntry' });

const areaShape: Record<string, z.ZodOptional<typeof riskEntrySchema>> = {};
for (const a of RISK_AREAS) {
  areaShape[a.id] = riskEntrySchema.optional().describe(`${a.title}: ${a.risks} Evidence: ${a.evidence}`);
}

export const riskAssessmentSchema = z
  .strictObject(areaShape)
  .describe(
    'The four impact areas of Eiras et al. (2024): research & innovation, safety & security, equity & access, broader society. Each is a status word or a mapping with evidence and mitigations.',
  );

// ---------------------------------------------------------------- the whole front matter

export const cardFrontMatterSchema = z
  .looseObject({
    language: stringOrList(
      'ISO 639-1 code(s) of the languages the model handles, e.g. `en` or `[en, fr]`. Quote `"no"` (Norwegian): YAML 1.1 readers such as the Hub\'s read a bare `no` as false.',
    ).optional(),
    license: hfLicenseSchema.optional(),
    license_name: z
      .string()
      .optional()
      .describe('Id of a custom licence when `license: other`, e.g. `my-license-1.0`.'),
    license_link: z
      .string()
      .optional()
      .describe(
        'Where the custom licence text lives when `license: other`: `LICENSE` / `LICENSE.md` in the repo, or a URL.',
      ),
    library_name: z
      .string()
      .optional()
      .describe(
        'Library that loads the model, e.g. `transformers`, `diffusers`, `keras` (huggingface.js `model-libraries.ts`). Since Aug 2024 the Hub no longer assumes transformers from a bare config.json.',
      ),
    tags: stringList('Free-form tags; `not-for-all-audiences` triggers a content warning.').optional(),
    datasets: stringList('Hub ids of the training datasets, e.g. `HuggingFaceFW/fineweb`.').optional(),
    buckets: stringList('Hub storage-bucket ids, e.g. `my-org/my-bucket`.').optional(),
    metrics: stringList('Metric ids from hf.co/metrics, e.g. `wer`, `accuracy`.').optional(),
    base_model: stringOrList(
      'Hub id(s) of the parent model, e.g. `meta-llama/Llama-3.1-8B`; a list for merges.',
    ).optional(),
    base_model_relation: baseModelRelationSchema.optional(),
    new_version: z.string().optional().describe('Hub id of a newer version of this model.'),
    pipeline_tag: pipelineTagSchema.optional(),
    thumbnail: z.string().optional().describe('URL of the social preview image.'),
    model_name: z.string().optional().describe('Model name used when building `model-index`.'),
    'model-index': modelIndexSchema.optional(),
    co2_eq_emissions: co2Schema.optional(),
    gated: z
      .union([z.boolean(), z.enum(['auto', 'manual'])])
      .optional()
      .describe(
        'Require users to accept conditions before downloading: `true` (automatic approval), `auto` or `manual`.',
      ),
    extra_gated_prompt: z.string().optional().describe('Text shown on the gating form.'),
    extra_gated_fields: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'Extra fields of the gating form: label → `text`, `checkbox`, `date_picker`, `country` or `{type: select, options: [...]}`.',
      ),
    extra_gated_heading: z.string().optional().describe('Heading of the gating form.'),
    extra_gated_description: z.string().optional().describe('Description on the gating form.'),
    extra_gated_button_content: z.string().optional().describe("Label of the gating form's button."),
    extra_gated_eu_disallowed: z
      .boolean()
      .optional()
      .describe('Block access from the EU (works only when the model is gated).'),
    widget: z.unknown().optional().describe('Example inputs for the Hub\'s inference widget, e.g. `- text: "Hello"`.'),
    inference: z
      .union([
        z.boolean(),
        z.looseObject({
          parameters: z
            .record(z.string(), z.unknown())
            .optional()
            .describe('Generation parameters for the widget, e.g. `temperature: 0.7`.'),
        }),
      ])
      .optional()
      .describe("Whether (`false` turns it off) and with which `parameters` the Hub's inference widget runs."),
    openness: opennessSchema.optional(),
    stage: stageSchema.optional(),
    risk_assessment: riskAssessmentSchema.optional(),
  })
  .describe(
    "Model card front matter: the Hugging Face metadata keys plus Model Card Lint's `openness:`, `stage:` and `risk_assessment:`. Other keys are allowed.",
  );

export type CardFrontMatter = z.infer<typeof cardFrontMatterSchema>;
