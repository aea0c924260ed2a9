// How the 12 Eiras et al. pipeline components (components.ts) map onto the 17 MOF components (mof-components.ts),
// for writing a MOF manifest from a card (docs/mof-mapping.md). Sources: domain.md §1.2 and §2.1 (Eiras site
// @ 159a7bc2; MOT mof.settings.yml @ 8b5d30e9), read 2026-11-28. The reverse direction is the engine's existing
// MOF_TO_EIRAS (analyze/manifest-openness.ts): every pair here whose `roundTrip` is true is one of its entries.

export interface EirasToMof {
  /** Eiras component id. */
  readonly eiras: string;
  /** MOF component names written for it (empty: no counterpart). */
  readonly mof: readonly string[];
  /** The manifest reader maps the first MOF name back to this component. */
  readonly roundTrip: boolean;
  /** Why, or what is lost. */
  readonly note: string;
}

export const EIRAS_TO_MOF: readonly EirasToMof[] = [
  {
    eiras: 'pretraining_code',
    mof: ['Training code'],
    roundTrip: true,
    note: 'MOF has one training-code component; pre-training code is the code that trains the model.',
  },
  {
    eiras: 'finetuning_code',
    mof: [],
    roundTrip: false,
    note: 'MOF does not separate fine-tuning code from training code; writing it as Training code would read back as pre-training code.',
  },
  {
    eiras: 'alignment_code',
    mof: [],
    roundTrip: false,
    note: 'MOF has no alignment-code component.',
  },
  {
    eiras: 'pretraining_data',
    mof: ['Datasets'],
    roundTrip: true,
    note: 'MOF Datasets are the training, validation and testing datasets.',
  },
  {
    eiras: 'sft_data',
    mof: [],
    roundTrip: false,
    note: 'MOF does not separate fine-tuning data from Datasets; writing it as Datasets would read back as pre-training data.',
  },
  {
    eiras: 'alignment_data',
    mof: [],
    roundTrip: false,
    note: 'MOF has no preference / alignment data component.',
  },
  {
    eiras: 'evaluation_code',
    mof: ['Evaluation code'],
    roundTrip: true,
    note: 'Same artefact in both frameworks.',
  },
  {
    eiras: 'safety_evaluation_code',
    mof: [],
    roundTrip: false,
    note: 'MOF does not separate safety evaluation from evaluation code.',
  },
  {
    eiras: 'evaluation_data',
    mof: ['Evaluation data'],
    roundTrip: true,
    note: 'Same artefact in both frameworks.',
  },
  {
    eiras: 'safety_evaluation_data',
    mof: [],
    roundTrip: false,
    note: 'MOF does not separate safety evaluation data from evaluation data.',
  },
  {
    eiras: 'inference_code',
    mof: ['Inference code'],
    roundTrip: true,
    note: 'Same artefact in both frameworks.',
  },
  {
    eiras: 'weights',
    mof: ['Model parameters (Final)', 'Model architecture'],
    roundTrip: true,
    note: 'The Eiras component is "Model Architecture and Weights": both MOF components get its status and licence.',
  },
];

/** MOF components no Eiras component fills. Three are documents the card itself is or holds (MOT README: evaluation
 * results may sit in the model card; a model card with the data information stands in for the data card). */
export const MOF_WITHOUT_EIRAS: readonly { name: string; fromCard: 'card' | 'evaluation' | 'training-data' | null }[] =
  [
    { name: 'Model card', fromCard: 'card' },
    { name: 'Evaluation results', fromCard: 'evaluation' },
    { name: 'Data card', fromCard: 'training-data' },
    { name: 'Data preprocessing code', fromCard: null },
    { name: 'Model parameters (Intermediate)', fromCard: null },
    { name: 'Model metadata', fromCard: null },
    { name: 'Supporting libraries and tools', fromCard: null },
    { name: 'Technical report', fromCard: null },
    { name: 'Research paper', fromCard: null },
    { name: 'Sample model outputs', fromCard: null },
  ];
