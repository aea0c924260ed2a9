// invalid-license-id: front-matter `license:` must be one of the Hub's 83 licence ids (hub-docs
// repositories-licenses.md; docs/references.md#hugging-face-model-cards). The Hub validates the key on push and shows nothing
// for an unknown id; messy spellings (`Apache 2.0`, `MIT License`, `llama 3`) are fixed to the Hub id, typos get
// did-you-mean, family ids (`bsd`, `cc`, `gpl`, …) ask for the specific version, a list asks for one licence.
import { closest } from '../knowledge/did-you-mean.js';
import { HF_LICENSE_BY_ID, HF_LICENSE_IDS, normalizeLicense, type LicenseMatch } from '../knowledge/licenses/index.js';
import { getPair, type YNode, type YPair, type YScalar } from '../parse/yaml-tree.js';
import type { Fix } from '../types.js';
import { fix, replace, yamlScalar } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import { foundName, insertAfterPair } from '../rule-kit/schema-check.js';

export const meta: RuleMeta = {
  id: 'invalid-license-id',
  description:
    "Front-matter `license:` must be one of the Hugging Face Hub's licence ids (or `other` with `license_name` and `license_link`).",
  tags: ['metadata', 'licence'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'error', 'hf-basic': 'error' },
};

const LICENSES_URL = 'hf.co/docs/hub/repositories-licenses';

/** Edits that turn `license:` into the Hub id `id`, or into `other` + `license_name` when the Hub has no id for it. */
function toLicense(ctx: RuleContext, pair: YPair, value: YNode, id: string): Fix | undefined {
  if (HF_LICENSE_BY_ID.has(id)) return fix(`Change to \`license: ${id}\``, replaceValue(ctx, pair, value, id));
  const root = ctx.card?.frontMatter?.root ?? null;
  if (getPair(root, 'license_name'))
    return fix(
      `Change to \`license: other\` (\`license_name\` is already set)`,
      replaceValue(ctx, pair, value, 'other'),
    );
  const name = id.toLowerCase();
  return fix(
    `Change to \`license: other\` with \`license_name: ${name}\``,
    replaceValue(ctx, pair, value, 'other'),
    insertAfterPair(ctx.doc, pair, [`license_name: ${yamlScalar(name)}`]),
  );
}

/** Replace the value; a block list (`license:\n- mit`) is replaced from the colon so the scalar lands on the key's line. */
function replaceValue(ctx: RuleContext, pair: YPair, value: YNode, text: string) {
  if (value.kind === 'seq' && !value.flow) {
    // Keep a comment that follows the colon: `license:  # note` + `- mit` → `license: mit  # note`.
    const between = /^[ \t]*:([ \t]*#[^\r\n]*)?\r?\n[ \t]*$/.exec(
      ctx.doc.text.slice(pair.keySpan.end, value.span.start),
    );
    if (!between) return null;
    let end = value.span.end;
    while (end > value.span.start && /\s/.test(ctx.doc.text[end - 1]!)) end--; // a block list's span ends after its newline
    return { start: pair.keySpan.end, end, newText: `: ${yamlScalar(text)}${between[1] ?? ''}` };
  }
  return replace(value.span, yamlScalar(text));
}

function suggestionsFor(ctx: RuleContext, pair: YPair, value: YNode, ids: readonly string[]): Fix[] {
  return ids.map((id) => toLicense(ctx, pair, value, id)).filter((f): f is Fix => !!f);
}

function quoteIds(ids: readonly string[]): string {
  return ids.map((i) => `\`${i}\``).join(', ');
}

function checkString(ctx: RuleContext, pair: YPair, node: YScalar, raw: string): void {
  const hf = HF_LICENSE_BY_ID.get(raw);
  const m = normalizeLicense(raw);
  if (hf) {
    if (!hf.family) return;
    ctx.report({
      span: node.span,
      message: `\`${raw}\` names a family of licences (${hf.name}), so the actual terms are unknown; name the specific licence, e.g. ${quoteIds(m.suggestions.slice(0, 3))}.`,
      suggestions: suggestionsFor(ctx, pair, node, m.suggestions),
    });
    return;
  }
  if (m.kind === 'exact' || m.kind === 'alias') {
    reportRecognised(ctx, pair, node, raw, m);
    return;
  }
  // Typos: prefer candidates the Hub has an id for; else ids close to the raw text.
  const onHub = m.suggestions.filter((id) => HF_LICENSE_BY_ID.has(id));
  const near = onHub.length ? onHub : m.suggestions.length ? [...m.suggestions] : closest(raw, HF_LICENSE_IDS);
  if (near.length) {
    ctx.report({
      span: node.span,
      message: `\`${raw}\` is not a Hub licence id; did you mean ${near.map((s) => `\`${hfSpelling(s)}\``).join(' or ')}?`,
      suggestions: suggestionsFor(ctx, pair, node, near),
    });
    return;
  }
  ctx.report({
    span: node.span,
    message: `\`${raw}\` is not a Hub licence id. Use an id from ${LICENSES_URL}, or \`license: other\` with \`license_name\` and \`license_link\`.`,
    suggestions: suggestionsFor(ctx, pair, node, ['other']),
  });
}

/** How the Hub writes a canonical id: the HF id itself, or `other` for licences it has no id for. */
function hfSpelling(id: string): string {
  return HF_LICENSE_BY_ID.has(id) ? id : `other (license_name: ${id.toLowerCase()})`;
}

function reportRecognised(ctx: RuleContext, pair: YPair, node: YScalar, raw: string, m: LicenseMatch): void {
  const hfId = m.hf && HF_LICENSE_BY_ID.has(m.hf) ? m.hf : null;
  if (hfId && HF_LICENSE_BY_ID.get(hfId)!.family) {
    ctx.report({
      span: node.span,
      message: `\`${raw}\` names a family of licences, so the actual terms are unknown; name the specific licence, e.g. ${quoteIds(m.suggestions.slice(0, 3))}.`,
      suggestions: suggestionsFor(ctx, pair, node, m.suggestions),
    });
    return;
  }
  if (hfId && (!m.special || m.special === 'undisclosed') && (hfId !== 'other' || m.id === 'other')) {
    ctx.report({
      span: node.span,
      message: `\`${raw}\` is not a Hub licence id; the Hub spells it \`${hfId}\`.`,
      fix: fix(`Change to \`license: ${hfId}\``, replace(node.span, yamlScalar(hfId))),
    });
    return;
  }
  if (m.special === 'proprietary' || m.special === 'unlicensed' || m.special === 'not-included') {
    ctx.report({
      span: node.span,
      message: `\`${raw}\` is not a Hub licence id. For custom or proprietary terms write \`license: other\` with \`license_name\` and \`license_link\` to the terms; if no licence is granted at all, say so in a Licence section.`,
      suggestions: suggestionsFor(ctx, pair, node, ['other', 'unknown']),
    });
    return;
  }
  // A licence the Hub has no id for: a vendor model licence or an SPDX-only licence.
  const name = (m.id ?? raw).toLowerCase();
  ctx.report({
    span: node.span,
    message: `\`${raw}\` has no Hub licence id: write \`license: other\` with \`license_name: ${name}\` and a \`license_link\` to its text.`,
    suggestions: suggestionsFor(ctx, pair, node, [m.id ?? raw]),
  });
}

export function invalidLicenseId(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (!fm?.closed || !fm.root) return;
  const pair = getPair(fm.root, 'license');
  const value = pair?.value;
  if (!pair || !value) return;
  if (value.kind === 'seq') {
    const items = value.items.filter(
      (i): i is YScalar => i.kind === 'scalar' && typeof i.value === 'string' && i.value.trim() !== '',
    );
    const ids = items.map((i) => {
      const raw = String(i.value).trim();
      return HF_LICENSE_BY_ID.has(raw) ? raw : (normalizeLicense(raw).hf ?? raw);
    });
    const unique = [...new Set(ids)];
    const span = value.flow ? value.span : pair.keySpan;
    if (unique.length === 1 && HF_LICENSE_BY_ID.has(unique[0]!)) {
      ctx.report({
        span,
        message: `\`license\` must be a single licence id, not a list; write \`license: ${unique[0]}\`.`,
        fix: fix(`Change to \`license: ${unique[0]}\``, replaceValue(ctx, pair, value, unique[0]!)),
      });
      return;
    }
    ctx.report({
      span,
      message: unique.length
        ? `\`license\` must be a single licence id, not a list (${quoteIds(unique)}). For several licences use \`license: other\` with \`license_name\` and a \`license_link\` explaining which applies to what.`
        : '`license` must be a single licence id, not a list.',
      suggestions: suggestionsFor(
        ctx,
        pair,
        value,
        [...unique.filter((u) => HF_LICENSE_BY_ID.has(u)), 'other'].filter((v, i, a) => a.indexOf(v) === i),
      ),
    });
    return;
  }
  if (value.kind !== 'scalar') {
    ctx.report({
      span: value.kind === 'map' && value.flow ? value.span : pair.keySpan,
      message: `\`license\` must be a licence id such as \`apache-2.0\`, not ${foundName(value)}.`,
    });
    return;
  }
  if (value.value === null) return; // empty: undisclosed-license reports it
  if (typeof value.value !== 'string') {
    ctx.report({
      span: value.span,
      message: `\`license\` must be a licence id such as \`apache-2.0\`, not the ${typeof value.value} \`${value.source}\`.`,
    });
    return;
  }
  if (!value.value.trim()) return;
  checkString(ctx, pair, value, value.value);
}

export const rule: Rule = { meta, check: invalidLicenseId };
