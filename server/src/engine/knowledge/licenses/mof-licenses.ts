// The Model Openness Tool's licence tables: type-appropriate licences, open-data ids and the MOT notion of "open".
// Sources: lfai/model_openness_tool @ 8b5d30e90a7c62d7d6ece48b91e69ff495920a4d (2026-05-11):
// web/modules/mof/mof-licenses.json (31 entries, same content as stored version 30fc6c38) and
// web/modules/mof/src/LicenseHandler.php (OPEN_DATA_LICENSES, OPEN_LICENSES, isOpenSourceLicense).
// OSI / FSF flags are those of MOT's bundled SPDX list (licenses.json d8abdb0, 2024-05-21: 144 OSI, 127 FSF).

import { SPDX_LICENSES } from './spdx-licenses.js';
import type { MofContentType } from './types.js';

/** mof-licenses.json (31 entries; CC-PDDC and CC0-1.0 appear there once per type): id → appropriate types. */
export const MOF_TYPE_APPROPRIATE: ReadonlyMap<string, readonly MofContentType[]> = new Map<string, MofContentType[]>([
  ['0BSD', ['code']],
  ['AFL-1.1', ['code']],
  ['AFL-1.2', ['code']],
  ['AFL-2.0', ['code']],
  ['AFL-2.1', ['code']],
  ['AFL-3.0', ['code']],
  ['Apache-1.0', ['code']],
  ['Apache-1.1', ['code']],
  ['Apache-2.0', ['code', 'document']],
  ['ECL-1.0', ['code']],
  ['ECL-2.0', ['code']],
  ['ISC', ['code']],
  ['MIT', ['code']],
  ['MIT-0', ['code']],
  ['MulanPSL-1.0', ['code']],
  ['MulanPSL-2.0', ['code']],
  ['NCSA', ['code']],
  ['UPL-1.0', ['code']],
  ['CDLA-Permissive-1.0', ['data']],
  ['CDLA-Permissive-2.0', ['data']],
  ['C-UDA-1.0', ['data']],
  ['CC-PDDC', ['data', 'document']],
  ['CC0-1.0', ['data', 'document']],
  ['PDDL-1.0', ['data']],
  ['CC-BY-4.0', ['document']],
  ['CC-BY-SA-3.0', ['document']],
  ['CC-BY-SA-4.0', ['document']],
  ['FreeBSD-DOC', ['document']],
  ['OpenMDW-1.0', ['code', 'data', 'document']],
]);

/** LicenseHandler::OPEN_DATA_LICENSES (31 ids). `ODC-PDDL-1.0` is MOT's spelling; SPDX calls it `PDDL-1.0`. */
export const OPEN_DATA_LICENSES: ReadonlySet<string> = new Set([
  'CC0-1.0',
  'CC-BY-1.0',
  'CC-BY-2.0',
  'CC-BY-2.5',
  'CC-BY-2.5-AU',
  'CC-BY-3.0',
  'CC-BY-3.0-AT',
  'CC-BY-3.0-AU',
  'CC-BY-3.0-DE',
  'CC-BY-3.0-IGO',
  'CC-BY-3.0-NL',
  'CC-BY-3.0-US',
  'CC-BY-4.0',
  'CC-BY-SA-1.0',
  'CC-BY-SA-2.0',
  'CC-BY-SA-2.0-UK',
  'CC-BY-SA-2.1-JP',
  'CC-BY-SA-2.5',
  'CC-BY-SA-3.0',
  'CC-BY-SA-3.0-AT',
  'CC-BY-SA-4.0',
  'CDLA-Permissive-1.0',
  'CDLA-Permissive-2.0',
  'CDLA-Sharing-1.0',
  'ODC-PDDL-1.0',
  'ODC-By-1.0',
  'ODbL-1.0',
  'GFDL-1.3',
  'OGL-Canada-2.0',
  'OGL-UK-2.0',
  'OGL-UK-3.0',
]);

/** LicenseHandler::OPEN_LICENSES: open for every content type. */
export const OPEN_LICENSES: ReadonlySet<string> = new Set(['OpenMDW-1.0']);

// OSI approved after MOT's bundled list was taken, so MOT @ 8b5d30e still treats them as not OSI-approved.
const NOT_OSI_IN_MOT_LIST: ReadonlySet<string> = new Set([
  'ALGLIB-Documentation',
  'BSD-3-Clause-Open-MPI',
  'OSC-1.0',
  'W3C-20150513',
  'WordNet',
]);

/** OSI-approved according to MOT's bundled SPDX list. */
export function motOsiApproved(id: string): boolean {
  return (SPDX_LICENSES.get(id)?.osiApproved ?? false) && !NOT_OSI_IN_MOT_LIST.has(id);
}

/** FSF-libre according to MOT's bundled SPDX list. */
export function motFsfLibre(id: string): boolean {
  return SPDX_LICENSES.get(id)?.fsfLibre ?? false;
}

/** LicenseHandler::isOpenSourceLicense: literal id, OSI or FSF or open data or OpenMDW. */
export function isMotOpen(id: string): boolean {
  return motFsfLibre(id) || motOsiApproved(id) || OPEN_DATA_LICENSES.has(id) || OPEN_LICENSES.has(id);
}

/** LicenseHandler::isTypeAppropriate: listed in mof-licenses.json for this content type. */
export function isMotTypeAppropriate(id: string, type: MofContentType): boolean {
  return MOF_TYPE_APPROPRIATE.get(id)?.includes(type) ?? false;
}
