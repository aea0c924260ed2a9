// The documentation items the EU AI Act asks of general-purpose AI model providers, and what in a card fills each:
// a disclosure (knowledge/disclosures.ts), a front-matter key or a lead-in label. Sources: Regulation (EU) 2024/1689
// Annex XI §1–§2 and Annex XII (https://eur-lex.europa.eu/eli/reg/2024/1689/oj, text as quoted by
// https://artificialintelligenceact.eu/annex/11/ and /annex/12/), and the GPAI Code of Practice, Transparency chapter,
// Model Documentation Form (10 Jul 2025, https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai; field
// list as in ../shared/reference/domain.md §5.6), read 2026-11-28. An item lists a source only where that source
// really answers it: "number of data points" is not filled by a "## Training Data" heading.
import type { DisclosureId } from './disclosures.js';

export type EuSectionId = 'annex-xi-1' | 'annex-xi-2' | 'annex-xii' | 'cop-mdf';

export interface EuItem {
  /** Stable id, e.g. `annex-xi-1.1d`. */
  readonly id: string;
  /** The point as the text numbers it, e.g. `1(d)`. */
  readonly ref: string;
  readonly title: string;
  /** Disclosures that fill it, best first; the first one's `undisclosed-*` rule asks for it. */
  readonly disclosures?: readonly DisclosureId[];
  /** Lead-in labels (`**Model Release Date:** …`) that fill it. */
  readonly labels?: RegExp;
  /** Front-matter keys that fill it. */
  readonly frontMatter?: readonly string[];
  /** The model's name (`model_name`, `model-index`, the title heading). */
  readonly modelName?: boolean;
}

export interface EuSection {
  readonly id: EuSectionId;
  readonly title: string;
  readonly source: string;
  /** Only for models presumed to have systemic risk (Art. 51(2): over 10^25 FLOP of training compute). */
  readonly systemicOnly?: boolean;
  readonly items: readonly EuItem[];
}

const RELEASE_DATE = /^(?:model )?release date$|^released?(?: on)?$/i;
const DEVELOPER = /^(?:model )?developers?$|^developed by$|^(?:model )?provider$/i;
const CONTEXT = /^(?:context (?:length|window|size)|max(?:imum)? (?:input|sequence) length)$/i;
const PARAMETERS = /^(?:params|parameters|number of parameters|model size|parameter count)$/i;
const MODALITY_IN = /^input(?: modalit(?:y|ies))?$/i;
const MODALITY_OUT = /^output(?: modalit(?:y|ies))?$/i;

const XI = 'https://artificialintelligenceact.eu/annex/11/';
const XII = 'https://artificialintelligenceact.eu/annex/12/';
const COP = 'https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai';

export const EU_SECTIONS: readonly EuSection[] = [
  {
    id: 'annex-xi-1',
    title: 'Annex XI, Section 1: technical documentation (all GPAI models)',
    source: XI,
    items: [
      {
        id: 'annex-xi-1.1a',
        ref: '1(a)',
        title: 'Tasks the model is intended to perform; type and nature of AI systems it can be integrated into',
        disclosures: ['intended-use'],
        frontMatter: ['pipeline_tag'],
      },
      {
        id: 'annex-xi-1.1b',
        ref: '1(b)',
        title: 'Acceptable use policies applicable',
        disclosures: ['out-of-scope-use'],
      },
      {
        id: 'annex-xi-1.1c',
        ref: '1(c)',
        title: 'Date of release and methods of distribution',
        labels: RELEASE_DATE,
      },
      {
        id: 'annex-xi-1.1d',
        ref: '1(d)',
        title: 'Architecture and number of parameters',
        disclosures: ['architecture'],
      },
      {
        id: 'annex-xi-1.1e',
        ref: '1(e)',
        title: 'Modality (e.g. text, image) and format of inputs and outputs',
        labels: MODALITY_IN,
        frontMatter: ['pipeline_tag'],
      },
      { id: 'annex-xi-1.1f', ref: '1(f)', title: 'The licence', disclosures: ['license'] },
      {
        id: 'annex-xi-1.2a',
        ref: '2(a)',
        title: 'Technical means (instructions of use, infrastructure, tools) required for integration into AI systems',
        frontMatter: ['library_name'],
      },
      {
        id: 'annex-xi-1.2b',
        ref: '2(b)',
        title: 'Design specifications of the model and training process: methodologies, key design choices, rationale',
        disclosures: ['training-procedure', 'architecture'],
      },
      {
        id: 'annex-xi-1.2c',
        ref: '2(c)',
        title: 'Data used for training, testing and validation: type, provenance, curation, selection, bias detection',
        disclosures: ['training-data'],
        frontMatter: ['datasets'],
      },
      {
        id: 'annex-xi-1.2d',
        ref: '2(d)',
        title: 'Computational resources used to train the model (e.g. floating point operations), training time',
        disclosures: ['compute'],
      },
      {
        id: 'annex-xi-1.2e',
        ref: '2(e)',
        title: 'Known or estimated energy consumption of the model',
        disclosures: ['environmental-impact'],
        frontMatter: ['co2_eq_emissions'],
      },
    ],
  },
  {
    id: 'annex-xi-2',
    title: 'Annex XI, Section 2: additional information (GPAI models with systemic risk)',
    source: XI,
    systemicOnly: true,
    items: [
      {
        id: 'annex-xi-2.1',
        ref: '1',
        title: 'Evaluation strategies, with evaluation results, criteria, metrics and how limitations are identified',
        disclosures: ['evaluation'],
        frontMatter: ['model-index'],
      },
      {
        id: 'annex-xi-2.2',
        ref: '2',
        title: 'Internal and/or external adversarial testing (e.g. red teaming), model adaptations incl. alignment',
        disclosures: ['safety-evaluation'],
      },
      {
        id: 'annex-xi-2.3',
        ref: '3',
        title: 'System architecture: how software components build on or feed into each other',
        disclosures: ['architecture'],
      },
    ],
  },
  {
    id: 'annex-xii',
    title: 'Annex XII: transparency information for downstream providers',
    source: XII,
    items: [
      {
        id: 'annex-xii.1a',
        ref: '1(a)',
        title: 'Tasks the model is intended to perform; type and nature of AI systems it can be integrated into',
        disclosures: ['intended-use'],
        frontMatter: ['pipeline_tag'],
      },
      {
        id: 'annex-xii.1b',
        ref: '1(b)',
        title: 'Acceptable use policies applicable',
        disclosures: ['out-of-scope-use'],
      },
      { id: 'annex-xii.1c', ref: '1(c)', title: 'Date of release and methods of distribution', labels: RELEASE_DATE },
      {
        id: 'annex-xii.1d',
        ref: '1(d)',
        title: 'How the model interacts with hardware or software that is not part of the model',
      },
      { id: 'annex-xii.1e', ref: '1(e)', title: 'Versions of relevant software', frontMatter: ['library_name'] },
      {
        id: 'annex-xii.1f',
        ref: '1(f)',
        title: 'Architecture and number of parameters',
        disclosures: ['architecture'],
      },
      {
        id: 'annex-xii.1g',
        ref: '1(g)',
        title: 'Modality (e.g. text, image) and format of inputs and outputs',
        labels: MODALITY_IN,
        frontMatter: ['pipeline_tag'],
      },
      { id: 'annex-xii.1h', ref: '1(h)', title: 'The licence', disclosures: ['license'] },
      {
        id: 'annex-xii.2a',
        ref: '2(a)',
        title: 'Technical means (instructions of use, infrastructure, tools) required for integration',
        frontMatter: ['library_name'],
      },
      {
        id: 'annex-xii.2b',
        ref: '2(b)',
        title: 'Modality and format of inputs and outputs and their maximum size (e.g. context window length)',
        labels: CONTEXT,
      },
      {
        id: 'annex-xii.2c',
        ref: '2(c)',
        title: 'Data used for training, testing and validation: type, provenance and curation methodologies',
        disclosures: ['training-data'],
        frontMatter: ['datasets'],
      },
    ],
  },
  {
    id: 'cop-mdf',
    title: 'GPAI Code of Practice, Transparency chapter: Model Documentation Form',
    source: COP,
    items: [
      { id: 'cop-mdf.1.1', ref: '1.1', title: 'Legal name of the model provider', labels: DEVELOPER },
      {
        id: 'cop-mdf.1.2',
        ref: '1.2',
        title: 'Model name: unique identifier and the publicly available versions covered',
        modelName: true,
      },
      { id: 'cop-mdf.1.3', ref: '1.3', title: 'Model authenticity (e.g. secure hash of the binaries, endpoint URL)' },
      {
        id: 'cop-mdf.1.4',
        ref: '1.4',
        title: 'Release date (first release through any channel)',
        labels: RELEASE_DATE,
      },
      { id: 'cop-mdf.1.5', ref: '1.5', title: 'Union market release date' },
      {
        id: 'cop-mdf.1.6',
        ref: '1.6',
        title: 'Model dependencies: the GPAI models it was modified or fine-tuned from',
        frontMatter: ['base_model'],
      },
      { id: 'cop-mdf.2.1', ref: '2.1', title: 'Model architecture (about 20 words)', disclosures: ['architecture'] },
      {
        id: 'cop-mdf.2.2',
        ref: '2.2',
        title: 'Design specifications (about 100 words)',
        disclosures: ['training-procedure', 'architecture'],
      },
      {
        id: 'cop-mdf.2.3',
        ref: '2.3',
        title: 'Input modalities, each with its maximum input size',
        labels: MODALITY_IN,
        frontMatter: ['pipeline_tag'],
      },
      {
        id: 'cop-mdf.2.4',
        ref: '2.4',
        title: 'Output modalities, with maximum output size',
        labels: MODALITY_OUT,
        frontMatter: ['pipeline_tag'],
      },
      {
        id: 'cop-mdf.2.5',
        ref: '2.5',
        title: 'Total model size: number of parameters to at least two significant figures',
        labels: PARAMETERS,
      },
      { id: 'cop-mdf.3.1', ref: '3.1', title: 'Distribution channels' },
      { id: 'cop-mdf.3.2', ref: '3.2', title: 'Licence', disclosures: ['license'] },
      {
        id: 'cop-mdf.4.1',
        ref: '4.1',
        title: 'Acceptable use policy (link), or a statement that there is none',
        disclosures: ['out-of-scope-use'],
      },
      {
        id: 'cop-mdf.4.2',
        ref: '4.2',
        title: 'Intended uses, or restricted / prohibited uses',
        disclosures: ['intended-use', 'out-of-scope-use'],
      },
      {
        id: 'cop-mdf.4.3',
        ref: '4.3',
        title: 'Type and nature of AI systems it can be integrated into',
        disclosures: ['intended-use'],
        frontMatter: ['pipeline_tag'],
      },
      {
        id: 'cop-mdf.4.4',
        ref: '4.4',
        title: 'Technical means for integration',
        frontMatter: ['library_name'],
      },
      { id: 'cop-mdf.4.5', ref: '4.5', title: 'Required hardware' },
      { id: 'cop-mdf.4.6', ref: '4.6', title: 'Required software', frontMatter: ['library_name'] },
      {
        id: 'cop-mdf.5.1',
        ref: '5.1',
        title: 'Design specification of the training process',
        disclosures: ['training-procedure'],
      },
      { id: 'cop-mdf.5.2', ref: '5.2', title: 'Decision rationale for the training process' },
      {
        id: 'cop-mdf.6.1',
        ref: '6.1',
        title: 'Training, testing and validation data: type / modality and provenance',
        disclosures: ['training-data'],
        frontMatter: ['datasets'],
      },
      { id: 'cop-mdf.6.2', ref: '6.2', title: 'How the data was obtained and selected' },
      { id: 'cop-mdf.6.3', ref: '6.3', title: 'Number of data points' },
      { id: 'cop-mdf.6.4', ref: '6.4', title: 'Scope and main characteristics of the data' },
      { id: 'cop-mdf.6.5', ref: '6.5', title: 'Curation methodologies' },
      { id: 'cop-mdf.6.6', ref: '6.6', title: 'Measures to detect unsuitable data sources' },
      { id: 'cop-mdf.6.7', ref: '6.7', title: 'Measures to detect identifiable biases' },
      {
        id: 'cop-mdf.7.1',
        ref: '7.1',
        title: 'Training time and amount of computation, and how it was measured',
        disclosures: ['compute'],
      },
      {
        id: 'cop-mdf.8.1',
        ref: '8.1',
        title: 'Energy used for training, and the methodology',
        disclosures: ['environmental-impact'],
        frontMatter: ['co2_eq_emissions'],
      },
      { id: 'cop-mdf.8.2', ref: '8.2', title: 'Benchmarked inference compute' },
      {
        id: 'cop-mdf.contact',
        ref: 'Commitment',
        title: 'Public contact for documentation requests',
        disclosures: ['contact'],
      },
    ],
  },
];

/** How a finding's message names each section's items, briefly (`Annex XI §1 1(d)`). */
export const EU_SECTION_SHORT: Readonly<Record<EuSectionId, string>> = {
  'annex-xi-1': 'Annex XI §1',
  'annex-xi-2': 'Annex XI §2',
  'annex-xii': 'Annex XII',
  'cop-mdf': 'Model Documentation Form',
};

/** The rule that asks for an item: the `undisclosed-*` rule of its first disclosure, or null when no rule checks it.
 * The export names it for a missing item, and the `eu-gpai` profile links that rule's findings back to the item. */
export function euItemRule(item: EuItem): string | null {
  return item.disclosures?.length ? `undisclosed-${item.disclosures[0]}` : null;
}
