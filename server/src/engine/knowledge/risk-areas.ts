// The four impact areas of Eiras et al. (2024) with sub-areas refined from FMTI and the HF annotated model card.
// Source: reference/domain.md §1.6 and §9.5 (arXiv 2405.08597; stanford-crfm/fmti @ f4500c5; hub-docs
// model-card-annotated.md @ 242f4a1e), read 2026-11-28.

export interface RiskArea {
  id: 'research_and_innovation' | 'safety_and_security' | 'equity_and_access' | 'broader_society';
  title: string;
  /** Section names in the paper. */
  paperTitle: string;
  subAreas: string[];
  opportunities: string;
  risks: string;
  /** Evidence the linter looks for. */
  evidence: string;
  /** Heading patterns that count as a body section for the area. */
  headings: RegExp[];
}

export const RISK_AREAS: readonly RiskArea[] = [
  {
    id: 'research_and_innovation',
    title: 'Research & Innovation',
    paperTitle: 'Research, Innovation & Development',
    subAreas: ['reproducibility', 'train-test contamination', 'evaluation transparency', 'performance gap to closed models (O2)'],
    opportunities: 'Reproducibility, methodological insight, tailored models and a lower cost of entry for startups, researchers and developing nations.',
    risks: 'Performance gap to closed frontier models (O2); duplicated effort; contaminated or irreproducible evaluations.',
    evidence: 'Training code/data availability, train-test overlap analysis, intermediate checkpoints.',
    headings: [/\bresearch\b.*\binnovation\b/i, /\binnovation\b/i, /\breproducib/i],
  },
  {
    id: 'safety_and_security',
    title: 'Safety & Security',
    paperTitle: 'Safety & Security',
    subAreas: ['misuse and dual use (cyber, CBRN, fraud)', 'jailbreak robustness', 'removal of safety fine-tuning from open weights', 'harmful content', 'child safety / NCII / CSEM', 'violence'],
    opportunities: 'External scrutiny, red-teaming and interpretability research on open weights; closed models are also jailbroken, so closedness is no safety guarantee.',
    risks: 'Misuse and dual use; safety fine-tuning can be removed from open weights; a release cannot be recalled; no usage monitoring; closed safety evaluations (O1).',
    evidence: 'Red-team or safety-evaluation results; openness of safety-evaluation code and data; Annex XI §2.2.',
    headings: [/\bsafety\b/i, /\bsecurity\b/i, /\bmisuse\b/i, /\bred[- ]?team/i, /\bcritical risks?\b/i, /安全/],
  },
  {
    id: 'equity_and_access',
    title: 'Equity & Access',
    paperTitle: 'Equity, Access & Usability',
    subAreas: ['bias and disparate performance across groups and languages', 'language coverage', 'accessibility', 'compute inequity'],
    opportunities: 'Affordability, local and offline deployment, adaptation to low-resource languages and communities.',
    risks: 'Uneven quality across languages and groups; bias; compute inequity.',
    evidence: 'Disaggregated results (Factors subsection, metrics by slice); evaluated languages vs the `language:` list.',
    headings: [/\bequity\b/i, /\bfairness\b/i, /\bbias(es)?\b/i, /\baccess(ibility)?\b/i, /\bunder-?represented\b/i, /偏见|公平/],
  },
  {
    id: 'broader_society',
    title: 'Broader Society',
    paperTitle: 'Broader Societal Impact',
    subAreas: ['privacy and personal data', 'copyright and TDM opt-outs', 'environmental cost', 'labour', 'misinformation and synthetic-content detection'],
    opportunities: 'Less redundant training (lower environmental cost), a counterweight to concentration of power, public trust through transparency.',
    risks: 'Copyright and data provenance, privacy, labour impact, misinformation, environmental cost.',
    evidence: 'PII-handling statement, copyright policy link, `co2_eq_emissions`, data-labour disclosure, watermarking/detection statement.',
    headings: [/\bsocietal\b/i, /\bsociety\b/i, /\bsocial impact\b/i, /\bethic(s|al)\b/i, /\bprivacy\b/i, /\bcopyright\b/i, /\bmisinformation\b/i, /社会|伦理/],
  },
];

export type RiskAreaId = RiskArea['id'];
export const RISK_AREA_IDS: readonly RiskAreaId[] = RISK_AREAS.map((a) => a.id);

export function getRiskArea(id: string): RiskArea | undefined {
  return RISK_AREAS.find((a) => a.id === id);
}

export const ASSESSMENT_STATUSES = ['assessed', 'not-applicable', 'unassessed', 'in-progress'] as const;
