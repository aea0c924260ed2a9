// The `modelcardLint.*` settings, read per document (resource scope) through workspace/configuration and cached
// until the client reports a change. Clients without configuration support get the defaults or
// `initializationOptions.settings`.
import type { SeverityOrOff } from '../engine/types.js';

export interface Settings {
  enable: boolean;
  /** Profile for the editor; '' = the config file's `extends` or `recommended`. */
  profile: string;
  /** Stage assumed when a card declares none; '' = none. */
  stage: string;
  /** Editor-only severity overrides (like eslint.rules.customizations). */
  rules: Record<string, SeverityOrOff>;
  /** Extra globs of Markdown files always treated as model cards. */
  cardGlobs: string[];
  run: 'onType' | 'onSave';
  /** Delay after the last keystroke before linting. */
  debounceMs: number;
  codeLens: boolean;
  inlayHints: boolean;
  /** Globs the "Lint Workspace" command visits. */
  workspaceGlobs: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  profile: '',
  stage: '',
  rules: {},
  cardGlobs: ['**/MODEL_CARD.md', '**/model-card.md', '**/model_card.md', '**/modelcard.md'],
  run: 'onType',
  debounceMs: 150,
  codeLens: true,
  inlayHints: true,
  workspaceGlobs: ['**/*.md', '**/*.markdown', '**/*.yml', '**/*.yaml'],
};

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

/** Accept whatever the client sends, keeping only well-typed values. */
export function normalizeSettings(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (typeof s.enable === 'boolean') out.enable = s.enable;
  if (typeof s.profile === 'string') out.profile = s.profile;
  if (typeof s.stage === 'string') out.stage = s.stage;
  if (s.rules && typeof s.rules === 'object') {
    for (const [k, v] of Object.entries(s.rules as Record<string, unknown>))
      if (typeof v === 'string' && SEVERITIES.has(v)) out.rules[k] = v as SeverityOrOff;
  }
  const files = s.files as Record<string, unknown> | undefined;
  if (Array.isArray(files?.cards))
    out.cardGlobs = (files!.cards as unknown[]).filter((x): x is string => typeof x === 'string');
  if (s.run === 'onSave' || s.run === 'onType') out.run = s.run;
  if (typeof s.debounceMs === 'number' && s.debounceMs >= 0 && s.debounceMs <= 5000) out.debounceMs = s.debounceMs;
  const codeLens = s.codeLens as Record<string, unknown> | undefined;
  if (typeof codeLens?.enable === 'boolean') out.codeLens = codeLens.enable;
  const inlay = s.inlayHints as Record<string, unknown> | undefined;
  if (typeof inlay?.enable === 'boolean') out.inlayHints = inlay.enable;
  const ws = s.workspace as Record<string, unknown> | undefined;
  if (Array.isArray(ws?.globs))
    out.workspaceGlobs = (ws!.globs as unknown[]).filter((x): x is string => typeof x === 'string');
  return out;
}
