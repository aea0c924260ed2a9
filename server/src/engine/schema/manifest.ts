// The MOF release manifest (`model.yml`) defined once in zod: MOT's schema/mof_schema.json (docs/references.md#model-openness-framework, as at
// lfai/model_openness_tool 8b5d30e9 and shared/corpus/manifests/_schema) tightened where MOT's evaluator is stricter
// than its schema: component names are the 17 exact names, component keys are the five MOT reads. The manifest-schema
// rule validates with it; scripts/gen-schemas.mjs writes schemas/mof-manifest.schema.json from it; `.describe()`
// texts double as hover and completion docs.
import { z } from 'zod';
import { MOF_COMPONENTS } from '../knowledge/mof-components.js';
import { MOF_FRAMEWORK_NAME } from '../parse/manifest.js';

const tuple = (values: readonly string[]) => values as unknown as [string, ...string[]];

/** `release.type` values of MOT's schema ('' = not stated). */
export const MOF_RELEASE_TYPES = [
  '',
  'language',
  'vision',
  'image',
  'audio',
  'video',
  '3d',
  'code',
  'multimodal',
  'other',
] as const;
/** `release.architecture` values of MOT's schema ('' = not stated). */
export const MOF_ARCHITECTURES = [
  '',
  'transformer',
  'transformer decoder',
  'transformer encoder-decoder',
  'decoder',
  'encoder',
  'diffusion',
  'RNN',
  'CNN',
  'LSTM',
  'NeRF',
  'hybrid',
  'undisclosed',
  'other',
] as const;
/** `release.treatment` values of MOT's schema. */
export const MOF_TREATMENTS = ['pre-trained', 'instruct fine-tuned', 'chat fine-tuned'] as const;

/** Keys of MOT's older manifest format (sample_model.yml before `component_path` / `license`) → today's key. */
export const LEGACY_COMPONENT_KEYS: Readonly<Record<string, string>> = {
  license_name: 'license',
  location: 'component_path',
};

const isoDate = (what: string) => z.iso.date().describe(what);

const globalLicenseSchema = (scope: string, applies: string) =>
  z
    .strictObject({
      name: z
        .string()
        .nullable()
        .optional()
        .describe(`The SPDX id of the licence ${applies}, e.g. \`Apache-2.0\`. Empty means no ${scope} licence.`),
      path: z
        .string()
        .nullable()
        .optional()
        .describe('Where the licence text lives (a URL or a path in the repository).'),
    })
    .optional()
    .describe(`Licence ${applies}.`);

export const mofComponentSchema = z
  .strictObject({
    name: z
      .enum(tuple(MOF_COMPONENTS.map((c) => c.name)))
      .describe(
        'Required. One of the 17 MOF component names, written exactly (MOT ignores any other name), e.g. `Model parameters (Final)`.',
      ),
    description: z
      .string()
      .optional()
      .describe("Optional. What this component is; MOT's generator writes the MOF description here."),
    license: z
      .string()
      .optional()
      .describe(
        "Optional. SPDX id of the component's licence (MOT compares it literally), or `unlicensed` when it has none. Absent: inherited from `release.license.<code|data|document>`, then `release.license.distribution`.",
      ),
    license_path: z
      .string()
      .optional()
      .describe('Optional. Where the licence text lives (a URL or a path in the repository).'),
    component_path: z
      .string()
      .optional()
      .describe('Optional. Where the artefact lives (a URL or a path in the repository).'),
  })
  .describe('One released component. Listing it means it is released; leave out what is not released.');

export const mofReleaseLicenseSchema = z
  .looseObject({
    distribution: globalLicenseSchema(
      'distribution',
      'of the whole release: the fallback for every component without its own or a type licence',
    ),
    code: globalLicenseSchema('code', 'for code components that name none'),
    data: globalLicenseSchema('data', 'for data components (datasets, model parameters, metadata) that name none'),
    document: globalLicenseSchema('document', 'for document components (cards, reports, papers) that name none'),
  })
  .describe(
    'Required (may be empty: `license: {}`). Release-wide licences that components inherit when they name none.',
  );

export const mofReleaseSchema = z
  .looseObject({
    name: z.string().min(1).describe("Required. The model's name, e.g. `OLMo-7B`."),
    version: z
      .string()
      .optional()
      .describe("Optional. The model version or size as text, e.g. `'1.0'` or `7B` (quote numbers)."),
    date: isoDate('Optional. Release date, `YYYY-MM-DD`.').optional(),
    license: mofReleaseLicenseSchema,
    type: z
      .enum(tuple(MOF_RELEASE_TYPES))
      .optional()
      .describe(
        "Optional. The model's modality: `language`, `vision`, `image`, `audio`, `video`, `3d`, `code`, `multimodal` or `other` ('' = not stated).",
      ),
    architecture: z
      .enum(tuple(MOF_ARCHITECTURES))
      .optional()
      .describe("Optional. The model architecture, e.g. `transformer decoder`, `diffusion` ('' = not stated)."),
    treatment: z
      .enum(tuple(MOF_TREATMENTS))
      .optional()
      .describe('Optional. Training treatment: `pre-trained`, `instruct fine-tuned` or `chat fine-tuned`.'),
    origin: z.string().optional().describe('Optional. The base model or family this release derives from.'),
    producer: z.string().describe('Required. The organisation or person releasing the model.'),
    contact: z.string().optional().describe('Optional. A contact address or URL.'),
    repository: z.string().optional().describe("Optional. The code repository URL (MOT's serializer writes it)."),
    huggingface: z.string().optional().describe("Optional. The Hugging Face model URL (MOT's serializer writes it)."),
    components: z
      .array(mofComponentSchema)
      .max(MOF_COMPONENTS.length)
      .describe(
        'Required. The released components (at most the 17 MOF components, each once). What is not listed counts as not released.',
      ),
  })
  .describe('The release: model identity, licences and components.');

export const mofFrameworkSchema = z
  .strictObject({
    name: z
      .literal(MOF_FRAMEWORK_NAME)
      .describe(`Required. Always \`${MOF_FRAMEWORK_NAME}\`: tools recognise a manifest by it.`),
    version: z.string().describe("Required. The MOF version as text; every MOT manifest writes `'1.0'`."),
    date: isoDate("Required. The framework version's date, `YYYY-MM-DD` (MOT writes `'2024-12-15'`)."),
  })
  .describe('Which framework the manifest follows.');

export const manifestSchema = z
  .looseObject({
    framework: mofFrameworkSchema,
    release: mofReleaseSchema,
  })
  .describe(
    'A Model Openness Framework release manifest, as read by the LF AI & Data Model Openness Tool (mot.isitopen.ai).',
  );

export type MofManifest = z.infer<typeof manifestSchema>;
