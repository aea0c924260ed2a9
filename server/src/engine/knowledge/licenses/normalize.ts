// Maps a messy licence string (`Apache 2.0`, `BSD-3`, `Llama 2 Community License`) to a canonical id, with
// did-you-mean. Aliases come from a survey of every `license` string in shared/corpus/manifests (MOT models/*.yml
// @ 8b5d30e9) and the `license:` front matter of shared/corpus/cards; called per keystroke, so results are cached.

import { distance } from 'fastest-levenshtein';
import { HF_ID_BY_SPDX, HF_LICENSES, HF_LICENSE_BY_ID } from './hf-licenses.js';
import { SPDX_LICENSES } from './spdx-licenses.js';
import { VENDOR_LICENSES } from './vendor-licenses.js';

export type LicenseMatchKind = 'exact' | 'alias' | 'fuzzy' | 'none';

/** Strings that are not a licence but say something about one (MOT manifests use them as licence values). */
export type SpecialLicense = 'proprietary' | 'undisclosed' | 'unlicensed' | 'not-included';

export interface LicenseMatch {
  input: string;
  /** Canonical id: the HF id when one exists, else the SPDX id, else a vendor licence's Hub `license_name`. */
  id: string | null;
  spdx: string | null;
  /** What to write in HF `license:` (`other` for vendor licences). */
  hf: string | null;
  kind: LicenseMatchKind;
  /** Did-you-mean, best first, at most 3 canonical ids. */
  suggestions: string[];
  special?: SpecialLicense;
}

interface Target {
  id: string;
  spdx: string | null;
  hf: string | null;
}

// Hand-written spellings the automatic keys (ids and names of HF, SPDX and vendor licences) do not cover.
const ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['Apache 2', 'apache-2.0'],
  ['Apache2', 'apache-2.0'],
  ['Apache License v2', 'apache-2.0'],
  ['ASL 2.0', 'apache-2.0'],
  ['BSD-3', 'bsd-3-clause'],
  ['BSD 3 clause', 'bsd-3-clause'],
  ['New BSD', 'bsd-3-clause'],
  ['Modified BSD', 'bsd-3-clause'],
  ['BSD-2', 'bsd-2-clause'],
  ['Simplified BSD', 'bsd-2-clause'],
  ['GPLv2', 'gpl-2.0'],
  ['GPL 2', 'gpl-2.0'],
  ['GPLv3', 'gpl-3.0'],
  ['GPL 3', 'gpl-3.0'],
  ['AGPLv3', 'agpl-3.0'],
  ['LGPLv2.1', 'lgpl-2.1'],
  ['LGPLv3', 'lgpl-3.0'],
  ['MPL 2', 'mpl-2.0'],
  ['Meta Llama 2 Community License', 'llama2'],
  ['Llama 3 Community License Agreement', 'llama3'],
  ['Meta Llama 3', 'llama3'],
  ['Meta Llama 3.1 Community License', 'llama3.1'],
  ['Meta Llama 3.2 Community License', 'llama3.2'],
  ['Meta Llama 3.3 Community License', 'llama3.3'],
  ['Llama 4 Community License', 'llama4'],
  ['OpenRAIL-M', 'openrail'],
  ['OpenRAIL++-M', 'openrail++'],
  ['CreativeML OpenRAIL++-M', 'openrail++'],
  ['Bloom', 'bigscience-bloom-rail-1.0'],
  ['BLOOM RAIL', 'bigscience-bloom-rail-1.0'],
  ['BigCode OpenRAIL-M', 'bigcode-openrail-m'],
  ['apple-sample-code-license', 'apple-ascl'],
  ['Apple Sample Code', 'apple-ascl'],
  ['grok-2-community', 'grok2-community'],
  ['Creative Commons Zero', 'cc0-1.0'],
  ['CC0', 'cc0-1.0'],
];

// Family ids are ambiguous: offer the specific licences instead.
const FAMILY_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  bsd: ['bsd-3-clause', 'bsd-2-clause', 'bsd-3-clause-clear'],
  cc: ['cc-by-4.0', 'cc-by-sa-4.0', 'cc0-1.0'],
  gpl: ['gpl-3.0', 'gpl-2.0'],
  lgpl: ['lgpl-3.0', 'lgpl-2.1'],
  gfdl: ['GFDL-1.3-only', 'GFDL-1.3-or-later', 'GFDL-1.2-only'],
  openrail: ['bigscience-openrail-m', 'creativeml-openrail-m', 'openrail++'],
};

const SPECIALS: ReadonlyArray<readonly [RegExp, SpecialLicense, Target | null]> = [
  [/^unlicensed$/i, 'unlicensed', null],
  [/^component\s+(component\s+)?not\s+includ/i, 'not-included', null],
  [
    /^(undisclosed|not disclosed|not specified|unspecified|license not specified|n\/a)$/i,
    'undisclosed',
    { id: 'unknown', spdx: null, hf: 'unknown' },
  ],
  [
    /^(proprietary|closed|closed[- ]source|all rights reserved)$/i,
    'proprietary',
    { id: 'other', spdx: null, hf: 'other' },
  ],
];

/** Case, punctuation and filler words ("license", "the", "version") removed, so spellings collapse together. */
export function licenseKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\b(the|license|licence|agreement|version)\b/g, ' ')
    .replace(/\bv(?=\d)/g, '')
    .replace(/[^a-z0-9.+]/g, '')
    .replace(/^\.+|\.+$/g, '');
}

interface Index {
  exact: Map<string, Target>;
  byKey: Map<string, Target>;
  keys: string[];
}

let index: Index | null = null;

function buildIndex(): Index {
  const exact = new Map<string, Target>();
  const byKey = new Map<string, Target>();
  const hfTarget = (id: string): Target => ({ id, spdx: HF_LICENSE_BY_ID.get(id)?.spdx ?? null, hf: id });
  const spdxTarget = (spdx: string): Target => {
    const hf = HF_ID_BY_SPDX.get(spdx);
    return hf ? { id: hf, spdx, hf } : { id: spdx, spdx, hf: null };
  };
  const addKey = (raw: string, t: Target): void => {
    const k = licenseKey(raw);
    if (k && !byKey.has(k)) byKey.set(k, t);
  };

  for (const l of HF_LICENSES) exact.set(l.id, hfTarget(l.id));
  for (const id of SPDX_LICENSES.keys()) if (!exact.has(id)) exact.set(id, spdxTarget(id));

  // Insertion order is priority: a key keeps the first licence that claims it.
  for (const l of HF_LICENSES) addKey(l.id, hfTarget(l.id));
  for (const [alias, id] of ALIASES) addKey(alias, HF_LICENSE_BY_ID.has(id) ? hfTarget(id) : spdxTarget(id));
  for (const v of VENDOR_LICENSES) {
    const t: Target = { id: v.key, spdx: null, hf: 'other' };
    for (const s of [v.key, v.name, ...v.aliases]) addKey(s, t);
  }
  for (const l of HF_LICENSES) addKey(l.name, hfTarget(l.id));
  for (const id of SPDX_LICENSES.keys()) addKey(id, spdxTarget(id));
  for (const l of SPDX_LICENSES.values()) addKey(l.name, spdxTarget(l.id));
  return { exact, byKey, keys: [...byKey.keys()] };
}

function suggest(key: string, idx: Index, limit: number): { id: string; d: number }[] {
  const best = new Map<string, number>();
  for (const k of idx.keys) {
    // Cheap length bound before the real distance: it cannot be below the length difference.
    if (Math.abs(k.length - key.length) > limit) continue;
    const d = distance(key, k);
    if (d > limit) continue;
    const id = idx.byKey.get(k)!.id;
    const prev = best.get(id);
    if (prev === undefined || d < prev) best.set(id, d);
  }
  return [...best.entries()].map(([id, d]) => ({ id, d })).sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
}

const cache = new Map<string, LicenseMatch>();
const CACHE_LIMIT = 5000;

function freeze(m: LicenseMatch): LicenseMatch {
  Object.freeze(m.suggestions);
  return Object.freeze(m);
}

function compute(raw: string): LicenseMatch {
  const idx = (index ??= buildIndex());
  const trimmed = raw.trim();
  const none: LicenseMatch = { input: raw, id: null, spdx: null, hf: null, kind: 'none', suggestions: [] };
  if (!trimmed) return none;

  for (const [re, special, target] of SPECIALS) {
    if (re.test(trimmed))
      return {
        input: raw,
        id: target?.id ?? null,
        spdx: null,
        hf: target?.hf ?? null,
        kind: 'alias',
        suggestions: [],
        special,
      };
  }

  const exact = idx.exact.get(trimmed);
  if (exact) {
    const kind: LicenseMatchKind = trimmed === raw ? 'exact' : 'alias';
    const spdx = SPDX_LICENSES.has(trimmed) ? trimmed : exact.spdx;
    return { input: raw, ...exact, spdx, kind, suggestions: [...(FAMILY_VARIANTS[exact.id] ?? [])] };
  }
  if (/^LicenseRef-/i.test(trimmed)) return none;

  const key = licenseKey(trimmed);
  if (!key) return none;
  const aliased = idx.byKey.get(key);
  if (aliased) return { input: raw, ...aliased, kind: 'alias', suggestions: [...(FAMILY_VARIANTS[aliased.id] ?? [])] };

  const limit = Math.max(2, Math.floor(key.length * 0.4));
  const ranked = suggest(key, idx, limit);
  const top = ranked[0];
  if (top && top.d <= 2 && top.d <= key.length * 0.25) {
    const t = idx.exact.get(top.id) ?? { id: top.id, spdx: null, hf: 'other' };
    return { input: raw, ...t, kind: 'fuzzy', suggestions: ranked.slice(0, 3).map((r) => r.id) };
  }
  // Free text such as `commercial use restrictions; CC-BY-NC-SA-4.0` often names real ids: offer those first.
  const named = embeddedIds(trimmed, idx);
  return { ...none, suggestions: [...new Set([...named, ...ranked.map((r) => r.id)])].slice(0, 3) };
}

function embeddedIds(text: string, idx: Index): string[] {
  const ids: string[] = [];
  for (const token of text.split(/[\s;,()"“”'‘’]+/)) {
    const t = idx.exact.get(token) ?? idx.byKey.get(licenseKey(token));
    if (t && token.length > 2 && !ids.includes(t.id)) ids.push(t.id);
  }
  return ids;
}

/** Canonical id, SPDX / HF equivalents and did-you-mean for one licence string. */
export function normalizeLicense(raw: string): LicenseMatch {
  const hit = cache.get(raw);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const m = freeze(compute(raw));
  cache.set(raw, m);
  return m;
}
