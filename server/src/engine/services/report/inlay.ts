// Inlay hints: the computed grade after each `openness:` component and the card's `license:` value
// (e.g. `D3 · moderately restrictive`), and the MOF verdict after each manifest component.
import { GRADE_MEANINGS } from '../../knowledge/components.js';
import { licenseGrade } from '../../knowledge/licenses/index.js';
import type { LintResult } from '../../lint.js';
import { getPair } from '../../parse/yaml-tree.js';
import type { ComponentGrade } from '../../types.js';

export interface InlayHintData {
  offset: number;
  label: string;
  tooltip: string;
}

function gradeText(g: ComponentGrade): string | null {
  if (g.label === 'N/A') return 'N/A';
  if (g.grade === null || !g.label) return null;
  return `${g.label} · ${GRADE_MEANINGS[g.grade]?.name ?? ''}`;
}

export function inlayHints(result: LintResult): InlayHintData[] {
  const out: InlayHintData[] = [];
  const card = result.doc.card;
  if (card?.frontMatter?.root) {
    const fm = card.frontMatter.root;
    const block = getPair(fm, 'openness');
    if (block?.value?.kind === 'map') {
      for (const p of block.value.pairs) {
        const g = result.openness.components[p.key];
        if (!g) continue;
        const label = gradeText(g);
        if (label) out.push({ offset: p.span.end, label, tooltip: g.basis });
      }
    }
    const lic = getPair(fm, 'license');
    if (lic?.value?.kind === 'scalar' && typeof lic.value.value === 'string' && lic.value.value !== 'other') {
      const g = licenseGrade(lic.value.value);
      if (g.grade !== null)
        out.push({
          offset: lic.span.end,
          label: `D${g.grade} · ${GRADE_MEANINGS[g.grade]?.name ?? ''} for weights`,
          tooltip: g.basis,
        });
    }
  }
  const ev = result.analysis.manifest?.evaluation;
  if (ev && result.doc.manifest) {
    for (const c of result.doc.manifest.components) {
      if (!c.name) continue;
      const v = ev.components.find((x) => x.name === c.name);
      if (!v) continue;
      const at = c.licenseSpan?.end ?? c.nameSpan?.end;
      if (at === undefined) continue;
      const verdict =
        v.status === 'included'
          ? v.typeAppropriate
            ? 'open · type-appropriate'
            : 'open · not type-appropriate'
          : v.status === 'unlicensed'
            ? 'unlicensed'
            : 'not open';
      out.push({
        offset: at,
        label: verdict,
        tooltip: `MOF: licence ${v.license} (from the ${v.source === 'component' ? 'component' : v.source === 'type' ? `release ${v.contentType} licence` : v.source === 'distribution' ? 'distribution licence' : 'nowhere'}), content type ${v.contentType}`,
      });
    }
  }
  return out;
}
