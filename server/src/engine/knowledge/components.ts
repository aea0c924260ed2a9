// The 12 graded pipeline components of Eiras et al. (2024), "Near to Mid-term Risks and Opportunities of
// Open-Source Generative AI", §3. Source: open-source-llms/open-source-llms.github.io `_data/hierarchy.yml` and
// `_includes/llm-taxonomy.html` @ 159a7bc2 (2024-05-16), read 2026-11-28.

export type PipelineStage = 'training' | 'evaluation' | 'deployment';
export type ComponentKind = 'code' | 'data';

export interface OpennessComponent {
  id: string;
  stage: PipelineStage;
  kind: ComponentKind;
  /** Column name on the paper's site. */
  label: string;
  /** Key path in the paper's data files. */
  paperKey: string;
  description: string;
  /** Why it matters, for hovers. */
  why: string;
}

export const OPENNESS_COMPONENTS: readonly OpennessComponent[] = [
  {
    id: 'pretraining_code',
    stage: 'training',
    kind: 'code',
    label: 'Pre-Training',
    paperKey: 'training.code.pretraining',
    description: 'Code that pre-trains the model on its large corpus.',
    why: 'Lets others reproduce and study how capabilities arise; the paper finds it is released far less often than weights.',
  },
  {
    id: 'finetuning_code',
    stage: 'training',
    kind: 'code',
    label: 'Fine-tuning',
    paperKey: 'training.code.finetuning',
    description: 'Code for supervised fine-tuning (SFT).',
    why: 'Needed to reproduce instruction-tuned behaviour and to adapt the model responsibly.',
  },
  {
    id: 'alignment_code',
    stage: 'training',
    kind: 'code',
    label: 'Alignment',
    paperKey: 'training.code.alignment',
    description: 'Code aligning the model to human preferences (RLHF, DPO, …).',
    why: 'Alignment code is never open in the models the paper scored; releasing it enables external safety research.',
  },
  {
    id: 'pretraining_data',
    stage: 'training',
    kind: 'data',
    label: 'Pre-Training',
    paperKey: 'training.data.pretraining',
    description: 'The pre-training corpus.',
    why: 'Data provenance underlies copyright, privacy, bias and contamination analysis (Broader Society, Research & Innovation).',
  },
  {
    id: 'sft_data',
    stage: 'training',
    kind: 'data',
    label: 'Supervised Fine-tuning',
    paperKey: 'training.data.sft',
    description: 'Supervised fine-tuning data.',
    why: 'Shapes model behaviour; needed to audit and reproduce instruction following.',
  },
  {
    id: 'alignment_data',
    stage: 'training',
    kind: 'data',
    label: 'Alignment',
    paperKey: 'training.data.alignment',
    description: 'Preference / alignment data.',
    why: 'Never open in the scored models (paper §4); its release lets others study and improve safety behaviour.',
  },
  {
    id: 'evaluation_code',
    stage: 'evaluation',
    kind: 'code',
    label: 'General Evaluation',
    paperKey: 'evaluation.code.general',
    description: 'Code that runs the utility evaluations.',
    why: 'Makes reported benchmark results reproducible.',
  },
  {
    id: 'safety_evaluation_code',
    stage: 'evaluation',
    kind: 'code',
    label: 'Automatic Safety Evaluation',
    paperKey: 'evaluation.code.safety',
    description: 'Code for automatic safety evaluation (red-teaming harnesses, refusal tests).',
    why: 'Never open in the scored models (observation O1); open safety evaluations enable external scrutiny.',
  },
  {
    id: 'evaluation_data',
    stage: 'evaluation',
    kind: 'data',
    label: 'Utility Internal Benchmarks',
    paperKey: 'evaluation.data.utility',
    description: 'Utility benchmark data (public or held-out).',
    why: 'Lets others check results and train-test contamination.',
  },
  {
    id: 'safety_evaluation_data',
    stage: 'evaluation',
    kind: 'data',
    label: 'Safety Evaluation Datasets',
    paperKey: 'evaluation.data.safety',
    description: 'Safety evaluation datasets (adversarial prompts, harm benchmarks).',
    why: 'Usually closed (O1); releasing them lets others verify safety claims.',
  },
  {
    id: 'inference_code',
    stage: 'deployment',
    kind: 'code',
    label: 'Inference',
    paperKey: 'deployment.code.inference',
    description: 'Code to run the model.',
    why: 'Needed to use, study and deploy the model locally.',
  },
  {
    id: 'weights',
    stage: 'deployment',
    kind: 'data',
    label: 'Model Architecture and Weights',
    paperKey: 'deployment.data.weights',
    description: 'Model architecture and trained weights.',
    why: 'Open weights enable local use, adaptation and research — and cannot be recalled once released (Safety & Security).',
  },
];

export const COMPONENT_IDS = OPENNESS_COMPONENTS.map((c) => c.id);

const byId = new Map(OPENNESS_COMPONENTS.map((c) => [c.id, c]));
export function getComponent(id: string): OpennessComponent | undefined {
  return byId.get(id);
}

/** The grade scale of §3 of the paper (site `_layouts/taxonomy.html`). */
export const GRADE_MEANINGS: Record<number, { name: string; meaning: string }> = {
  1: { name: 'fully closed', meaning: 'not publicly accessible in any form' },
  2: {
    name: 'highly restrictive',
    meaning: 'API access only, or a licence granting 0–1 of the five rubric permissions',
  },
  3: { name: 'moderately restrictive', meaning: 'a licence granting 2–3 of the five rubric permissions' },
  4: { name: 'slightly restrictive', meaning: 'a licence granting 4 of the five rubric permissions' },
  5: {
    name: 'restriction-free',
    meaning: 'available to the public with no restrictions on use (all five permissions)',
  },
};

export function gradeLabel(kind: ComponentKind, grade: number | null): string | null {
  if (grade === null) return null;
  return `${kind === 'code' ? 'C' : 'D'}${grade}`;
}

export const STATUS_WORDS = ['released', 'closed', 'api', 'not-applicable', 'unknown'] as const;

/** Other spellings cards use for a status, and the documented word each stands for: the engine reads them, and
 * invalid-extension-metadata suggests the documented word. */
export const STATUS_ALIASES: Readonly<Record<string, (typeof STATUS_WORDS)[number]>> = {
  open: 'released',
  public: 'released',
  unreleased: 'closed',
  private: 'closed',
  'api-only': 'api',
  'n/a': 'not-applicable',
  na: 'not-applicable',
  none: 'not-applicable',
  not_applicable: 'not-applicable',
};
