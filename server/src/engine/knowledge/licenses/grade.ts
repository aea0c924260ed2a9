// Grades a licence on the Eiras et al. (2024) scale: five-permission rubric, with the paper's own precedents
// winning where they disagree with it. Rules: open-source-llms/open-source-llms.github.io _layouts/taxonomy.html
// @ 159a7bc2 (2024-05-16): 0–1 points → 2, 2–3 → 3, 4 → 4, 5 → 5 (C or D prefix added by the caller).
import { mdCode } from '../../markdown-text.js';

import { HF_LICENSE_BY_ID } from './hf-licenses.js';
import { normalizeLicense } from './normalize.js';
import { OPEN_DATA_LICENSES } from './mof-licenses.js';
import { SPDX_LICENSES } from './spdx-licenses.js';
import { PERMISSION_KEYS, type Grade, type Permissions, type Precedent } from './types.js';
import { VENDOR_LICENSE_BY_KEY } from './vendor-licenses.js';

export interface LicenseGrade {
  grade: Grade | null;
  points: number | null;
  /** Why: rubric points, failed permissions, precedent. Shown in hovers. */
  basis: string;
  /** The paper's precedent gave a different level than the literal rubric, and was used. */
  precedentOverridesRubric: boolean;
}

const LEVEL_NAMES: Readonly<Record<Grade, string>> = {
  2: 'highly restrictive',
  3: 'moderately restrictive',
  4: 'slightly restrictive',
  5: 'restriction free',
};

const PERMISSION_NAMES: Readonly<Record<keyof Permissions, string>> = {
  research: 'research use',
  commercial: 'commercial use for any purpose',
  modify: 'modification as desired',
  copyright_derivatives: 'copyrighting derivatives',
  relicense_derivatives: 'relicensing shared derivatives',
};

/** One point per granted permission, 0–5. */
export function rubricPoints(p: Permissions): number {
  return PERMISSION_KEYS.filter((k) => p[k] === true).length;
}

/** Points to level exactly as the paper maps them. */
export function pointsToGrade(points: number): Grade {
  if (points >= 5) return 5;
  if (points === 4) return 4;
  if (points >= 2) return 3;
  return 2;
}

function rubricText(p: Permissions, points: number): string {
  const failed = PERMISSION_KEYS.filter((k) => !p[k]).map((k) => PERMISSION_NAMES[k]);
  const g = pointsToGrade(points);
  return `${points}/5 rubric points${failed.length ? ` (not granted: ${failed.join(', ')})` : ''} → level ${g}, ${LEVEL_NAMES[g]}`;
}

const P = (
  research: boolean,
  commercial: boolean,
  modify: boolean,
  copyright: boolean,
  relicense: boolean,
): Permissions => ({
  research,
  commercial,
  modify,
  copyright_derivatives: copyright,
  relicense_derivatives: relicense,
});

// SPDX-only ids (no HF id): infer terms from well-known families; anything else stays ungraded.
const COPYLEFT_SPDX =
  /^(A?GPL|LGPL|GFDL|MPL|EPL|EUPL|OSL|CDDL|CPL|CPAL|CECILL-(1|2)|CECILL-C|ODbL|CDLA-Sharing|MS-RL|OFL|LPPL|RPL|SISSL|SPL|NPL|QPL|Sleepycat|APSL|IPL|RPSL|CC-BY-SA|copyleft-next)/;

function spdxPermissions(id: string): Permissions | null {
  if (/^CC-BY-NC-ND/.test(id)) return P(true, false, false, false, false);
  if (/^CC-BY-NC-SA/.test(id)) return P(true, false, true, true, false);
  if (/^CC-BY-NC/.test(id)) return P(true, false, true, true, true);
  if (/^CC-BY-ND/.test(id)) return P(true, true, false, false, false);
  const s = SPDX_LICENSES.get(id);
  const open = (s?.osiApproved ?? false) || (s?.fsfLibre ?? false) || OPEN_DATA_LICENSES.has(id);
  if (COPYLEFT_SPDX.test(id) && open) return P(true, true, true, true, false);
  return open ? P(true, true, true, true, true) : null;
}

const GPL_PRECEDENT: Precedent = { level: 5, source: 'GNU GPL (LLaMA inference code graded C5)' };

interface Known {
  name: string;
  permissions: Permissions | null;
  precedent?: Precedent;
  note?: string;
}

function known(idOrRaw: string): Known | { ungraded: string } {
  const m = normalizeLicense(idOrRaw);
  switch (m.special) {
    case 'unlicensed':
      return {
        ungraded: 'no licence at all: all rights reserved, so the component counts as closed, not graded by licence',
      };
    case 'not-included':
      return { ungraded: 'the component is not released: grade it as closed (1)' };
    case 'undisclosed':
      return { ungraded: 'the licence is not disclosed: the rubric cannot be applied' };
    case 'proprietary':
      return {
        ungraded:
          'a proprietary licence grants none of the rubric permissions by default: declare its permissions to grade it',
      };
    default:
      break;
  }
  if (m.id === null) {
    const hint = m.suggestions.length ? `; did you mean ${m.suggestions.join(', ')}?` : '';
    return { ungraded: `${mdCode(idOrRaw.trim().slice(0, 200))} is not a licence id known to the engine${hint}` };
  }
  const hf = HF_LICENSE_BY_ID.get(m.id);
  if (hf) {
    if (hf.permissions === null) {
      return {
        ungraded: hf.family ? `${hf.name} names several licences: use the specific one` : `${hf.name}: ${hf.summary}`,
      };
    }
    return {
      name: hf.name,
      permissions: hf.permissions,
      precedent: hf.precedent,
      note: hf.family ? 'family id, read as its usual terms' : undefined,
    };
  }
  const vendor = VENDOR_LICENSE_BY_KEY.get(m.id);
  if (vendor) return { name: vendor.name, permissions: vendor.permissions, precedent: vendor.precedent };
  const spdx = m.spdx ? SPDX_LICENSES.get(m.spdx) : undefined;
  if (spdx) {
    const permissions = spdxPermissions(spdx.id);
    if (!permissions)
      return {
        ungraded: `${spdx.name} (${spdx.id}) is neither OSI-approved, FSF-libre nor open data, and its terms are not graded here`,
      };
    return {
      name: spdx.name,
      permissions,
      precedent: /^GPL-/.test(spdx.id) ? GPL_PRECEDENT : undefined,
      note: 'terms inferred from the SPDX licence family',
    };
  }
  return { ungraded: `no terms recorded for ${m.id}` };
}

/**
 * Level 2–5 of a licence (1 = unreleased is the caller's). `custom` permissions (a card's `permissions:` for
 * `license: other`) replace the recorded ones field by field and are graded by the rubric alone.
 */
export function licenseGrade(idOrRaw: string, custom?: Partial<Permissions>): LicenseGrade {
  const k = known(idOrRaw);
  const hasCustom = custom !== undefined && PERMISSION_KEYS.some((key) => typeof custom[key] === 'boolean');

  if (hasCustom) {
    const base = 'ungraded' in k ? null : k.permissions;
    const merged = {} as Permissions;
    for (const key of PERMISSION_KEYS) merged[key] = custom[key] ?? base?.[key] ?? false;
    const points = rubricPoints(merged);
    const unstated = PERMISSION_KEYS.filter((key) => typeof custom[key] !== 'boolean' && base === null);
    const who = 'ungraded' in k ? 'declared permissions' : `${k.name} with declared permissions`;
    const gap = unstated.length
      ? `; unstated ${unstated.map((u) => PERMISSION_NAMES[u]).join(', ')} counted as not granted`
      : '';
    return {
      grade: pointsToGrade(points),
      points,
      basis: `${who}: ${rubricText(merged, points)}${gap}.`,
      precedentOverridesRubric: false,
    };
  }

  if ('ungraded' in k) {
    return {
      grade: null,
      points: null,
      basis: `Not graded: ${k.ungraded.replace(/\.$/, '')}.`,
      precedentOverridesRubric: false,
    };
  }

  const perms = k.permissions!;
  const points = rubricPoints(perms);
  const rubricGrade = pointsToGrade(points);
  const note = k.note ? ` (${k.note})` : '';
  if (k.precedent) {
    const overrides = k.precedent.level !== rubricGrade;
    const basis = overrides
      ? `${k.name}${note}: level ${k.precedent.level} from the paper's published precedent, ${k.precedent.source}; ` +
        `the literal rubric would give ${rubricText(perms, points)}, and the precedent wins.`
      : `${k.name}${note}: ${rubricText(perms, points)}; the paper's precedent agrees: ${k.precedent.source}.`;
    return { grade: k.precedent.level, points, basis, precedentOverridesRubric: overrides };
  }
  return {
    grade: rubricGrade,
    points,
    basis: `${k.name}${note}: ${rubricText(perms, points)}.`,
    precedentOverridesRubric: false,
  };
}
