// card-manifest-mismatch: a card and the MOF manifest of the same release disagree on the weights' licence, so one
// of them misinforms users (docs/references.md#this-projects-synthesis). The finding links to the manifest's licence;
// its suggestions take the manifest's side: its licence into `license:`, or its components into the `openness:` block.
import { cardOpennessUpdate } from '../export/card-openness-edit.js';
import { normalizeLicense } from '../knowledge/licenses/index.js';
import { getPair, str } from '../parse/yaml-tree.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Span } from '../types.js';
import { fix, replace, yamlScalar } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'card-manifest-mismatch',
  description: "A card's `license:` must agree with the weights licence in the release's MOF manifest.",
  tags: ['licence', 'manifest'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', mof: 'warning', 'eu-gpai': 'warning' },
};

/** The manifest's licence for the final weights: the component's own, else the data default, else distribution. */
function weightsLicense(m: ParsedDocument): { license: string; span: Span } | null {
  const man = m.manifest!;
  const c = man.components.find((x) => x.name === 'Model parameters (Final)');
  if (c?.license && c.licenseSpan) return { license: c.license, span: c.licenseSpan };
  for (const scope of ['data', 'distribution'] as const) {
    const g = man.licenses[scope];
    if (g.name && g.span) return { license: g.name, span: g.span };
  }
  return null;
}

/** A comparable identity: the canonical id when recognised. */
function identity(raw: string): string | null {
  const m = normalizeLicense(raw);
  return m.kind === 'none' || m.kind === 'fuzzy' ? null : (m.spdx ?? m.id);
}

export function cardManifestMismatch(ctx: RuleContext): void {
  const pair = getPair(ctx.card?.frontMatter?.root, 'license');
  const cardLicense = str(pair?.value);
  if (!pair?.value || !cardLicense || cardLicense === 'other' || cardLicense === 'unknown') return;
  const mine = identity(cardLicense);
  if (!mine) return;
  for (const m of ctx.analysis.companionManifests) {
    const theirs = weightsLicense(m);
    if (!theirs) continue;
    const other = identity(theirs.license);
    if (!other || other === mine) continue;
    const s = m.lines.positionAt(theirs.span.start);
    const e = m.lines.positionAt(theirs.span.end);
    const name = m.path.split(/[\\/]/).pop();
    // The Hub's `license:` takes Hub ids only: a licence without one is not offered.
    const hub = normalizeLicense(theirs.license).hf;
    const update = cardOpennessUpdate(ctx.doc, m);
    const suggestions = [
      hub ? fix(`Set \`license: ${hub}\` as ${name} says`, replace(pair.value.span, yamlScalar(hub))) : undefined,
      'edits' in update ? fix(`Write the \`openness:\` block from ${name}`, ...update.edits) : undefined,
    ].filter((f) => f !== undefined);
    ctx.report({
      span: pair.value.span,
      message: `The card says \`license: ${cardLicense}\` but the release manifest ${name} licenses the weights under \`${theirs.license}\`; make them agree.`,
      suggestions,
      related: [
        { file: m.path, span: theirs.span, range: { start: s, end: e }, message: "the manifest's weights licence" },
      ],
    });
  }
}

export const rule: Rule = { meta, check: cardManifestMismatch };
