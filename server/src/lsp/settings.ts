// The `modelcardLint.*` settings, read per document (resource scope) through workspace/configuration and cached
// until the client reports a change. Clients without configuration support get the defaults or
// `initializationOptions.settings`.
import { z } from 'zod';
import type { SeverityOrOff } from '../engine/types.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

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
  /** What the server writes to the client's log ("Model Card Lint" output in VS Code): one value per server. */
  logLevel: LogLevel;
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
  logLevel: 'info',
};

// The schema of what a client may send: every field is checked on its own, and a field of the wrong type falls back
// to its default rather than failing the whole object (a typo in one setting must not reset the others).
const strings = z.array(z.unknown()).transform((xs) => xs.filter((x): x is string => typeof x === 'string'));
const severity = z.enum(['off', 'hint', 'info', 'warning', 'error']);
const SETTINGS = z.object({
  enable: z.boolean().catch(DEFAULT_SETTINGS.enable),
  profile: z.string().catch(DEFAULT_SETTINGS.profile),
  stage: z.string().catch(DEFAULT_SETTINGS.stage),
  rules: z
    .record(z.string(), z.unknown())
    .catch({})
    .transform((r) => {
      const out: Record<string, SeverityOrOff> = {};
      for (const [k, v] of Object.entries(r)) {
        const sev = severity.safeParse(v);
        if (sev.success) out[k] = sev.data;
      }
      return out;
    }),
  files: z.object({ cards: strings.catch(DEFAULT_SETTINGS.cardGlobs) }).catch({ cards: DEFAULT_SETTINGS.cardGlobs }),
  run: z.enum(['onType', 'onSave']).catch(DEFAULT_SETTINGS.run),
  debounceMs: z.number().min(0).max(5000).catch(DEFAULT_SETTINGS.debounceMs),
  codeLens: z
    .object({ enable: z.boolean().catch(DEFAULT_SETTINGS.codeLens) })
    .catch({ enable: DEFAULT_SETTINGS.codeLens }),
  inlayHints: z
    .object({ enable: z.boolean().catch(DEFAULT_SETTINGS.inlayHints) })
    .catch({ enable: DEFAULT_SETTINGS.inlayHints }),
  workspace: z
    .object({ globs: strings.catch(DEFAULT_SETTINGS.workspaceGlobs) })
    .catch({ globs: DEFAULT_SETTINGS.workspaceGlobs }),
  logLevel: z.enum(LOG_LEVELS).catch(DEFAULT_SETTINGS.logLevel),
});

/** Accept whatever the client sends, keeping only well-typed values. */
export function normalizeSettings(raw: unknown): Settings {
  const s = SETTINGS.parse(raw && typeof raw === 'object' ? raw : {});
  return {
    enable: s.enable,
    profile: s.profile,
    stage: s.stage,
    rules: s.rules,
    cardGlobs: s.files.cards,
    run: s.run,
    debounceMs: s.debounceMs,
    codeLens: s.codeLens.enable,
    inlayHints: s.inlayHints.enable,
    workspaceGlobs: s.workspace.globs,
    logLevel: s.logLevel,
  };
}
