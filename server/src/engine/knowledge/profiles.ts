// Rule profiles: which rules run and how loudly. Each rule's metadata gives its severity per profile; this file says
// how a profile treats rules its metadata does not mention. Profile ideas from
// docs/references.md#this-projects-synthesis (HF template, EU AI Act Annex XI/XII, OSAID 1.0, MOF), read 2026-11-28.

export type ProfileId = 'recommended' | 'strict' | 'hf-basic' | 'mof' | 'eu-gpai' | 'osaid';

export interface Profile {
  id: ProfileId;
  description: string;
  /** How rules without an explicit severity for this profile behave. */
  fallback: 'recommended' | 'off' | 'all-on';
}

export const PROFILES: readonly Profile[] = [
  {
    id: 'recommended',
    description: 'The default: core disclosures, risk areas, openness and metadata validity.',
    fallback: 'recommended',
  },
  {
    id: 'strict',
    description: 'Every rule on; rules that are off or hints by default become warnings.',
    fallback: 'all-on',
  },
  {
    id: 'hf-basic',
    description: 'Only what the Hugging Face model-card template and Hub metadata validation require.',
    fallback: 'off',
  },
  {
    id: 'mof',
    description: 'Release manifests and licences for the Model Openness Framework classes.',
    fallback: 'off',
  },
  {
    id: 'eu-gpai',
    description: 'EU AI Act Annex XI/XII documentation for general-purpose AI models: disclosures become errors.',
    fallback: 'recommended',
  },
  {
    id: 'osaid',
    description: 'Open Source AI Definition 1.0: data information, code and parameters under open terms.',
    fallback: 'recommended',
  },
];

export const PROFILE_IDS: readonly ProfileId[] = PROFILES.map((p) => p.id);

export function getProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
