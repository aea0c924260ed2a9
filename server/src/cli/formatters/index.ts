// Formatter registry by `--format` name: each format written file by file (types.ts, StreamFormatter).
import type { Format } from '../args.js';
import { githubStream } from './github.js';
import { jsonStream } from './json.js';
import { ndjsonStream } from './ndjson.js';
import { sarifStream } from './sarif.js';
import { stylishStream } from './stylish.js';
import type { StreamFormatter } from './types.js';

export const FORMATTERS: Record<Format, StreamFormatter> = {
  stylish: stylishStream,
  json: jsonStream,
  sarif: sarifStream,
  github: githubStream,
  ndjson: ndjsonStream,
};
export type { FormatterInput, RunStart, RunSummary, StreamFormatter } from './types.js';
