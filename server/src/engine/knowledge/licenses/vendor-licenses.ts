// Vendor model licences that have neither a Hugging Face id nor an SPDX id but recur in real releases.
// On the Hub they are written `license: other` plus `license_name: <key>`; `key` uses that convention.
// Sources: licence strings of lfai/model_openness_tool models/*.yml @ 8b5d30e9 (shared/corpus/manifests) and card
// front matter in shared/corpus/cards; precedents: Eiras et al. 2024 grades (docs/references.md#eiras-et-al-2024: LLaMA v1 and DBRX
// licences graded 3). Permissions are this project's reading of each licence against the paper's five questions.

import type { Permissions, Precedent } from './types.js';

export interface VendorLicense {
  /** The conventional Hub `license_name`. */
  readonly key: string;
  readonly name: string;
  readonly permissions: Permissions;
  readonly precedent?: Precedent;
  readonly summary: string;
  /** Other spellings seen in the corpus (matched after normalisation). */
  readonly aliases: readonly string[];
}

const COMMUNITY: Permissions = {
  research: true,
  commercial: false,
  modify: true,
  copyright_derivatives: true,
  relicense_derivatives: false,
};
const USE_RESTRICTED: Permissions = {
  research: true,
  commercial: true,
  modify: true,
  copyright_derivatives: true,
  relicense_derivatives: false,
};
const RESEARCH_ONLY: Permissions = COMMUNITY;
const DISTRIBUTION_ONLY: Permissions = {
  research: true,
  commercial: false,
  modify: false,
  copyright_derivatives: false,
  relicense_derivatives: false,
};

export const VENDOR_LICENSES: readonly VendorLicense[] = [
  {
    key: 'llama',
    name: 'LLaMA License (non-commercial research)',
    permissions: RESEARCH_ONLY,
    precedent: { level: 3, source: 'LLaMA (v1) licence (graded C3/D3)' },
    summary: 'Non-commercial research use only, on request.',
    aliases: ['LLaMA License', 'Llama 1 License', 'llama-1'],
  },
  {
    key: 'databricks-open-model-license',
    name: 'Databricks Open Model License',
    permissions: COMMUNITY,
    precedent: { level: 3, source: 'DBRX licence (graded C3/D3)' },
    summary: '700M monthly-active-user cap and acceptable use policy; may not improve other models with outputs.',
    aliases: ['dbrx', 'dbrx-license'],
  },
  {
    key: 'tongyi-qianwen',
    name: 'Tongyi Qianwen License Agreement',
    permissions: COMMUNITY,
    summary: 'Commercial use needs a separate licence above 100M monthly active users; attribution required.',
    aliases: ['tongyi-qianwen-license-agreement', 'Qwen License Agreement', 'qwen', 'qwen-license'],
  },
  {
    key: 'tongyi-qianwen-research',
    name: 'Tongyi Qianwen Research License Agreement',
    permissions: RESEARCH_ONLY,
    summary: 'Research and non-commercial use only.',
    aliases: ['Qwen Research License Agreement', 'qwen-research'],
  },
  {
    key: 'deepseek',
    name: 'DeepSeek License Agreement',
    permissions: USE_RESTRICTED,
    summary: 'Commercial use allowed; use-based restrictions (OpenRAIL style) bind derivatives.',
    aliases: ['deepseek-license', 'DeepSeek Model License'],
  },
  {
    key: 'nvidia-open-model-license',
    name: 'NVIDIA Open Model License Agreement',
    permissions: USE_RESTRICTED,
    summary: 'Commercial use and derivatives allowed; guardrail and attribution terms must be kept.',
    aliases: ['NVIDIA Open Model License'],
  },
  {
    key: 'falcon-180b-tii-license',
    name: 'Falcon-180B TII License',
    permissions: COMMUNITY,
    summary:
      'Commercial use allowed except hosting or managed-service use without a separate licence; acceptable use policy.',
    aliases: ['Falcon-180B TII License 1.0', 'falcon-180b-license'],
  },
  {
    key: 'arxiv-nonexclusive-distrib-1.0',
    name: 'arXiv.org perpetual, non-exclusive license 1.0',
    permissions: DISTRIBUTION_ONLY,
    summary: 'Grants arXiv the right to distribute the paper; readers get no licence to reuse or adapt it.',
    aliases: [
      'arXiv.org perpetual non-exclusive license 1.0',
      'arXiv.org - Non-exclusive license',
      'arXiv.org - Non-exclusive',
      'arxiv-non-excluse-1.0',
      'arxiv non exclusive',
    ],
  },
];

export const VENDOR_LICENSE_BY_KEY: ReadonlyMap<string, VendorLicense> = new Map(
  VENDOR_LICENSES.map((v) => [v.key, v]),
);
