// undeclared-openness: the card has no `openness:` block, so its openness grades are only inferred.
// The fix writes the inferred block (schemas/card-front-matter.schema.json) with every other component marked `unknown` for the author to fill in.
import { COMPONENT_IDS } from '../knowledge/components.js';
import { STAGES } from '../knowledge/stages.js';
import { getPair } from '../parse/yaml-tree.js';
import type { ComponentDeclaration } from '../analyze/grading.js';
import { addToFrontMatter, fix, yamlScalar } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import type { Fix } from '../types.js';

export const meta: RuleMeta = {
  id: 'undeclared-openness',
  description: 'The card should declare how open each of the 12 pipeline components is in an `openness:` block.',
  tags: ['openness'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'info', mof: 'warning', osaid: 'warning', 'eu-gpai': 'warning' },
};

/** A URL as a flow-mapping value: plain when it is an ordinary URL, quoted otherwise (it came from the card). */
function flowUrl(url: string): string {
  return /^https?:\/\/[^\s,[\]{}#"'`]+$/.test(url) ? url : JSON.stringify(url);
}

/** One entry's value: a status word, a licence, or a flow mapping with the url (also card-openness-edit.ts). */
export function opennessEntry(d: ComponentDeclaration | undefined): string {
  if (!d) return 'unknown';
  if (d.status !== 'released') return d.status;
  if (d.license && !d.url) return yamlScalar(d.license);
  const parts = ['status: released'];
  if (d.license) parts.push(`license: ${yamlScalar(d.license)}`);
  if (d.url) parts.push(`url: ${flowUrl(d.url)}`);
  return `{${parts.join(', ')}}`;
}

/** The `openness:` YAML block for the inferred declarations. */
export function opennessBlock(inferred: Record<string, ComponentDeclaration>): string {
  return ['openness:', ...COMPONENT_IDS.map((id) => `  ${id}: ${opennessEntry(inferred[id])}`)].join('\n');
}

export function undeclaredOpenness(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (fm && !fm.closed) return;
  if (getPair(fm?.root, 'openness')) return;
  const inferred = ctx.analysis.card?.inferred ?? {};
  const known = Object.keys(inferred);
  const message = known.length
    ? `No \`openness:\` block: the openness grades are inferred from ${known.map((k) => inferred[k]!.evidence).join('; ')}. Declare the status and licence of each component.`
    : 'No `openness:` block, and nothing in the card reveals how open its components are. Declare the status and licence of each component.';
  const stage = stageNote(ctx);
  ctx.report({
    span: ctx.documentAnchor(),
    message: stage ? `${message} ${stage.message}` : message,
    fix: fix('Add the inferred `openness:` block', addToFrontMatter(ctx.doc, opennessBlock(inferred))),
    suggestions: stage?.suggestions,
  });
}

/** Where `undeclared-stage` is off (the default profile: say it once, in one place), the missing `stage:` is
 * mentioned here, with the declarations as suggestions. */
function stageNote(ctx: RuleContext): { message: string; suggestions: Fix[] } | null {
  if (ctx.severityOf('undeclared-stage') !== 'off' || getPair(ctx.card?.frontMatter?.root, 'stage')) return null;
  const inferred = ctx.analysis.stage;
  const guess = inferred.source === 'inferred' ? inferred.stage : null;
  const declare = (id: string, why?: string) =>
    fix(`Declare \`stage: ${id}\`${why ? ` (${why})` : ''}`, addToFrontMatter(ctx.doc, `stage: ${id}`));
  return {
    message: guess
      ? `No \`stage:\` either; the signals suggest ${guess}: declaring it selects the guidance for that stage.`
      : 'No `stage:` either: declaring near-term, mid-term or long-term selects the guidance for that stage.',
    suggestions: guess
      ? declare(guess)
        ? [declare(guess)!]
        : []
      : STAGES.flatMap((s) => declare(s.id, s.definition) ?? []),
  };
}

export const rule: Rule = { meta, check: undeclaredOpenness };
