// invalid-extension-metadata: this project's front-matter keys `openness:`, `stage:` and `risk_assessment:`
// (schemas/card-front-matter.schema.json) must match their zod schemas (schema/card.ts). Every zod issue is reported at its exact YAML node;
// unknown components / areas and bad stage or status words get a did-you-mean fix when one candidate is close
// (`weigths` → `weights`, `midterm` → `mid-term`); licences in `openness:` that the normaliser does not recognise
// get a warning with suggestions, since an unknown licence cannot be graded (Eiras et al. 2024, §3).
import { COMPONENT_IDS, STATUS_ALIASES, STATUS_WORDS } from '../knowledge/components.js';
import { distance } from 'fastest-levenshtein';
import { closest } from '../knowledge/did-you-mean.js';
import { normalizeLicense } from '../knowledge/licenses/index.js';
import { ASSESSMENT_STATUSES } from '../knowledge/risk-areas.js';
import { STAGE_IDS } from '../knowledge/stages.js';
import { statusWord } from '../analyze/card-openness.js';
import { getPair, type YNode, type YPair, type YScalar } from '../parse/yaml-tree.js';
import { opennessSchema, riskAssessmentSchema, stageSchema } from '../schema/card.js';
import type { Fix, Severity, Span } from '../types.js';
import { fix, replace, yamlScalar } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import {
  foundName,
  pathText,
  problemMessage,
  quoted,
  renameKey,
  validateNode,
  SCHEMA_MEMO,
  type SchemaProblem,
} from '../rule-kit/schema-check.js';
import type { z } from 'zod';

export const meta: RuleMeta = {
  id: 'invalid-extension-metadata',
  description:
    'The `openness:`, `stage:` and `risk_assessment:` front-matter keys must follow their schema (components, status words, stages, risk areas).',
  tags: ['metadata', 'openness', 'risk', 'stage'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'error' },
};

const RISK_STATUS_ALIASES: Record<string, string> = {
  done: 'assessed',
  complete: 'assessed',
  'n/a': 'not-applicable',
  na: 'not-applicable',
  not_applicable: 'not-applicable',
  todo: 'unassessed',
  unknown: 'unassessed',
  wip: 'in-progress',
  in_progress: 'in-progress',
  ongoing: 'in-progress',
};
const YAML11_BOOLEAN = /^(?:y|n|yes|no|on|off)$/i;

interface Block {
  key: 'openness' | 'stage' | 'risk_assessment';
  schema: z.ZodType;
}

const BLOCKS: Block[] = [
  { key: 'openness', schema: opennessSchema },
  { key: 'stage', schema: stageSchema },
  { key: 'risk_assessment', schema: riskAssessmentSchema },
];

interface Out {
  span: Span;
  message: string;
  fix?: Fix;
  suggestions?: Fix[];
  lowerTo?: Severity;
}

const code = (s: string) => `\`${s}\``;
const orList = (xs: readonly string[]) =>
  xs.length > 1 ? `${xs.slice(0, -1).map(code).join(', ')} or ${code(xs[xs.length - 1]!)}` : xs.map(code).join('');

function replaceWith(node: YNode, value: string, title = `Change to ${code(value)}`): Fix {
  return fix(title, replace(node.span, yamlScalar(value)))!;
}

/** An edit giving an empty `key:` a value (inserted after the colon). */
function fillEmpty(ctx: RuleContext, pair: YPair, value: string): Fix | undefined {
  const after = ctx.doc.text.slice(pair.keySpan.end, pair.keySpan.end + 40);
  const m = /^[ \t]*:/.exec(after);
  if (!m) return undefined;
  const at = pair.keySpan.end + m[0].length;
  return fix(`Set ${code(pair.key)} to ${code(value)}`, { start: at, end: at, newText: ` ${yamlScalar(value)}` });
}

/** A bad word in a closed vocabulary: alias → fix, one close candidate → fix, several → suggestions. */
function badWord(
  node: YScalar,
  word: string,
  vocabulary: readonly string[],
  aliases: Record<string, string>,
  what: string,
  where: string,
): Out {
  const alias = aliases[word.trim().toLowerCase()];
  if (alias)
    return {
      span: node.span,
      message: `${code(word)} is not ${what}${where}; write ${code(alias)}.`,
      fix: replaceWith(node, alias),
    };
  const options = closest(word, vocabulary);
  if (options.length === 1)
    return {
      span: node.span,
      message: `${code(word)} is not ${what}${where}; did you mean ${code(options[0]!)}?`,
      fix: replaceWith(node, options[0]!),
    };
  const offer = options.length ? options : vocabulary;
  return {
    span: node.span,
    message: options.length
      ? `${code(word)} is not ${what}${where}; did you mean ${orList(options)}?`
      : `${code(word)} is not ${what}${where}; expected ${orList(vocabulary)}.`,
    suggestions: offer.map((o) => replaceWith(node, o)),
  };
}

function rootName(block: Block): string {
  return block.key;
}

/** What a whole entry may be, for type errors (the union's alternatives, worded for people). */
function expectedFor(block: Block, path: readonly (string | number)[]): string | null {
  if (block.key === 'stage' && path.length === 0) return `one of ${orList(STAGE_IDS)}`;
  if (block.key === 'openness' && path.length === 1)
    return `a status word (${orList(STATUS_WORDS)}), a licence id, or a mapping ${code('{status, license, url, permissions, notes}')}`;
  if (block.key === 'risk_assessment' && path.length === 1)
    return `an assessment status (${orList(ASSESSMENT_STATUSES)}) or a mapping ${code('{status, summary, evidence, mitigations, justification}')}`;
  return null;
}

/** Words the schema path expects (for bad-value problems): stage, component status or risk status. */
function vocabularyAt(
  block: Block,
  path: readonly (string | number)[],
): { words: readonly string[]; aliases: Record<string, string>; what: string } | null {
  if (block.key === 'stage')
    return {
      words: STAGE_IDS,
      aliases: { near: 'near-term', mid: 'mid-term', long: 'long-term' },
      what: 'a development stage',
    };
  if (block.key === 'openness' && path.length >= 1)
    return { words: STATUS_WORDS, aliases: STATUS_ALIASES, what: 'a component status' };
  if (block.key === 'risk_assessment' && path.length >= 1)
    return { words: ASSESSMENT_STATUSES, aliases: RISK_STATUS_ALIASES, what: 'an assessment status' };
  return null;
}

function toOut(ctx: RuleContext, block: Block, p: SchemaProblem, top: YPair): Out | null {
  const root = rootName(block);
  const where = p.path.length ? ` (${code(pathText(root, p.path))})` : '';
  switch (p.kind) {
    case 'unknown-key': {
      const top = p.path.length === 1;
      const what =
        top && block.key === 'openness'
          ? `one of the ${COMPONENT_IDS.length} openness components`
          : top && block.key === 'risk_assessment'
            ? 'one of the four risk areas'
            : `a key of ${code(pathText(root, p.path.slice(0, -1)))}`;
      const one = p.options.length === 1 ? p.options[0]! : null;
      const message = one
        ? `${code(p.key!)} is not ${what}; did you mean ${code(one)}?`
        : p.options.length
          ? `${code(p.key!)} is not ${what}; did you mean ${orList(p.options)}?`
          : p.taken?.length
            ? `${code(p.key!)} is not ${what}; it looks like ${code(p.taken[0]!)}, which is already set: remove one of them.`
            : `${code(p.key!)} is not ${what}; expected ${orList(p.known ?? [])}.`;
      return {
        span: p.span,
        message,
        fix: one && p.pair ? fix(`Rename to ${code(one)}`, renameKey(p.pair, one)) : undefined,
        suggestions:
          !one && p.pair && p.options.length
            ? p.options.map((o) => fix(`Rename to ${code(o)}`, renameKey(p.pair!, o))!)
            : undefined,
      };
    }
    case 'bad-value': {
      const vocab = vocabularyAt(block, p.path);
      const whole = expectedFor(block, p.path);
      if (whole && p.node?.kind === 'scalar' && typeof p.node.value !== 'string')
        return { span: p.span, message: `${code(pathText(root, p.path))} must be ${whole}, not ${foundName(p.node)}.` };
      if (!vocab || p.node?.kind !== 'scalar') return { span: p.span, message: problemMessage(p, root) };
      return badWord(p.node, String(p.node.value), vocab.words, vocab.aliases, vocab.what, where);
    }
    case 'empty-value': {
      const vocab = vocabularyAt(block, p.path);
      const pair = p.pair ?? (p.path.length === 0 ? top : undefined);
      const blank = !p.node || (p.node.kind === 'scalar' && p.node.value === null && p.node.source === '');
      const suggestions =
        vocab && pair && blank
          ? vocab.words.map((w) => fillEmpty(ctx, pair, w)).filter((f): f is Fix => !!f)
          : undefined;
      return {
        span: p.span,
        message: problemMessage(p, root),
        suggestions: suggestions?.length ? suggestions : undefined,
        lowerTo: p.path.length === 0 ? 'warning' : undefined,
      };
    }
    case 'wrong-type': {
      const last = p.path[p.path.length - 1];
      // `yes`/`no` where a boolean is expected: ambiguous-yaml-boolean reports and fixes it.
      if (
        p.node?.kind === 'scalar' &&
        p.node.style === 'plain' &&
        YAML11_BOOLEAN.test(p.node.source) &&
        p.expected?.includes('true')
      )
        return null;
      if (
        (last === 'evidence' || last === 'mitigations') &&
        p.node?.kind === 'scalar' &&
        typeof p.node.value === 'string'
      ) {
        return {
          span: p.span,
          message: `${code(pathText(root, p.path))} must be a list; write ${code(`[${quoted(p.node.value)}]`)} or a \`- item\` per line.`,
          fix: fix(
            'Wrap in a list',
            replace(p.node.span, `[${p.node.style === 'plain' ? quoted(p.node.value) : p.node.source}]`),
          ),
        };
      }
      const whole = expectedFor(block, p.path);
      if (whole)
        return { span: p.span, message: `${code(pathText(root, p.path))} must be ${whole}, not ${foundName(p.node)}.` };
      if (p.path.length === 0) {
        const expected =
          block.key === 'openness'
            ? `a mapping of components (e.g. ${code('weights: apache-2.0')})`
            : block.key === 'risk_assessment'
              ? `a mapping of risk areas (e.g. ${code('safety_and_security: assessed')})`
              : `one of ${orList(STAGE_IDS)}`;
        return { span: p.span, message: `${code(root)} must be ${expected}, not ${foundName(p.node)}.` };
      }
      return { span: p.span, message: problemMessage(p, root) };
    }
    default:
      return { span: p.span, message: problemMessage(p, root) };
  }
}

// ------------------------------------------------------------------ licences inside openness

/** Status-word typos: close to a status word and not a licence (`relased`, `closd`, `not applicable`). */
function statusTypo(word: string): string[] {
  const w = word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (w.length < 4) return [];
  return STATUS_WORDS.filter((s) => distance(w, s) <= (s.length > 6 ? 2 : 1));
}

function checkLicence(node: YScalar, raw: string, where: string, allowStatus: boolean, out: Out[]): void {
  const m = normalizeLicense(raw);
  if (m.kind === 'exact' || m.kind === 'alias') return;
  const statuses = allowStatus ? statusTypo(raw) : [];
  if (statuses.length === 1 && m.kind === 'none') {
    out.push({
      span: node.span,
      message: `${code(raw)} is not a status word${where}; did you mean ${code(statuses[0]!)}?`,
      fix: replaceWith(node, statuses[0]!),
    });
    return;
  }
  const options = [...statuses, ...m.suggestions];
  const what = allowStatus
    ? 'neither a status word nor a licence this linter recognises'
    : 'not a licence this linter recognises';
  out.push({
    span: node.span,
    message: `${code(raw)} is ${what}${where}, so the component cannot be graded${options.length ? `; did you mean ${orList(options)}?` : '. Use a Hub or SPDX licence id, or `{license: other, permissions: {…}}`.'}`,
    suggestions: options.length ? options.map((o) => replaceWith(node, o)) : undefined,
    lowerTo: 'warning',
  });
}

function checkOpennessLicences(block: YNode | null, out: Out[]): void {
  if (!block || block.kind !== 'map') return;
  for (const entry of block.pairs) {
    if (!COMPONENT_IDS.includes(entry.key)) continue;
    const v = entry.value;
    const where = ` (${code(`openness.${entry.key}`)})`;
    if (v?.kind === 'scalar' && typeof v.value === 'string' && v.value.trim()) {
      if (statusWord(v.value) || (STATUS_WORDS as readonly string[]).includes(v.value)) continue;
      checkLicence(v, v.value, where, true, out);
    } else if (v?.kind === 'map') {
      const lic = getPair(v, 'license')?.value;
      if (lic?.kind === 'scalar' && typeof lic.value === 'string' && lic.value.trim())
        checkLicence(lic, lic.value, ` (${code(`openness.${entry.key}.license`)})`, false, out);
    }
  }
}

export function invalidExtensionMetadata(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (!fm?.closed || !fm.root) return;
  const out: Out[] = [];
  for (const block of BLOCKS) {
    const pair = getPair(fm.root, block.key);
    if (!pair) continue;
    for (const p of validateNode(block.schema, pair.value, pair.keySpan, ctx.memo(SCHEMA_MEMO))) {
      const o = toOut(ctx, block, p, pair);
      if (o) out.push(o);
    }
    if (block.key === 'openness') checkOpennessLicences(pair.value, out);
  }
  out.sort((a, b) => a.span.start - b.span.start);
  for (const o of out) ctx.report(o);
}

export const rule: Rule = { meta, check: invalidExtensionMetadata };
