// A card's licence string → what a MOF manifest should say: the SPDX id when there is one (MOT compares ids
// literally, so `apache-2.0` would not be open for it), else the licence's full name when that reads back as the same
// licence, else the string as written. Vendor licences have no SPDX id; MOT counts them as not open either way.
import { HF_LICENSE_BY_ID, isMotOpen, normalizeLicense, VENDOR_LICENSE_BY_KEY } from '../knowledge/licenses/index.js';

export interface MofLicense {
  id: string;
  /** Why the value is not an id MOT recognises as open, when it is not. */
  note?: string;
}

export function mofLicense(raw: string): MofLicense {
  const trimmed = raw.trim();
  const m = normalizeLicense(trimmed);
  if (m.special === 'unlicensed') return { id: 'unlicensed' };
  if (m.spdx) {
    return isMotOpen(m.spdx)
      ? { id: m.spdx }
      : { id: m.spdx, note: `${m.spdx} is not an open licence for MOT (not OSI-approved, FSF-libre or open data)` };
  }
  if (m.id) {
    const name = HF_LICENSE_BY_ID.get(m.id)?.name ?? VENDOR_LICENSE_BY_KEY.get(m.id)?.name ?? null;
    if (name && !m.special && normalizeLicense(name).id === m.id)
      return { id: name, note: `"${trimmed}" has no SPDX id; written as "${name}", which MOT counts as not open` };
  }
  return { id: trimmed, note: `"${trimmed}" is not a licence id MOT recognises; written as is` };
}
