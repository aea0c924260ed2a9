// Licence knowledge API: one lookup that gathers everything hovers and completion show about a licence string.

import { licenseGrade, type LicenseGrade } from './grade.js';
import { HF_LICENSE_BY_ID, type HfLicense } from './hf-licenses.js';
import { isMotOpen, MOF_TYPE_APPROPRIATE, OPEN_DATA_LICENSES } from './mof-licenses.js';
import { normalizeLicense, type LicenseMatch } from './normalize.js';
import { SPDX_LICENSES, type SpdxLicense } from './spdx-licenses.js';
import type { MofContentType, Permissions } from './types.js';
import { VENDOR_LICENSE_BY_KEY, type VendorLicense } from './vendor-licenses.js';

export * from './types.js';
export * from './hf-licenses.js';
export * from './spdx-licenses.js';
export * from './vendor-licenses.js';
export * from './mof-licenses.js';
export * from './normalize.js';
export * from './grade.js';

export interface LicenseInfo {
  match: LicenseMatch;
  /** Display name, or null when the string is not recognised. */
  name: string | null;
  hf: HfLicense | null;
  spdx: SpdxLicense | null;
  vendor: VendorLicense | null;
  family: boolean;
  osiApproved: boolean;
  fsfLibre: boolean;
  openData: boolean;
  openContent: boolean;
  mof: {
    /** MOT compares the string literally: is the string exactly as written open for MOT? */
    literalOpen: boolean;
    /** Is the canonical SPDX id open for MOT (what the author probably meant)? */
    open: boolean;
    /** Content types mof-licenses.json lists the canonical SPDX id for. */
    typeAppropriate: readonly MofContentType[];
  };
  permissions: Permissions | null;
  summary: string | null;
  grade: LicenseGrade;
}

const OPEN_CONTENT_SPDX = /^(CC0-1\.0|CC-BY-(\d|SA-\d))/;

/** Everything known about a licence string, for hover and completion. */
export function lookupLicense(raw: string): LicenseInfo {
  const match = normalizeLicense(raw);
  const hf = match.id ? (HF_LICENSE_BY_ID.get(match.id) ?? null) : null;
  const vendor = match.id ? (VENDOR_LICENSE_BY_KEY.get(match.id) ?? null) : null;
  const spdx = match.spdx ? (SPDX_LICENSES.get(match.spdx) ?? null) : null;
  const spdxId = spdx?.id ?? null;
  return {
    match,
    name: hf?.name ?? vendor?.name ?? spdx?.name ?? null,
    hf,
    spdx,
    vendor,
    family: hf?.family ?? false,
    osiApproved: hf?.osiApproved ?? spdx?.osiApproved ?? false,
    fsfLibre: hf?.fsfLibre ?? spdx?.fsfLibre ?? false,
    openData: spdxId !== null && OPEN_DATA_LICENSES.has(spdxId),
    openContent: hf?.openContent ?? (spdxId !== null && OPEN_CONTENT_SPDX.test(spdxId)),
    mof: {
      literalOpen: isMotOpen(raw),
      open: spdxId !== null && isMotOpen(spdxId),
      typeAppropriate: spdxId !== null ? (MOF_TYPE_APPROPRIATE.get(spdxId) ?? []) : [],
    },
    permissions: hf?.permissions ?? vendor?.permissions ?? null,
    summary: hf?.summary ?? vendor?.summary ?? null,
    grade: licenseGrade(raw),
  };
}
