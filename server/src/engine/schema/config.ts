// The configuration file (`.modelcard-lint.yaml` / `.json`) defined once in zod; schemas/config.schema.json is generated from it.
import { z } from 'zod';
import { PROFILE_IDS } from '../knowledge/profiles.js';
import { STAGE_IDS } from '../knowledge/stages.js';

export const severitySetting = z
  .enum(['off', 'hint', 'info', 'warning', 'error'])
  .describe('Severity of a rule, or `off`.');

const rulesMap = z
  .record(z.string(), severitySetting)
  .describe('Rule id → severity. Applied after the profile and the stage.');

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    extends: z
      .enum(PROFILE_IDS as [string, ...string[]])
      .optional()
      .describe('Profile to start from (default `recommended`).'),
    stage: z
      .enum(STAGE_IDS as [string, ...string[]])
      .optional()
      .describe('Development stage assumed when a card declares none.'),
    rules: rulesMap.optional(),
    overrides: z
      .array(
        z
          .object({
            files: z.union([z.string(), z.array(z.string())]).describe('Glob(s) relative to the config file.'),
            rules: rulesMap.optional(),
            stage: z.enum(STAGE_IDS as [string, ...string[]]).optional(),
          })
          .strict(),
      )
      .optional()
      .describe('Rule settings for matching files, applied in order.'),
    ignores: z.array(z.string()).optional().describe('Globs (relative to the config file) of files never linted.'),
    cards: z
      .array(z.string())
      .optional()
      .describe(
        'Globs (relative to the config file) of Markdown files always linted as model cards, whatever their content.',
      ),
    root: z.boolean().optional().describe('Stop looking for config files in parent directories.'),
  })
  .strict()
  .describe('Model Card Lint configuration');

export type ConfigFile = z.infer<typeof configSchema>;
