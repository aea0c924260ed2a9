// incomplete-other-license: `license: other` needs `license_name` (an id for the custom licence) and
// `license_link` (`LICENSE` in the repo or a URL); without them the Hub shows no licence at all.
// Source: hub-docs modelcard.md (comments on license_name / license_link); docs/references.md#hugging-face-model-cards
import { getPair, str, type YPair } from '../parse/yaml-tree.js';
import { fix } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import { insertAfterPair } from '../rule-kit/schema-check.js';

export const meta: RuleMeta = {
  id: 'incomplete-other-license',
  description: '`license: other` must come with `license_name` and `license_link`.',
  tags: ['metadata', 'licence'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning' },
};

// Bounded runs keep the scan linear on long unbroken text.
const LICENSE_LINK = /\]\(([^)\s]{0,200}?licen[cs]e[^)\s]{0,200})\)/i;

/** A link to a licence file in the body (`[LICENSE](LICENSE.md)`), else the conventional `LICENSE`. */
function guessLink(ctx: RuleContext): string {
  const md = ctx.card?.markdown;
  if (!md) return 'LICENSE';
  const body = ctx.doc.text.slice(md.span.start, Math.min(md.span.end, md.span.start + 200_000));
  const m = LICENSE_LINK.exec(body);
  return m && /^[\w./:#?=&%~+-]+$/.test(m[1]!) ? m[1]! : 'LICENSE';
}

function emptyValue(ctx: RuleContext, pair: YPair, key: string, what: string): void {
  ctx.report({
    span: pair.value ? (pair.value.span.end > pair.value.span.start ? pair.value.span : pair.keySpan) : pair.keySpan,
    message: `\`${key}\` is empty: with \`license: other\` it must give ${what}.`,
  });
}

export function incompleteOtherLicense(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (!fm?.closed || !fm.root) return;
  const license = getPair(fm.root, 'license');
  if (!license?.value || license.value.kind !== 'scalar' || str(license.value) !== 'other') return;
  const name = getPair(fm.root, 'license_name');
  const link = getPair(fm.root, 'license_link');
  if (name && !str(name.value)) emptyValue(ctx, name, 'license_name', 'an id for the licence, e.g. `my-license-1.0`');
  if (link && !str(link.value))
    emptyValue(ctx, link, 'license_link', '`LICENSE` / `LICENSE.md` in the repo or a URL to the licence text');
  const absent: string[] = [];
  if (!name) absent.push('license_name');
  if (!link) absent.push('license_link');
  if (!absent.length) return;
  const lines: string[] = [];
  if (!name) lines.push('license_name: ""');
  if (!link) lines.push(`license_link: ${guessLink(ctx)}`);
  const keys = absent.map((k) => `\`${k}\``).join(' and ');
  ctx.report({
    span: license.value.span,
    message: `\`license: other\` needs ${keys}: without ${absent.length > 1 ? 'them' : 'it'} the Hub cannot ${[!name ? 'name' : '', !link ? 'link to' : ''].filter(Boolean).join(' or ')} the licence${!name ? ' (give it a short id, e.g. `my-license-1.0`)' : ''}.`,
    suggestions: [fix(`Add ${keys} to fill in`, insertAfterPair(ctx.doc, license, lines))].filter(
      (f) => f !== undefined,
    ),
  });
}

export const rule: Rule = { meta, check: incompleteOtherLicense };
