// Reads a model repo's `.eval_results/*.yaml` (the Hub's evaluation-results files, knowledge/eval-results.ts) beside a
// card: the card's directory is the repo root. Only a real directory (not a symbolic link) and regular files that are
// not links (opened O_NOFOLLOW, so a file swapped for a link meanwhile is refused too), at most MAX_FILES files of at
// most MAX_BYTES each, so a hostile repository cannot make the reader leave the tree or read without end. Nothing is
// fetched: the Hub's own copy is not consulted. The lint session keeps one EvalResultsFinder, which re-reads a file
// only when its size, mtime or inode changed (it is asked on every keystroke in the card).
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { EVAL_RESULTS_DIR, parseEvalResults, type EvalResultsFile } from '../engine/knowledge/eval-results.js';
import { readTextFile } from './read-file.js';

export type { EvalResultsFile };

/** Files read from one `.eval_results/` (the rest are reported as skipped). */
export const MAX_EVAL_FILES = 64;
/** Bytes per file. */
export const MAX_EVAL_BYTES = 1024 * 1024;

export interface EvalResultsRead {
  files: EvalResultsFile[];
  /** What was not read and why (`.eval_results/x.yaml: not a regular file`). */
  skipped: string[];
}

interface Entry {
  key: string;
  /** The parsed file, or why it was not read. */
  read: EvalResultsFile | string;
}

const lstatOrNull = (p: string): Stats | null => {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
};

export class EvalResultsFinder {
  private readonly entries = new Map<string, Entry>();
  /** `.eval_results` directory → its YAML names, by the directory's mtime. */
  private readonly dirs = new Map<string, { mtimeMs: number; names: string[] }>();

  /** The evaluation-results files beside `cardPath`, in name order; empty when there is no `.eval_results/` folder. */
  find(cardPath: string): EvalResultsRead {
    const dir = join(dirname(cardPath), EVAL_RESULTS_DIR);
    const out: EvalResultsRead = { files: [], skipped: [] };
    const st = lstatOrNull(dir);
    if (!st?.isDirectory()) return out;
    const names = this.namesIn(dir, st.mtimeMs);
    for (const name of names.slice(MAX_EVAL_FILES))
      out.skipped.push(`${EVAL_RESULTS_DIR}/${name}: more than ${MAX_EVAL_FILES} files`);
    for (const name of names.slice(0, MAX_EVAL_FILES)) {
      const read = this.file(join(dir, name), `${EVAL_RESULTS_DIR}/${name}`);
      if (typeof read === 'string') out.skipped.push(`${EVAL_RESULTS_DIR}/${name}: ${read}`);
      else if (read) out.files.push(read);
    }
    return out;
  }

  private namesIn(dir: string, mtimeMs: number): string[] {
    const hit = this.dirs.get(dir);
    if (hit && hit.mtimeMs === mtimeMs) return hit.names;
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort();
    } catch {
      names = [];
    }
    this.dirs.set(dir, { mtimeMs, names });
    if (this.dirs.size > 256) this.dirs.delete(this.dirs.keys().next().value as string);
    return names;
  }

  /** The parsed file, a reason it was not read, or null when it vanished. */
  private file(path: string, rel: string): EvalResultsFile | string | null {
    const st = lstatOrNull(path);
    if (!st) return null;
    if (!st.isFile()) return st.isSymbolicLink() ? 'a symbolic link; not read' : 'not a regular file';
    if (st.size > MAX_EVAL_BYTES) return `over ${MAX_EVAL_BYTES / 1048576} MiB; not read`;
    const key = `${st.size}:${st.mtimeMs}:${st.ino}`;
    const hit = this.entries.get(path);
    if (hit && hit.key === key) return hit.read;
    const r = readTextFile(path, MAX_EVAL_BYTES, { noFollow: true });
    const read: EvalResultsFile | string = r.ok ? { file: rel, ...parseEvalResults(r.text) } : `${r.reason}; not read`;
    this.entries.set(path, { key, read });
    if (this.entries.size > 256) this.entries.delete(this.entries.keys().next().value as string);
    return read;
  }
}

/** One read without a cache (the export command). */
export function readEvalResults(cardPath: string): EvalResultsRead {
  return new EvalResultsFinder().find(cardPath);
}
