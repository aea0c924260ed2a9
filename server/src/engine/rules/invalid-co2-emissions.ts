// invalid-co2-emissions: `co2_eq_emissions` must be a number of grams of CO2eq, or `{emissions, source,
// training_type, geographical_location, hardware_used}` with `emissions` a number in grams and `training_type`
// `pre-training` or `fine-tuning` (hub-docs docs/hub/model-cards-co2.md; docs/references.md#hugging-face-model-cards).
// Values written with units (`25 t`, `1.2 kg`) get a suggestion converted to grams; `24_700_000` (a number only to
// YAML 1.1 readers) and quoted numbers are fixed.
import type { YNode, YScalar } from '../parse/yaml-tree.js';
import { getPair } from '../parse/yaml-tree.js';
import { co2Schema } from '../schema/card.js';
import type { Fix, Span } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import { problemMessage, renameKey, SCHEMA_MEMO, validateNode } from '../rule-kit/schema-check.js';

export const meta: RuleMeta = {
  id: 'invalid-co2-emissions',
  description: '`co2_eq_emissions` must be a number of grams of CO2eq, or a mapping whose `emissions` is one.',
  tags: ['metadata'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning' },
};

const ROOT = 'co2_eq_emissions';

const UNITS: [RegExp, number, string][] = [
  [/^(?:g|grams?|gco2e?q?)$/i, 1, 'grams'],
  [/^(?:kg|kgs|kilos?|kilograms?|kgco2e?q?)$/i, 1e3, 'kilograms'],
  [/^(?:t|mt|tco2e?q?|tonnes?|tons?|metric[ \t]+tons?|metric[ \t]+tonnes?)$/i, 1e6, 'tonnes'],
  [/^(?:lbs?|pounds?)$/i, 453.59237, 'pounds'],
];

// A number, then an optional unit and an optional "CO2eq" (each part bounded, so matching stays linear).
const WITH_UNIT =
  /^[ \t]*([0-9][0-9_,]{0,30}(?:\.[0-9]{1,20})?(?:[eE][-+]?[0-9]{1,3})?)[ \t]*([A-Za-z][A-Za-z0-9 \t]{0,30}?)?[ \t]*(?:of[ \t]+)?(?:co2[ \t]*-?[ \t]*eq?\.?|co2e|co2)?[ \t]*$/i;
const YAML11_NUMBER = /^[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?$/;

function grams(value: number, factor: number): string {
  const g = Number((value * factor).toPrecision(12));
  return String(g);
}

/** Advice for an emissions value written as a string (`"1234"`, `24_700_000`, `25 t`). */
function stringNumber(node: YScalar): { message: string; fix?: Fix; suggestions?: Fix[] } | null {
  const text = String(node.value).trim();
  if (node.style === 'plain' && YAML11_NUMBER.test(text) && text.includes('_')) {
    const n = text.replace(/_/g, '');
    return {
      message: `\`${text}\` is a number only to YAML 1.1 readers (the Hub's); YAML 1.2 readers see a string. Write it without underscores: \`${n}\`.`,
      fix: fix(`Write \`${n}\``, replace(node.span, n)),
    };
  }
  if (node.style !== 'plain' && /^[-+]?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/.test(text)) {
    return {
      message: `Emissions must be a number of grams, not the string \`"${text}"\`; drop the quotes.`,
      fix: fix(`Write \`${text}\` unquoted`, replace(node.span, text)),
    };
  }
  const m = WITH_UNIT.exec(text);
  if (m) {
    const num = Number(m[1]!.replace(/[_,]/g, ''));
    const unitText = (m[2] ?? '').trim();
    const unit = unitText ? UNITS.find(([re]) => re.test(unitText)) : undefined;
    if (Number.isFinite(num) && unit) {
      const g = grams(num, unit[1]);
      return {
        message: `Emissions must be a plain number of grams of CO2eq, not \`${text}\`: ${m[1]} ${unit[2]} is \`${g}\` grams.`,
        suggestions: [fix(`Write \`${g}\` (grams)`, replace(node.span, g))!],
      };
    }
  }
  return null;
}

function emissionsSpanOk(node: YNode | null): node is YScalar {
  return node?.kind === 'scalar' && typeof node.value === 'string';
}

export function invalidCo2Emissions(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (!fm?.closed || !fm.root) return;
  const pair = getPair(fm.root, ROOT);
  if (!pair || !pair.value) return;
  const problems = validateNode(co2Schema, pair.value, pair.keySpan, ctx.memo(SCHEMA_MEMO), { typoKeys: true });
  const explained = new Set(problems.filter((p) => p.kind === 'misspelt-key').map((p) => p.options[0]));
  for (const p of problems) {
    const report = (message: string, extra: { fix?: Fix; suggestions?: Fix[]; span?: Span } = {}) =>
      ctx.report({ span: extra.span ?? p.span, message, fix: extra.fix, suggestions: extra.suggestions });
    const isEmissions = p.path.length === 0 || (p.path.length === 1 && p.path[0] === 'emissions');
    if (p.kind === 'wrong-type' && isEmissions && emissionsSpanOk(p.node)) {
      const advice = stringNumber(p.node);
      if (advice) {
        report(advice.message, advice);
        continue;
      }
      report(
        p.path.length === 0
          ? `\`${ROOT}\` must be a number of grams of CO2eq or a mapping with \`emissions\`, not \`${p.node.value}\`.`
          : `\`${ROOT}.emissions\` must be a number of grams of CO2eq, not \`${p.node.value}\`.`,
      );
      continue;
    }
    if (p.kind === 'wrong-type' && p.path.length === 0) {
      report(
        `\`${ROOT}\` must be a number of grams of CO2eq or \`{emissions, source, training_type, geographical_location, hardware_used}\`.`,
      );
      continue;
    }
    if (p.kind === 'missing-key' && p.key === 'emissions') {
      if (explained.has('emissions')) continue;
      report(`\`${ROOT}\` is missing \`emissions\`: the amount in grams of CO2eq.`);
      continue;
    }
    if (p.kind === 'too-small') {
      report(`\`${ROOT}${p.path.length ? '.emissions' : ''}\` cannot be negative.`);
      continue;
    }
    if (p.kind === 'bad-value' && p.path[0] === 'training_type') {
      const one = p.options.length === 1 ? p.options[0]! : null;
      report(
        `\`training_type\` must be \`pre-training\` or \`fine-tuning\`${one ? `; did you mean \`${one}\`?` : '.'}`,
        {
          fix: one && p.node ? fix(`Change to \`${one}\``, replace(p.node.span, one)) : undefined,
          suggestions:
            !one && p.node
              ? ['pre-training', 'fine-tuning'].map((v) => fix(`Change to \`${v}\``, replace(p.node!.span, v))!)
              : undefined,
        },
      );
      continue;
    }
    if (p.kind === 'misspelt-key' && p.pair) {
      report(problemMessage(p, ROOT), {
        fix:
          p.options.length === 1 ? fix(`Rename to \`${p.options[0]}\``, renameKey(p.pair, p.options[0]!)) : undefined,
      });
      continue;
    }
    report(
      problemMessage(p, ROOT) +
        (p.kind === 'wrong-type' && p.path[0] === 'emissions' ? ' Give the amount in grams.' : ''),
    );
  }
}

export const rule: Rule = { meta, check: invalidCo2Emissions };
