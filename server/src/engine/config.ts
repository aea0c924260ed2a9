// Turns configuration (profile, config-file chain, overrides, editor customisations) into the per-file settings lint() uses.
// Pure: file discovery lives in server/src/node; this only merges and matches.
import picomatch from 'picomatch';
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
  /** Rule ids to run even when their severity resolves to off (fixture tests). */
  force?: string[];
}

export const DEFAULT_CONFIG: LintConfig = { profile: 'recommended', rules: {} };

export interface LoadedConfigFile {
  /** Directory of the config file, '/'-separated, no trailing slash. */
  dir: string;
  path: string;
  config: ConfigFile;
}

export interface ConfigProblem {
  path: string;
  message: string;
}

/** Validate a parsed config object; returns the typed config or the problems found. */
export function validateConfig(value: unknown, path: string): { config: ConfigFile | null; problems: ConfigProblem[] } {
  const r = configSchema.safeParse(value ?? {});
  if (r.success) return { config: r.data, problems: [] };
  return {
    config: null,
    problems: r.error.issues.map((i) => ({ path, message: `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}` })),
  };
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

const matcherCache = new Map<string, (p: string) => boolean>();
export function globMatch(globs: string | string[], relPath: string): boolean {
  const list = Array.isArray(globs) ? globs : [globs];
  return list.some((g) => {
    let m = matcherCache.get(g);
    if (!m) {
      m = picomatch(g, { dot: true, matchBase: !g.includes('/') });
      matcherCache.set(g, m);
    }
    return m(relPath);
  });
}

/** Merge a chain of config files (outermost first) into the settings for one file. */
export function configForFile(chain: LoadedConfigFile[], filePath: string, base: Partial<LintConfig> = {}): LintConfig & { ignored: boolean } {
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
    if (c.ignores && globMatch(c.ignores, rel)) ignored = true;
    for (const o of c.overrides ?? []) {
      if (!globMatch(o.files, rel)) continue;
      Object.assign(rules, o.rules ?? {});
      if (o.stage) stage = o.stage as StageId;
    }
  }
  return { profile, stage, rules, customizations: base.customizations, force: base.force, ignored };
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
  if (sev === 'off' && config.force?.includes(rule.meta.id)) return 'warning';
  return sev;
}
