// Manifest → card: the `openness:` block a card should carry for the components its MOF manifest names, read
// with the engine's manifest analysis (MOF_TO_EIRAS); MOF components without an Eiras counterpart are reported as dropped.
import { stringify } from 'yaml';
import { MOF_TO_EIRAS } from '../analyze/manifest-openness.js';
import type { LintResult } from '../lint.js';
import type { Dropped } from './mof-manifest.js';

export interface OpennessBlockExport {
  /** Eiras component id → a status word or a licence (the block's short form). */
  openness: Record<string, string>;
  dropped: Dropped[];
}

export function manifestToOpenness(result: LintResult): OpennessBlockExport {
  const components = result.analysis.manifest?.openness.components ?? {};
  const openness: Record<string, string> = {};
  for (const id of Object.values(MOF_TO_EIRAS)) {
    const g = components[id];
    if (!g || g.status === 'unknown') continue;
    openness[id] = g.status === 'released' && g.license ? g.license : g.status;
  }
  const dropped: Dropped[] = [];
  for (const c of result.doc.manifest?.components ?? []) {
    if (!c.name || MOF_TO_EIRAS[c.name]) continue;
    dropped.push({
      what: c.name,
      reason:
        c.name === 'Model architecture'
          ? 'the Eiras "Model Architecture and Weights" component is read from Model parameters (Final)'
          : 'no Eiras pipeline component corresponds to it',
    });
  }
  return { openness, dropped };
}

export function opennessYaml(e: OpennessBlockExport): string {
  return stringify({ openness: e.openness }, { lineWidth: 0 });
}
