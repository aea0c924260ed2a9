// mof-next-class: one note per manifest with its MOF class, per-class progress, and what the next class still needs
// (components to add, to license, to relicense). MOT shows the class but not the to-do list. Source: MOT
// ModelEvaluator.php (cumulative classes, research-paper waiver) via knowledge/mof.ts.
import { TECHNICAL_REPORT, type MofClass } from '../knowledge/mof-components.js';
import { getPair } from '../parse/yaml-tree.js';
import { classLabel, listText } from '../rule-kit/manifest-shared.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'mof-next-class',
  description: "Shows the manifest's MOF class and progress, and what is missing for the next class.",
  tags: ['manifest', 'mof'],
  appliesTo: ['release-manifest'],
  fixable: false,
  hasSuggestions: false,
  severity: { recommended: 'info', mof: 'info' },
};

export function mofNextClass(ctx: RuleContext): void {
  const m = ctx.manifest;
  const a = ctx.analysis.manifest;
  if (!m || !a) return;
  const e = a.evaluation;
  if (e.class === 1) return; // Class I is the top: nothing left to ask for.
  const target = (e.class === null ? 3 : e.class - 1) as MofClass;
  const c = e.classes[target];
  const p = e.progress;
  const current = e.class === null ? 'Unclassified' : classLabel(e.class);
  const todo: string[] = [];
  if (c.missing.length) {
    // The research paper may replace the technical report (MOT's waiver): say so.
    const waiver = c.missing.includes(TECHNICAL_REPORT)
      ? ' (a Research paper can stand in for the Technical report)'
      : '';
    todo.push(`add ${listText(c.missing, 8)}${waiver}`);
  }
  if (c.unlicensed.length) todo.push(`license ${listText(c.unlicensed, 8)} (now unlicensed)`);
  if (c.invalid.length) todo.push(`put ${listText(c.invalid, 8)} under an open licence`);
  if (!todo.length) return;
  const anchor = getPair(m.root, 'release')?.keySpan ?? ctx.documentAnchor();
  ctx.report({
    span: anchor,
    message: `MOF: ${current} (Class III ${p.class3}% · Class II ${p.class2}% · Class I ${p.class1}%). For ${classLabel(target)}: ${todo.join('; ')}.`,
  });
}

export const rule: Rule = { meta, check: mofNextClass };
