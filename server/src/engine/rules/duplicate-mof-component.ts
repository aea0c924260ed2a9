// duplicate-mof-component: the same component listed twice. MOT keeps one licence per component (the last entry's),
// so the earlier entry silently stops counting. Source: MOT ModelEvaluator.php licence map (see knowledge/mof.ts).
import type { ManifestComponent } from '../parse/manifest.js';
import { fix } from '../rule-kit/helpers.js';
import { removeSeqItem } from '../rule-kit/manifest-shared.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'duplicate-mof-component',
  description: 'A release manifest must list each MOF component once.',
  tags: ['manifest', 'mof'],
  appliesTo: ['release-manifest'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', mof: 'error' },
};

function licenseText(c: ManifestComponent): string {
  if (c.rawLicense === undefined) return 'no `license:` (inherited)';
  if (c.rawLicense === null || c.rawLicense === '') return 'an empty licence';
  return `\`${String(c.rawLicense)}\``;
}

export function duplicateMofComponent(ctx: RuleContext): void {
  const m = ctx.manifest;
  if (!m) return;
  const first = new Map<string, ManifestComponent>();
  const last = new Map<string, ManifestComponent>();
  for (const c of m.components) if (c.name !== null) last.set(c.name, c);
  for (const c of m.components) {
    if (c.name === null || !c.nameSpan) continue;
    const prev = first.get(c.name);
    if (!prev) {
      first.set(c.name, c);
      continue;
    }
    const winner = last.get(c.name)!;
    const differ = licenseText(prev) !== licenseText(c);
    const line = ctx.doc.lines.positionAt(prev.nameSpan!.start).line + 1;
    const which = winner === c ? 'this entry' : 'a later entry';
    const remove = removeSeqItem(ctx.doc, c.node);
    ctx.report({
      span: c.nameSpan,
      message:
        `\`${c.name}\` is already listed on line ${line}. MOT keeps one entry per component and uses the licence of the last one (${which})` +
        (differ ? `: ${licenseText(c)} here against ${licenseText(prev)} on line ${line}.` : '.') +
        ' Merge the entries into one.',
      related: [{ span: prev.nameSpan!, message: `first \`${c.name}\`` }],
      suggestions: remove ? [fix('Remove this entry', remove)!] : undefined,
    });
  }
}

export const rule: Rule = { meta, check: duplicateMofComponent };
