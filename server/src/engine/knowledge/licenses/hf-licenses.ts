// The 83 Hugging Face `license:` ids with SPDX mapping, openness flags, rubric permissions and paper precedents.
// Sources: huggingface/hub-docs docs/hub/repositories-licenses.md @ 242f4a1e (2026-08-22; ids and order, via
// shared/reference/domain.md §8.1); names as in that doc's stored version @ 008d54d0, else the licence's own title;
// OSI flags SPDX License List 3.28.0, FSF flags the MOT bundled SPDX list (2024-05-21), open data = MOT
// LicenseHandler OPEN_DATA_LICENSES @ 8b5d30e9; precedents: Eiras et al. 2024 published grades as summarised in
// open-source-llms/open-source-llms.github.io @ 159a7bc2 (2024-05-16). Permissions are this project's reading of
// each licence text against the paper's five questions; `null` where the id does not name one licence.

import type { Permissions, Precedent } from './types.js';

export interface HfLicense {
  readonly id: string;
  /** Equivalent SPDX id, or null when SPDX has none (vendor model licences, families). */
  readonly spdx: string | null;
  readonly name: string;
  /** The id names a family of licences (e.g. `bsd`, `cc`), so the actual terms are ambiguous. */
  readonly family: boolean;
  readonly osiApproved: boolean;
  readonly fsfLibre: boolean;
  /** Listed in MOT's OPEN_DATA_LICENSES (literal SPDX id match). */
  readonly openData: boolean;
  /** A CC0 / CC-BY / CC-BY-SA style open content licence. */
  readonly openContent: boolean;
  readonly permissions: Permissions | null;
  readonly precedent?: Precedent;
  /** One line naming the key restriction, shown in hovers. */
  readonly summary: string;
}

const p = (
  research: boolean,
  commercial: boolean,
  modify: boolean,
  copyright_derivatives: boolean,
  relicense_derivatives: boolean,
): Permissions => ({ research, commercial, modify, copyright_derivatives, relicense_derivatives });

// Named permission profiles: each licence below picks the one its text matches.
const PERMISSIVE = p(true, true, true, true, true);
const COPYLEFT = p(true, true, true, true, false);
const USE_RESTRICTIONS_FLOW_DOWN = p(true, true, true, true, false);
const NON_COMMERCIAL = p(true, false, true, true, true);
const NON_COMMERCIAL_SHARE_ALIKE = p(true, false, true, true, false);
const NO_DERIVATIVES = p(true, true, false, false, false);
const NON_COMMERCIAL_NO_DERIVATIVES = p(true, false, false, false, false);
const COMMUNITY = p(true, false, true, true, false);
const RESEARCH_ONLY = p(true, false, true, true, false);

const RAIL: Precedent = { level: 4, source: 'RAIL / OpenRAIL family (BLOOM weights graded D4)' };
const GPL: Precedent = { level: 5, source: 'GNU GPL (LLaMA inference code graded C5)' };
const RESEARCH: Precedent = { level: 3, source: 'research-only / non-commercial licences (OPT, GLM-130B data graded D3)' };

type Row = Omit<HfLicense, 'family' | 'osiApproved' | 'fsfLibre' | 'openData' | 'openContent'> &
  Partial<Pick<HfLicense, 'family' | 'osiApproved' | 'fsfLibre' | 'openData' | 'openContent'>>;

const ROWS: readonly Row[] = [
  { id: 'apache-2.0', spdx: 'Apache-2.0', name: 'Apache License 2.0', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, precedent: { level: 5, source: 'Apache 2.0' },
    summary: 'Permissive: any use, modification and redistribution with notices kept; includes a patent grant.' },
  { id: 'mit', spdx: 'MIT', name: 'MIT License', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, precedent: { level: 5, source: 'MIT and modified MIT' },
    summary: 'Permissive: keep the copyright and permission notice; no other condition.' },
  { id: 'openrail', spdx: null, name: 'OpenRAIL license family', family: true,
    permissions: USE_RESTRICTIONS_FLOW_DOWN, precedent: RAIL,
    summary: 'Responsible AI licence family: commercial use allowed, but use-based restrictions bind every derivative; name the variant.' },
  { id: 'bigscience-openrail-m', spdx: null, name: 'BigScience OpenRAIL-M',
    permissions: USE_RESTRICTIONS_FLOW_DOWN, precedent: RAIL,
    summary: 'Open RAIL for models: royalty-free and commercial, but the use restrictions of Attachment A must flow to derivatives.' },
  { id: 'creativeml-openrail-m', spdx: null, name: 'CreativeML OpenRAIL-M',
    permissions: USE_RESTRICTIONS_FLOW_DOWN, precedent: RAIL,
    summary: 'Open RAIL for Stable Diffusion weights: commercial use allowed, use-based restrictions must flow to derivatives.' },
  { id: 'bigscience-bloom-rail-1.0', spdx: null, name: 'BigScience BLOOM RAIL 1.0',
    permissions: USE_RESTRICTIONS_FLOW_DOWN, precedent: { level: 4, source: 'RAIL (BLOOM weights graded D4)' },
    summary: 'BLOOM Responsible AI Licence: use-based restrictions that must be passed on to derivatives.' },
  { id: 'bigcode-openrail-m', spdx: null, name: 'BigCode Open RAIL-M v1',
    permissions: USE_RESTRICTIONS_FLOW_DOWN, precedent: RAIL,
    summary: 'Open RAIL for code models: commercial use allowed, use-based restrictions must flow to derivatives.' },
  { id: 'afl-3.0', spdx: 'AFL-3.0', name: 'Academic Free License v3.0', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive with a patent grant; attribution notices must be kept.' },
  { id: 'artistic-2.0', spdx: 'Artistic-2.0', name: 'Artistic License 2.0', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive-ish: modified versions must be clearly marked or offered under compatible free terms.' },
  { id: 'bsl-1.0', spdx: 'BSL-1.0', name: 'Boost Software License 1.0', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive: notice required only in source distributions.' },
  { id: 'bsd', spdx: null, name: 'BSD license family', family: true,
    permissions: PERMISSIVE, summary: 'BSD family: permissive, but 2-, 3- and 4-clause variants differ; name the variant.' },
  { id: 'bsd-2-clause', spdx: 'BSD-2-Clause', name: 'BSD 2-clause "Simplified" license', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive: keep the copyright notice and disclaimer.' },
  { id: 'bsd-3-clause', spdx: 'BSD-3-Clause', name: 'BSD 3-clause "New" or "Revised" license', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, precedent: { level: 5, source: 'BSD-3' },
    summary: 'Permissive: keep notices; the licensor\'s name may not endorse derivatives.' },
  { id: 'bsd-3-clause-clear', spdx: 'BSD-3-Clause-Clear', name: 'BSD 3-clause Clear license', fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive BSD 3-clause that expressly grants no patent rights; not OSI-approved.' },
  { id: 'c-uda', spdx: 'C-UDA-1.0', name: 'Computational Use of Data Agreement',
    permissions: p(true, true, false, true, false),
    summary: 'Data may be used for computational analysis only; redistributed data stays under C-UDA, results are free.' },
  { id: 'cc', spdx: null, name: 'Creative Commons license family', family: true,
    permissions: null, summary: 'Creative Commons family: terms range from CC0 to NC-ND; name the specific licence.' },
  { id: 'cc0-1.0', spdx: 'CC0-1.0', name: 'Creative Commons Zero v1.0 Universal', fsfLibre: true, openData: true, openContent: true,
    permissions: PERMISSIVE, summary: 'Public-domain dedication: no conditions at all.' },
  { id: 'cc-by-2.0', spdx: 'CC-BY-2.0', name: 'Creative Commons Attribution 2.0', openData: true, openContent: true,
    permissions: PERMISSIVE, summary: 'Open content: any use with attribution.' },
  { id: 'cc-by-2.5', spdx: 'CC-BY-2.5', name: 'Creative Commons Attribution 2.5', openData: true, openContent: true,
    permissions: PERMISSIVE, summary: 'Open content: any use with attribution.' },
  { id: 'cc-by-3.0', spdx: 'CC-BY-3.0', name: 'Creative Commons Attribution 3.0', openData: true, openContent: true,
    permissions: PERMISSIVE, summary: 'Open content: any use with attribution.' },
  { id: 'cc-by-4.0', spdx: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0', fsfLibre: true, openData: true, openContent: true,
    permissions: PERMISSIVE, summary: 'Open content: any use with attribution.' },
  { id: 'cc-by-sa-3.0', spdx: 'CC-BY-SA-3.0', name: 'Creative Commons Attribution Share Alike 3.0', openData: true, openContent: true,
    permissions: COPYLEFT, summary: 'Open content, share-alike: adaptations must be shared under the same licence.' },
  { id: 'cc-by-sa-4.0', spdx: 'CC-BY-SA-4.0', name: 'Creative Commons Attribution Share Alike 4.0', fsfLibre: true, openData: true, openContent: true,
    permissions: COPYLEFT, precedent: { level: 5, source: 'CC BY-SA-4.0 (Stable LM, PolyCoder graded 5)' },
    summary: 'Open content, share-alike: adaptations must be shared under the same licence.' },
  { id: 'cc-by-nc-2.0', spdx: 'CC-BY-NC-2.0', name: 'Creative Commons Attribution Non Commercial 2.0',
    permissions: NON_COMMERCIAL, summary: 'No commercial use.' },
  { id: 'cc-by-nc-3.0', spdx: 'CC-BY-NC-3.0', name: 'Creative Commons Attribution Non Commercial 3.0',
    permissions: NON_COMMERCIAL, summary: 'No commercial use.' },
  { id: 'cc-by-nc-4.0', spdx: 'CC-BY-NC-4.0', name: 'Creative Commons Attribution Non Commercial 4.0',
    permissions: NON_COMMERCIAL, precedent: { level: 4, source: 'CC-BY-NC-4.0 (C4AI: Command R/R+ graded 4)' },
    summary: 'No commercial use.' },
  { id: 'cc-by-nd-4.0', spdx: 'CC-BY-ND-4.0', name: 'Creative Commons Attribution No Derivatives 4.0',
    permissions: NO_DERIVATIVES, summary: 'No derivatives: adapted versions may not be shared.' },
  { id: 'cc-by-nc-nd-3.0', spdx: 'CC-BY-NC-ND-3.0', name: 'Creative Commons Attribution Non Commercial No Derivatives 3.0',
    permissions: NON_COMMERCIAL_NO_DERIVATIVES, summary: 'No commercial use and no shared derivatives.' },
  { id: 'cc-by-nc-nd-4.0', spdx: 'CC-BY-NC-ND-4.0', name: 'Creative Commons Attribution Non Commercial No Derivatives 4.0',
    permissions: NON_COMMERCIAL_NO_DERIVATIVES, summary: 'No commercial use and no shared derivatives.' },
  { id: 'cc-by-nc-sa-2.0', spdx: 'CC-BY-NC-SA-2.0', name: 'Creative Commons Attribution Non Commercial Share Alike 2.0',
    permissions: NON_COMMERCIAL_SHARE_ALIKE, summary: 'No commercial use; adaptations must keep the same licence.' },
  { id: 'cc-by-nc-sa-3.0', spdx: 'CC-BY-NC-SA-3.0', name: 'Creative Commons Attribution Non Commercial Share Alike 3.0',
    permissions: NON_COMMERCIAL_SHARE_ALIKE, summary: 'No commercial use; adaptations must keep the same licence.' },
  { id: 'cc-by-nc-sa-4.0', spdx: 'CC-BY-NC-SA-4.0', name: 'Creative Commons Attribution Non Commercial Share Alike 4.0',
    permissions: NON_COMMERCIAL_SHARE_ALIKE, summary: 'No commercial use; adaptations must keep the same licence.' },
  { id: 'cdla-sharing-1.0', spdx: 'CDLA-Sharing-1.0', name: 'Community Data License Agreement – Sharing, Version 1.0', openData: true,
    permissions: COPYLEFT, summary: 'Open data, share-alike: shared enhanced data must keep CDLA-Sharing terms.' },
  { id: 'cdla-permissive-1.0', spdx: 'CDLA-Permissive-1.0', name: 'Community Data License Agreement – Permissive, Version 1.0', openData: true,
    permissions: PERMISSIVE, summary: 'Open data, permissive: share with the agreement text; results are unrestricted.' },
  { id: 'cdla-permissive-2.0', spdx: 'CDLA-Permissive-2.0', name: 'Community Data License Agreement – Permissive, Version 2.0', openData: true,
    permissions: PERMISSIVE, summary: 'Open data, permissive: share with the agreement text; results are unrestricted.' },
  { id: 'wtfpl', spdx: 'WTFPL', name: 'Do What The F*ck You Want To Public License', fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive without conditions; not OSI-approved.' },
  { id: 'ecl-2.0', spdx: 'ECL-2.0', name: 'Educational Community License v2.0', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive (Apache-2.0 based) with a narrower patent grant.' },
  { id: 'epl-1.0', spdx: 'EPL-1.0', name: 'Eclipse Public License 1.0', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Weak copyleft: modified EPL code must stay under the EPL.' },
  { id: 'epl-2.0', spdx: 'EPL-2.0', name: 'Eclipse Public License 2.0', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Weak copyleft: modified EPL code must stay under the EPL.' },
  { id: 'etalab-2.0', spdx: 'etalab-2.0', name: 'Etalab Open License 2.0',
    permissions: PERMISSIVE, summary: 'French open licence: any reuse with attribution; not on MOT\'s open-data list.' },
  { id: 'eupl-1.1', spdx: 'EUPL-1.1', name: 'European Union Public License 1.1', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Copyleft: derivatives stay under the EUPL or a listed compatible licence.' },
  { id: 'eupl-1.2', spdx: 'EUPL-1.2', name: 'European Union Public License 1.2', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Copyleft: derivatives stay under the EUPL or a listed compatible licence.' },
  { id: 'agpl-3.0', spdx: 'AGPL-3.0-only', name: 'GNU Affero General Public License v3.0', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Strong network copyleft: offering it as a service obliges sharing the source under the AGPL.' },
  { id: 'gfdl', spdx: null, name: 'GNU Free Documentation License family', family: true,
    permissions: COPYLEFT, summary: 'Copyleft for documentation; versions and invariant sections differ, name the version.' },
  { id: 'gpl', spdx: null, name: 'GNU General Public License family', family: true,
    permissions: COPYLEFT, precedent: GPL, summary: 'Strong copyleft family: derivatives must stay under the GPL; name the version.' },
  { id: 'gpl-2.0', spdx: 'GPL-2.0-only', name: 'GNU General Public License v2.0', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, precedent: GPL, summary: 'Strong copyleft: distributed derivatives must be GPL-2.0 with source.' },
  { id: 'gpl-3.0', spdx: 'GPL-3.0-only', name: 'GNU General Public License v3.0', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, precedent: GPL, summary: 'Strong copyleft: distributed derivatives must be GPL-3.0 with source.' },
  { id: 'lgpl', spdx: null, name: 'GNU Lesser General Public License family', family: true,
    permissions: COPYLEFT, summary: 'Weak copyleft family: changes to the library stay LGPL; name the version.' },
  { id: 'lgpl-2.1', spdx: 'LGPL-2.1-only', name: 'GNU Lesser General Public License v2.1', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Weak copyleft: changes to the library stay LGPL; linking works may use other terms.' },
  { id: 'lgpl-3.0', spdx: 'LGPL-3.0-only', name: 'GNU Lesser General Public License v3.0', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Weak copyleft: changes to the library stay LGPL; linking works may use other terms.' },
  { id: 'isc', spdx: 'ISC', name: 'ISC License', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive: keep the copyright and permission notice.' },
  { id: 'h-research', spdx: null, name: 'H Research License',
    permissions: RESEARCH_ONLY, precedent: RESEARCH, summary: 'Research and non-commercial use only.' },
  { id: 'intel-research', spdx: null, name: 'Intel Research Use License',
    permissions: RESEARCH_ONLY, precedent: RESEARCH, summary: 'Research use only; no commercial use.' },
  { id: 'lppl-1.3c', spdx: 'LPPL-1.3c', name: 'LaTeX Project Public License v1.3c', osiApproved: true,
    permissions: COPYLEFT, summary: 'Modified versions must be renamed and stay under LPPL terms.' },
  { id: 'ms-pl', spdx: 'MS-PL', name: 'Microsoft Public License', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Weak copyleft: source distributions must stay under the MS-PL.' },
  { id: 'apple-ascl', spdx: null, name: 'Apple Sample Code License',
    permissions: PERMISSIVE, summary: 'Permissive sample-code terms: keep the notice; Apple\'s marks may not endorse derivatives.' },
  { id: 'apple-amlr', spdx: null, name: 'Apple Machine Learning Research Model License',
    permissions: RESEARCH_ONLY, precedent: RESEARCH, summary: 'Research use only; no commercial use or product deployment.' },
  { id: 'mpl-2.0', spdx: 'MPL-2.0', name: 'Mozilla Public License 2.0', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'File-level copyleft: modified MPL files stay MPL; larger works may use other terms.' },
  { id: 'odc-by', spdx: 'ODC-By-1.0', name: 'Open Data Commons License Attribution family', openData: true,
    permissions: PERMISSIVE, precedent: { level: 4, source: 'ODC-By (C4/T5/mT5/UL2/Falcon pretraining data graded D4)' },
    summary: 'Open data with attribution; derived databases may use any terms.' },
  { id: 'odbl', spdx: 'ODbL-1.0', name: 'Open Database License family', fsfLibre: true, openData: true,
    permissions: COPYLEFT, summary: 'Open data, share-alike: publicly used derived databases must stay ODbL.' },
  { id: 'openmdw-1.0', spdx: 'OpenMDW-1.0', name: 'OpenMDW License Agreement v1.0',
    permissions: PERMISSIVE, summary: 'LF permissive licence for model materials (code, data, weights); MOT accepts it for every type.' },
  { id: 'openmdw-1.1', spdx: null, name: 'OpenMDW License Agreement v1.1',
    permissions: PERMISSIVE, summary: 'LF permissive licence for model materials; not yet in SPDX or MOT\'s list.' },
  { id: 'openrail++', spdx: null, name: 'Open Rail++-M License',
    permissions: USE_RESTRICTIONS_FLOW_DOWN, precedent: RAIL,
    summary: 'Open RAIL++-M: commercial use allowed, use-based restrictions must flow to derivatives.' },
  { id: 'osl-3.0', spdx: 'OSL-3.0', name: 'Open Software License 3.0', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Copyleft including network use: derivatives must stay under the OSL.' },
  { id: 'postgresql', spdx: 'PostgreSQL', name: 'PostgreSQL License', osiApproved: true,
    permissions: PERMISSIVE, summary: 'Permissive: keep the copyright notice.' },
  { id: 'ofl-1.1', spdx: 'OFL-1.1', name: 'SIL Open Font License 1.1', osiApproved: true, fsfLibre: true,
    permissions: COPYLEFT, summary: 'Font licence: modified fonts stay OFL and may not reuse reserved names.' },
  { id: 'ncsa', spdx: 'NCSA', name: 'University of Illinois/NCSA Open Source License', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive: keep notices; no endorsement.' },
  { id: 'unlicense', spdx: 'Unlicense', name: 'The Unlicense', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Public-domain dedication with a permissive fallback.' },
  { id: 'zlib', spdx: 'Zlib', name: 'zLib License', osiApproved: true, fsfLibre: true,
    permissions: PERMISSIVE, summary: 'Permissive: altered versions must be marked as such.' },
  { id: 'pddl', spdx: 'PDDL-1.0', name: 'Open Data Commons Public Domain Dedication and License',
    permissions: PERMISSIVE,
    summary: 'Public-domain dedication for data; MOT lists it as ODC-PDDL-1.0, so the SPDX id PDDL-1.0 is not open there.' },
  { id: 'lgpl-lr', spdx: 'LGPLLR', name: 'Lesser General Public License For Linguistic Resources',
    permissions: COPYLEFT, summary: 'Weak copyleft for linguistic data: modified resources stay under the LGPLLR.' },
  { id: 'deepfloyd-if-license', spdx: null, name: 'DeepFloyd IF Research License Agreement',
    permissions: RESEARCH_ONLY, precedent: RESEARCH, summary: 'Non-commercial research use only.' },
  { id: 'fair-noncommercial-research-license', spdx: null, name: 'FAIR Noncommercial Research License',
    permissions: RESEARCH_ONLY, precedent: RESEARCH, summary: 'Non-commercial research use only.' },
  { id: 'llama2', spdx: null, name: 'Llama 2 Community License Agreement',
    permissions: COMMUNITY, precedent: { level: 3, source: 'LLaMA-2 licence (graded C3/D3)' },
    summary: 'Commercial use allowed below 700M monthly active users; acceptable use policy binds derivatives.' },
  { id: 'llama3', spdx: null, name: 'Meta Llama 3 Community License Agreement',
    permissions: COMMUNITY, precedent: { level: 3, source: 'LLaMA-3 licence (graded C3/D3)' },
    summary: '700M monthly-active-user cap, acceptable use policy and "Built with Meta Llama 3" attribution.' },
  { id: 'llama3.1', spdx: null, name: 'Llama 3.1 Community License Agreement',
    permissions: COMMUNITY, summary: '700M monthly-active-user cap, acceptable use policy and "Built with Llama" attribution.' },
  { id: 'llama3.2', spdx: null, name: 'Llama 3.2 Community License Agreement',
    permissions: COMMUNITY, summary: '700M monthly-active-user cap, acceptable use policy and "Built with Llama" attribution.' },
  { id: 'llama3.3', spdx: null, name: 'Llama 3.3 Community License Agreement',
    permissions: COMMUNITY, summary: '700M monthly-active-user cap, acceptable use policy and "Built with Llama" attribution.' },
  { id: 'llama4', spdx: null, name: 'Llama 4 Community License Agreement',
    permissions: COMMUNITY, summary: '700M monthly-active-user cap, acceptable use policy and "Built with Llama" attribution.' },
  { id: 'grok2-community', spdx: null, name: 'Grok 2 Community License Agreement',
    permissions: COMMUNITY, summary: 'Vendor community licence: commercial use restricted, no use to train other models, attribution.' },
  { id: 'gemma', spdx: null, name: 'Gemma Terms of Use',
    permissions: USE_RESTRICTIONS_FLOW_DOWN,
    summary: 'Commercial use allowed, but the prohibited use policy binds every derivative and distributor.' },
  { id: 'unknown', spdx: null, name: 'Unknown',
    permissions: null, summary: 'Licence not stated: by default all rights are reserved.' },
  { id: 'other', spdx: null, name: 'Other',
    permissions: null, summary: 'A licence not on the Hub list: set license_name and license_link and declare its permissions.' },
];

export const HF_LICENSES: readonly HfLicense[] = ROWS.map((r) => ({
  family: false,
  osiApproved: false,
  fsfLibre: false,
  openData: false,
  openContent: false,
  ...r,
}));

export const HF_LICENSE_IDS: readonly string[] = HF_LICENSES.map((l) => l.id);

export const HF_LICENSE_BY_ID: ReadonlyMap<string, HfLicense> = new Map(HF_LICENSES.map((l) => [l.id, l]));

/** SPDX id → HF id, including deprecated SPDX spellings that mean the same licence. */
export const HF_ID_BY_SPDX: ReadonlyMap<string, string> = new Map([
  ...HF_LICENSES.filter((l) => l.spdx !== null).map((l) => [l.spdx as string, l.id] as const),
  ['GPL-2.0', 'gpl-2.0'],
  ['GPL-3.0', 'gpl-3.0'],
  ['LGPL-2.1', 'lgpl-2.1'],
  ['LGPL-3.0', 'lgpl-3.0'],
  ['AGPL-3.0', 'agpl-3.0'],
]);
