// unknown-mof-component: a component name that is not one of the 17 MOF names. MOT matches names exactly and
// silently drops any other entry, so the component counts as not released. Names: MOT mof.settings.yml (§2.1).
import { closest } from '../knowledge/did-you-mean.js';
import { MOF_COMPONENTS, MOF_COMPONENT_BY_NAME } from '../knowledge/mof-components.js';
import type { Fix } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import { componentNameNode, removeSeqItem, scalarLike } from '../rule-kit/manifest-shared.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'unknown-mof-component',
  description: 'Every component name must be one of the 17 MOF component names, written exactly.',
  tags: ['manifest', 'mof'],
  appliesTo: ['release-manifest'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'warning', mof: 'error' },
};

const NAMES = MOF_COMPONENTS.map((c) => c.name);
const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const BY_KEY = new Map(NAMES.map((n) => [squash(n), n]));

// Everyday words for the components: offered as suggestions only (they are guesses, not typos).
const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(final )?(model )?weights\b|\bparameters\b(?!.*intermediate)/i, 'Model parameters (Final)'],
  [/\b(intermediate|checkpoints?)\b/i, 'Model parameters (Intermediate)'],
  [/\bpaper\b|\bpublication\b/i, 'Research paper'],
  [/\b(tech(nical)? report|whitepaper|white paper)\b/i, 'Technical report'],
  [/\b(training|pre-?training) (data|corpus)\b|\bdataset\b/i, 'Datasets'],
  [/\bpre-?processing\b/i, 'Data preprocessing code'],
  [/\b(eval(uation)?|benchmark) (data|set)s?\b/i, 'Evaluation data'],
  [/\b(eval(uation)?|benchmark) (code|harness|scripts?)\b/i, 'Evaluation code'],
  [/\b(eval(uation)?|benchmark) results?\b|\bbenchmarks?\b/i, 'Evaluation results'],
  [/\b(architecture|model code|modeling code)\b/i, 'Model architecture'],
  [/\b(libraries|tools|tooling)\b/i, 'Supporting libraries and tools'],
  [/\b(inference|serving)\b/i, 'Inference code'],
  [/\btraining (code|scripts?)\b/i, 'Training code'],
  [/\b(sample|example) outputs?\b/i, 'Sample model outputs'],
  [/\bmetadata\b|\bconfig(uration)?\b/i, 'Model metadata'],
  [/\bdata ?sheet\b|\bdataset card\b/i, 'Data card'],
];

/** Close names: an exact match up to case and punctuation wins; else edit distance; else the synonyms. */
export function candidates(name: string): { names: string[]; certain: boolean } {
  const exact = BY_KEY.get(squash(name));
  if (exact) return { names: [exact], certain: true };
  const near = closest(name, NAMES);
  if (near.length) return { names: near, certain: near.length === 1 };
  const guessed = SYNONYMS.filter(([re]) => re.test(name)).map(([, n]) => n);
  return { names: [...new Set(guessed)].slice(0, 3), certain: false };
}

export function unknownMofComponent(ctx: RuleContext): void {
  const m = ctx.manifest;
  if (!m) return;
  const listed = new Set(
    m.components.map((c) => c.name).filter((n): n is string => n !== null && MOF_COMPONENT_BY_NAME.has(n)),
  );
  for (const c of m.components) {
    if (c.name === null || MOF_COMPONENT_BY_NAME.has(c.name) || !c.nameSpan) continue;
    const node = componentNameNode(c);
    const { names, certain } = candidates(c.name);
    const fresh = names.filter((n) => !listed.has(n));
    const head = `\`${c.name}\` is not a MOF component name, so MOT ignores this entry and the component counts as not released`;
    const rename = (n: string): Fix => fix(`Rename to \`${n}\``, replace(c.nameSpan!, scalarLike(node, n)))!;
    if (names.length === 1 && listed.has(names[0]!)) {
      // Renaming would list the component twice: the entry is a stray duplicate.
      const remove = removeSeqItem(ctx.doc, c.node);
      ctx.report({
        span: c.nameSpan,
        message: `${head}; it looks like \`${names[0]}\`, which is already listed: merge the two entries.`,
        suggestions: remove ? [fix('Remove this entry', remove)!] : undefined,
      });
      continue;
    }
    if (!fresh.length) {
      ctx.report({
        span: c.nameSpan,
        message: `${head}. Use one of the 17 names exactly, e.g. \`Model architecture\`, \`Model parameters (Final)\`, \`Datasets\` or \`Research paper\`.`,
      });
      continue;
    }
    // A certain rename claims its target, so a second misspelling of the same name is not renamed onto it too.
    if (certain && fresh.length === 1) listed.add(fresh[0]!);
    const did =
      fresh.length === 1
        ? `did you mean \`${fresh[0]}\`?`
        : `did you mean ${fresh.map((n) => `\`${n}\``).join(' or ')}?`;
    ctx.report({
      span: c.nameSpan,
      message: `${head}; ${did}`,
      fix: certain && fresh.length === 1 ? rename(fresh[0]!) : undefined,
      suggestions: certain && fresh.length === 1 ? undefined : fresh.map(rename),
    });
  }
}

export const rule: Rule = { meta, check: unknownMofComponent };
