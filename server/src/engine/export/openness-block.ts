// Manifest → card: the `openness:` block a card should carry for the components its MOF manifest names, read
// with the engine's manifest analysis (MOF_TO_EIRAS), licences written as a card writes them; MOF components without
// an Eiras counterpart are reported as dropped. card-openness-edit.ts writes the same block into a card.
import { stringify } from 'yaml';
import type { ComponentDeclaration } from '../analyze/grading.js';
import { manifestOpenness, MOF_TO_EIRAS } from '../analyze/manifest-openness.js';
import { normalizeLicense } from '../knowledge/licenses/index.js';
import type { LintResult } from '../lint.js';
import type { ParsedDocument } from '../parse/document.js';
import { get, str } from '../parse/yaml-tree.js';
import type { Dropped } from './mof-manifest.js';

export interface OpennessBlockExport {
  /** Eiras component id → a status word or a licence (the block's short form), or a mapping when the manifest gives
   * the component's `component_path` (written as `url:`). */
  openness: Record<string, string | { status: 'released'; license?: string; url: string }>;
  dropped: Dropped[];
}

/** A manifest licence as a card writes it: the Hub / vendor id when the licence is known exactly (`Apache-2.0` →
 * `apache-2.0`, `Llama 3.1 Community License Agreement` → `llama3.1`), else as the manifest wrote it. */
export function cardLicense(raw: string): string {
  const m = normalizeLicense(raw);
  return m.id && (m.kind === 'exact' || m.kind === 'alias') ? m.id : raw.trim();
}

/** What the manifest says of each of the six components it can name (absent = closed: MOF semantics). */
export function manifestDeclarations(manifest: ParsedDocument): Record<string, ComponentDeclaration> {
  const graded = manifestOpenness(manifest).openness.components;
  const out: Record<string, ComponentDeclaration> = {};
  for (const id of Object.values(MOF_TO_EIRAS)) {
    const g = graded[id];
    if (!g || g.status === 'unknown') continue;
    const listed = manifest.manifest?.components.find((c) => MOF_TO_EIRAS[c.name ?? ''] === id);
    const path = str(get(listed?.node, 'component_path'));
    out[id] = {
      status: g.status,
      license: g.license ? cardLicense(g.license) : undefined,
      url: g.status === 'released' && path && /^https?:\/\//i.test(path) ? path : undefined,
      source: 'manifest',
    };
  }
  return out;
}

/** The manifest's components that no card component corresponds to. */
export function manifestDropped(manifest: ParsedDocument): Dropped[] {
  const dropped: Dropped[] = [];
  for (const c of manifest.manifest?.components ?? []) {
    if (!c.name || MOF_TO_EIRAS[c.name]) continue;
    dropped.push({
      what: c.name,
      reason:
        c.name === 'Model architecture'
          ? 'the Eiras "Model Architecture and Weights" component is read from Model parameters (Final)'
          : 'no Eiras pipeline component corresponds to it',
    });
  }
  return dropped;
}

export function manifestToOpenness(result: LintResult): OpennessBlockExport {
  const openness: OpennessBlockExport['openness'] = {};
  for (const [id, d] of Object.entries(manifestDeclarations(result.doc)))
    openness[id] =
      d.status === 'released' && d.url
        ? { status: 'released' as const, ...(d.license ? { license: d.license } : {}), url: d.url }
        : d.status === 'released' && d.license
          ? d.license
          : d.status;
  return { openness, dropped: manifestDropped(result.doc) };
}

export function opennessYaml(e: OpennessBlockExport): string {
  return stringify({ openness: e.openness }, { lineWidth: 0 });
}
