// manifest-schema: a MOF release manifest must match MOT's schema (schema/mof_schema.json, which MOT's
// validate-model.php enforces) tightened to what MOT's evaluator reads. Each problem is reported at its YAML node.
import { MOF_FRAMEWORK_NAME } from '../parse/manifest.js';
import type { YNode } from '../parse/yaml-tree.js';
import { LEGACY_COMPONENT_KEYS, manifestSchema as mofManifestSchema } from '../schema/manifest.js';
import type { Fix, Span } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import {
  pathText,
  problemMessage,
  quotable,
  renameKey,
  validateNode,
  SCHEMA_MEMO,
  type SchemaProblem,
} from '../rule-kit/schema-check.js';

export const meta: RuleMeta = {
  id: 'manifest-schema',
  description:
    'A release manifest must match the MOF manifest schema: required keys, value types, enums and the keys MOT reads.',
  tags: ['manifest', 'mof'],
  appliesTo: ['release-manifest'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'error', mof: 'error' },
};

const isComponentName = (path: readonly (string | number)[]): boolean =>
  path.length === 4 &&
  path[0] === 'release' &&
  path[1] === 'components' &&
  typeof path[2] === 'number' &&
  path[3] === 'name';

const quoteSingle = (source: string): string => `'${source.replace(/'/g, "''")}'`;

function message(p: SchemaProblem): string {
  const here = pathText('', p.path);
  const legacy = p.kind === 'unknown-key' && p.key ? LEGACY_COMPONENT_KEYS[p.key] : undefined;
  if (legacy) {
    return `\`${p.key}\` is a key of MOT's older manifest format: MOT now reads \`${legacy}\`, so this value is ignored. Rename it to \`${legacy}\`.`;
  }
  if (p.kind === 'too-small' && p.node?.kind === 'scalar') return `\`${here}\` must not be empty.`;
  if (p.kind === 'other' && /date/i.test(p.zodMessage ?? '')) {
    return `\`${here}\` must be a date written \`YYYY-MM-DD\` (MOT's schema uses JSON Schema \`format: date\`).`;
  }
  if (p.kind === 'other' && p.path[p.path.length - 1] === 'components') {
    return '`release.components` lists more than the 17 MOF components: list each component once.';
  }
  if (p.kind === 'bad-value' && here === 'framework.name') {
    return `\`framework.name\` must be \`${MOF_FRAMEWORK_NAME}\`: MOT and other tools recognise a manifest by it.`;
  }
  if (p.kind === 'missing-key' && isComponentName(p.path)) {
    return `\`${pathText('', p.path.slice(0, -1))}\` has no \`name\`, so MOT cannot match it to a component. Name it with one of the 17 MOF component names.`;
  }
  if (p.kind === 'bad-value') {
    // The schema's enums allow '' for "not stated"; never offer it as a did-you-mean.
    const v = p.node?.kind === 'scalar' ? String(p.node.value) : '';
    const options = p.options.filter((o) => o !== '');
    if (options.length)
      return `\`${v}\` is not a valid \`${here}\`; did you mean ${options.map((o) => `\`${o}\``).join(' or ')}?`;
    const known = (p.known ?? []).filter((o) => o !== '');
    const empty = (p.known ?? []).includes('') ? ", or '' when not stated" : '';
    return `\`${v}\` is not a valid \`${here}\`; expected one of ${known.map((o) => `\`${o}\``).join(', ')}${empty}.`;
  }
  if (p.kind === 'wrong-type' && quotable(p, mofManifestSchema)) {
    return `${problemMessage(p, '')} Quote it: YAML reads \`${p.node?.kind === 'scalar' ? p.node.source : ''}\` as a ${typeof (p.node as { value?: unknown })?.value}.`;
  }
  return problemMessage(p, '');
}

function edits(p: SchemaProblem, present: ReadonlySet<string>, required: boolean): { fix?: Fix; suggestions?: Fix[] } {
  const node = p.node;
  if (p.kind === 'wrong-type' && node?.kind === 'scalar' && quotable(p, mofManifestSchema)) {
    return { fix: fix(`Quote \`${node.source}\``, replace(node.span, quoteSingle(node.source))) };
  }
  if (p.kind === 'bad-value' && node?.kind === 'scalar') {
    const value = String(node.value);
    const options = p.options.filter((o) => o !== '');
    const squash = (s: string) =>
      s
        .toLowerCase()
        .replace(/[\s_-]+/g, ' ')
        .trim();
    const write = (o: string) =>
      node.style === 'double'
        ? JSON.stringify(o)
        : node.style === 'plain' && /^[\w ().-]+$/.test(o)
          ? o
          : quoteSingle(o);
    // Only a case or spacing slip is certain enough to fix unattended.
    const exact = options.filter((o) => squash(o) === squash(value));
    if (exact.length === 1) return { fix: fix(`Change to \`${exact[0]}\``, replace(node.span, write(exact[0]!))) };
    const suggestions = options.map((o) => fix(`Change to \`${o}\``, replace(node.span, write(o)))!);
    return suggestions.length ? { suggestions } : {};
  }
  if ((p.kind === 'unknown-key' || p.kind === 'misspelt-key') && p.pair && p.key) {
    const legacy = LEGACY_COMPONENT_KEYS[p.key];
    if (legacy && !present.has(legacy))
      return { fix: fix(`Rename \`${p.key}\` to \`${legacy}\``, renameKey(p.pair, legacy)) };
    const options = p.options.filter((o) => !present.has(o));
    // The misspelling of a required key that is absent is certain enough to rename unattended.
    if (required && options.length === 1)
      return { fix: fix(`Rename \`${p.key}\` to \`${options[0]}\``, renameKey(p.pair, options[0]!)) };
    const suggestions = options.map((o) => fix(`Rename \`${p.key}\` to \`${o}\``, renameKey(p.pair!, o))!);
    return suggestions.length ? { suggestions } : {};
  }
  return {};
}

/** The mapping that holds the last segment of `path` (its key names), or null. */
function parentKeys(root: YNode | null, path: readonly (string | number)[]): Set<string> {
  let cur: YNode | null = root;
  for (const seg of path.slice(0, -1)) {
    if (!cur) break;
    if (typeof seg === 'number') cur = cur.kind === 'seq' ? (cur.items[seg] ?? null) : null;
    else cur = cur.kind === 'map' ? ([...cur.pairs].reverse().find((x) => x.key === seg)?.value ?? null) : null;
  }
  return new Set(cur?.kind === 'map' ? cur.pairs.map((x) => x.key) : []);
}

const where = (p: SchemaProblem, key: string | undefined): string =>
  `${pathText('', p.path.slice(0, -1))}/${key ?? ''}`;

export function manifestSchema(ctx: RuleContext): void {
  const m = ctx.manifest;
  if (!m) return;
  const anchor: Span = ctx.documentAnchor();
  if (!m.root) {
    if (m.problems.some((pr) => pr.severity === 'error')) return; // yaml-syntax explains why there is no mapping
    ctx.report({
      span: anchor,
      message: `A MOF manifest is a mapping with \`framework\` (name \`${MOF_FRAMEWORK_NAME}\`) and \`release\`.`,
    });
    return;
  }
  let problems = validateNode(mofManifestSchema, m.root, anchor, ctx.memo(SCHEMA_MEMO), { typoKeys: true });
  // Unknown component names are unknown-mof-component's, with a did-you-mean over the 17 names.
  problems = problems.filter((p) => !(p.kind === 'bad-value' && isComponentName(p.path)));
  // A misspelt key explains the missing required key it stands for: report the misspelling only, and fix it.
  const missing = new Set(problems.filter((p) => p.kind === 'missing-key').map((p) => where(p, p.key)));
  const explained = new Set<string>();
  for (const p of problems) {
    if (
      (p.kind === 'misspelt-key' || p.kind === 'unknown-key') &&
      p.options.length === 1 &&
      missing.has(where(p, p.options[0]))
    )
      explained.add(where(p, p.options[0]));
  }
  problems = problems.filter((p) => !(p.kind === 'missing-key' && explained.has(where(p, p.key))));
  for (const p of problems) {
    const required = p.options.length === 1 && explained.has(where(p, p.options[0]));
    const { fix: f, suggestions } = edits(p, parentKeys(m.root, p.path), required);
    ctx.report({ span: p.span, message: message(p), fix: f, suggestions });
  }
}

export const rule: Rule = { meta, check: manifestSchema };
