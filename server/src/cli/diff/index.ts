// Diff formatter registry by `--format` name.
import type { DiffFormat } from './args.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { DiffFormatter } from './types.js';

export const DIFF_FORMATTERS: Record<DiffFormat, DiffFormatter> = { stylish, json, sarif, github };
