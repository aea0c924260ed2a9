// Turns configuration (profile, config-file chain, overrides, editor customisations) into the per-file settings lint() uses.
// Pure: file discovery lives in server/src/node; this only merges and matches.
import { DIFF_RULE_IDS } from './diff/rule-ids.js';
import { compileGlobs, globProblem, type GlobMatcher } from './glob.js';
import { closest } from './knowledge/did-you-mean.js';
import { RULE_IDS } from './rules/index.js';
import { getProfile, type ProfileId } from './knowledge/profiles.js';
import { getStage } from './knowledge/stages.js';
import type { Rule } from './rule-kit/rule.js';
import { configSchema, type ConfigFile } from './schema/config.js';
import type { Severity, SeverityOrOff, StageId } from './types.js';

export interface LintConfig {
  profile: ProfileId;
  /** Stage assumed when the document declares none. */
  stage?: StageId;
  /** Rule id → severity from config files (already merged and override-applied for this file). */
  rules: Record<string, SeverityOrOff>;
  /** Editor-only severity overrides, applied last. */
  customizations?: Record<string, SeverityOrOff>;
}

export const DEFAULT_CONFIG: LintConfig = { profile: 'recommended', rules: {} };

export interface LoadedConfigFile {
  /** Directory of the config file, '/'-separated, no trailing slash. */
  dir: string;
  path: string;
  config: ConfigFile;
  /** The file's globs, compiled once when it is loaded. */
  match: { ignores: GlobMatcher; cards: GlobMatcher; overrides: GlobMatcher[] };
}

export interface ConfigProblem {
  path: string;
  message: string;
}

const TOP_KEYS = Object.keys(configSchema.shape);

/** Validate a parsed config object; returns the typed config (with compiled globs) or the problems found. Unknown
 * keys and rule ids are errors with a did-you-mean, as in ESLint; unsafe globs are refused (engine/glob.ts). */
export function validateConfig(
  value: unknown,
  path: string,
  dir = '',
): { config: ConfigFile | null; file: LoadedConfigFile | null; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const r = configSchema.safeParse(value ?? {});
  if (!r.success) {
    for (const i of r.error.issues) {
      const at = i.path.length ? i.path.join('.') + ': ' : '';
      if (i.code === 'unrecognized_keys') {
        for (const key of i.keys) {
          const near = i.path.length === 0 ? closest(key, TOP_KEYS) : closest(key, ['files', 'rules', 'stage']);
          problems.push({
            path,
            message: `${at}unknown key "${key}"${near.length ? `; did you mean "${near[0]}"?` : ''}`,
          });
        }
      } else problems.push({ path, message: `${at}${i.message}` });
    }
    return { config: null, file: null, problems };
  }
  const config = r.data;
  // Lint rules and the diff rules (`modelcard-lint diff`, docs/diff.md) share the `rules:` keys.
  const ids = [...RULE_IDS(), ...DIFF_RULE_IDS];
  const checkRules = (rules: Record<string, unknown> | undefined, at: string) => {
    for (const id of Object.keys(rules ?? {})) {
      if (ids.includes(id)) continue;
      const near = closest(id, ids);
      problems.push({ path, message: `${at}.${id}: unknown rule${near.length ? `; did you mean "${near[0]}"?` : ''}` });
    }
  };
  const checkGlobs = (globs: readonly string[] | string | undefined, at: string) => {
    for (const [k, g] of (Array.isArray(globs) ? globs : globs === undefined ? [] : [globs]).entries()) {
      const why = globProblem(g);
      if (why) problems.push({ path, message: `${at}[${k}]: the glob ${why}` });
    }
  };
  checkRules(config.rules, 'rules');
  checkGlobs(config.ignores, 'ignores');
  checkGlobs(config.cards, 'cards');
  config.overrides?.forEach((o, k) => {
    checkRules(o.rules, `overrides[${k}].rules`);
    checkGlobs(o.files, `overrides[${k}].files`);
  });
  if (problems.length) return { config: null, file: null, problems };
  const list = (g: string | string[] | undefined) => (Array.isArray(g) ? g : g === undefined ? [] : [g]);
  const match = {
    ignores: compileGlobs(list(config.ignores)),
    cards: compileGlobs(list(config.cards)),
    overrides: (config.overrides ?? []).map((o) => compileGlobs(list(o.files))),
  };
  return { config, file: { dir, path, config, match }, problems };
}

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

function relativeTo(dir: string, file: string): string | null {
  const d = toPosix(dir).replace(/\/+$/, '');
  const f = toPosix(file);
  if (d === '' || d === '.') return f.replace(/^\.\//, '');
  if (!f.startsWith(d + '/')) return null;
  return f.slice(d.length + 1);
}

/** Whether a chain of config files forces `filePath` to be linted as a model card (`cards:` globs). */
export function forcedCard(chain: LoadedConfigFile[], filePath: string): boolean {
  return chain.some((file) => {
    const rel = relativeTo(file.dir, filePath);
    return rel !== null && file.match.cards(rel);
  });
}

/** Merge a chain of config files (outermost first) into the settings for one file. */
export function configForFile(
  chain: LoadedConfigFile[],
  filePath: string,
  base: Partial<LintConfig> = {},
): LintConfig & { ignored: boolean } {
  let profile: ProfileId = base.profile ?? 'recommended';
  let stage = base.stage;
  const rules: Record<string, SeverityOrOff> = { ...(base.rules ?? {}) };
  let ignored = false;
  for (const file of chain) {
    const c = file.config;
    if (c.extends && getProfile(c.extends)) profile = c.extends as ProfileId;
    if (c.stage && getStage(c.stage)) stage = c.stage as StageId;
    Object.assign(rules, c.rules ?? {});
    const rel = relativeTo(file.dir, filePath);
    if (rel === null) continue;
    if (file.match.ignores(rel)) ignored = true;
    for (const [k, o] of (c.overrides ?? []).entries()) {
      if (!file.match.overrides[k]!(rel)) continue;
      Object.assign(rules, o.rules ?? {});
      if (o.stage) stage = o.stage as StageId;
    }
  }
  return { profile, stage, rules, customizations: base.customizations, ignored };
}

const ORDER: Severity[] = ['hint', 'info', 'warning', 'error'];

function shift(sev: SeverityOrOff, by: 'raise' | 'lower' | 'off'): SeverityOrOff {
  if (sev === 'off' || by === 'off') return 'off';
  const i = ORDER.indexOf(sev);
  return ORDER[Math.max(0, Math.min(ORDER.length - 1, i + (by === 'raise' ? 1 : -1)))]!;
}

/** The profile's severity for a rule, before stage and config. */
export function profileSeverity(rule: Rule, profileId: ProfileId): SeverityOrOff {
  const explicit = rule.meta.severity[profileId];
  if (explicit !== undefined) return explicit;
  const profile = getProfile(profileId);
  const recommended = rule.meta.severity.recommended;
  switch (profile?.fallback ?? 'recommended') {
    case 'off':
      return 'off';
    case 'all-on':
      return recommended === 'off' || recommended === 'hint' ? 'warning' : recommended;
    default:
      return recommended;
  }
}

/** Severity of one rule for one document: profile → stage → config rules → editor customisations. */
export function ruleSeverity(rule: Rule, config: LintConfig, stage: StageId | null): SeverityOrOff {
  let sev = profileSeverity(rule, config.profile);
  const stageInfo = stage ? getStage(stage) : undefined;
  const change = stageInfo?.severity[rule.meta.id];
  if (change) sev = shift(sev, change);
  const fromConfig = config.rules[rule.meta.id];
  if (fromConfig) sev = fromConfig;
  const custom = config.customizations?.[rule.meta.id];
  if (custom) sev = custom;
  return sev;
}
