// Reads a model repo's `.eval_results/*.yaml` (the Hub's evaluation-results files, knowledge/eval-results.ts) beside a
// card: the card's directory is the repo root. Only a real directory (not a symbolic link) and regular files that are
// not links, at most MAX_FILES files of at most MAX_BYTES each, so a hostile repository cannot make the reader leave
// the tree or read without end. Nothing is fetched: the Hub's own copy is not consulted.
import { lstatSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  EVAL_RESULTS_DIR,
  parseEvalResults,
  type EvalResult,
  type EvalResultsProblem,
} from '../engine/knowledge/eval-results.js';
import { readTextFile } from './read-file.js';

const MAX_FILES = 64;
const MAX_BYTES = 1024 * 1024;

export interface EvalResultsFile {
  /** `.eval_results/<name>`, relative to the card's directory. */
  file: string;
  results: EvalResult[];
  problems: EvalResultsProblem[];
}

/** The evaluation-results files beside `cardPath`, in name order; empty when there is no `.eval_results/` folder. */
export function readEvalResults(cardPath: string): { files: EvalResultsFile[]; skipped: string[] } {
  const dir = join(dirname(cardPath), EVAL_RESULTS_DIR);
  const files: EvalResultsFile[] = [];
  const skipped: string[] = [];
  try {
    if (!lstatSync(dir).isDirectory()) return { files, skipped };
  } catch {
    return { files, skipped };
  }
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort();
  } catch {
    return { files, skipped };
  }
  for (const name of names.slice(MAX_FILES)) skipped.push(`${EVAL_RESULTS_DIR}/${name}: more than ${MAX_FILES} files`);
  for (const name of names.slice(0, MAX_FILES)) {
    const rel = `${EVAL_RESULTS_DIR}/${name}`;
    const path = join(dir, name);
    try {
      if (!lstatSync(path).isFile()) {
        skipped.push(`${rel}: not a regular file`);
        continue;
      }
    } catch {
      continue;
    }
    const read = readTextFile(path, MAX_BYTES);
    if (!read.ok) {
      skipped.push(`${rel}: ${read.reason}`);
      continue;
    }
    files.push({ file: rel, ...parseEvalResults(read.text) });
  }
  return { files, skipped };
}
