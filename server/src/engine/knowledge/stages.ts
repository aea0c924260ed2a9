// The three development stages of Eiras et al. (2024, long version arXiv 2405.08597): defined by capability and
// adoption, not by dates. Guidance synthesised in docs/references.md#eiras-et-al-2024 (EU AI Act thresholds
// from Commission GPAI Guidelines, 18 Jul 2025, and Art. 51(2)), read 2026-11-28.
import type { StageId } from '../types.js';

export interface StageGuidance {
  id: StageId;
  title: string;
  definition: string;
  signals: string[];
  release: string[];
  assess: string[];
  document: string[];
  /** Severity changes this stage applies to rules (from the profile's value). */
  severity: Record<string, 'raise' | 'lower' | 'off'>;
}

export const STAGES: readonly StageGuidance[] = [
  {
    id: 'near-term',
    title: 'Near-term',
    definition:
      "Capabilities like today's models, early exploration and limited adoption (e.g. a research or small release, or a model that is not generative).",
    signals: ['training compute below 10^23 FLOP', 'not a generative model', 'small or research release'],
    release: [
      'Release training and evaluation data and code, intermediate checkpoints and safety-evaluation data: the paper finds the benefits of openness outweigh the risks here.',
      'Aim for MOF Class I (Open Science).',
    ],
    assess: ['Record each risk area briefly; a justified "not applicable" is fine for areas the model cannot affect.'],
    document: ['Licence, intended use, training data and evaluation are the core disclosures.'],
    severity: {
      'undisclosed-safety-evaluation': 'lower',
      'undisclosed-compute': 'lower',
      'unassessed-risk-area': 'lower',
      'open-weights-closed-safety': 'lower',
    },
  },
  {
    id: 'mid-term',
    title: 'Mid-term',
    definition:
      'Widespread adoption and scaling at the current pace with incremental capability gains (e.g. a general-purpose generative model with many downstream users).',
    signals: [
      'training compute above 10^23 FLOP and generative output (EU GPAI indicative criterion)',
      'text-generation or image generation pipeline',
      'many downstream users',
    ],
    release: [
      'Open weights together with the safety-evaluation code and data (observation O1).',
      'Use a staged release and keep a change log.',
    ],
    assess: [
      'Assess all four risk areas with evidence and mitigations; safety & security needs red-team or safety-evaluation results.',
    ],
    document: [
      'Annex XI/XII-level documentation: architecture and parameter count, training data provenance, compute and energy, an acceptable-use policy, the copyright policy and the training-content summary.',
    ],
    severity: {
      'undisclosed-safety-evaluation': 'raise',
      'undisclosed-compute': 'raise',
      'open-weights-closed-safety': 'raise',
    },
  },
  {
    id: 'long-term',
    title: 'Long-term',
    definition:
      "Substantially greater capabilities than today's models (frontier systems; the EU presumes systemic risk above 10^25 FLOP).",
    signals: ['training compute above 10^25 FLOP', 'the author declares a frontier model'],
    release: [
      'Document the release decision: the paper treats the risk–benefit balance at this stage as open and case-by-case, not "open everything".',
    ],
    assess: [
      'Every risk area assessed with evidence, risk thresholds and a mitigation-to-risk mapping; adversarial testing and incident reporting.',
    ],
    document: ['Annex XI Section 2: evaluation strategy and results, adversarial testing, system architecture.'],
    severity: {
      'undisclosed-safety-evaluation': 'raise',
      'undisclosed-compute': 'raise',
      'unassessed-risk-area': 'raise',
      'open-weights-closed-safety': 'raise',
      'undisclosed-evaluation': 'raise',
    },
  },
];

export const STAGE_IDS: readonly StageId[] = STAGES.map((s) => s.id);

export function getStage(id: string): StageGuidance | undefined {
  return STAGES.find((s) => s.id === id);
}

/** EU AI Act compute thresholds used as stage hints. */
export const FLOP_THRESHOLDS = { gpai: 1e23, systemic: 1e25 };
