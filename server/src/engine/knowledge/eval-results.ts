// The Hub's second format for evaluation results besides `model-index`: YAML files in a model repo's `.eval_results/`
// folder, each a list of results (a benchmark dataset, its task, a value, optional source, date and verify token).
// Source: Hugging Face Hub documentation "Evaluation Results", https://huggingface.co/docs/hub/eval-results
// (huggingface/hub-docs docs/hub/eval-results.md at b695d61, 2026-06-24; field list also in hub-docs eval_results.yaml;
// `task_id` required since hub-docs e3f7624, 2026-01-23; `notes` added 2be4979, 2026-01-26), read 2026-12-07. The
// Hub validates these files at push time; this reader checks the same required fields offline, with positions.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Where the files live, relative to the model repo's root (the card's directory). */
export const EVAL_RESULTS_DIR = '.eval_results';

/** One result as the Hub reads it. */
export interface EvalResult {
  /** Hub dataset id of the benchmark (`cais/hle`). */
  dataset: string;
  /** The benchmark's task (its `eval.yaml` task id); null in files written before it was required. */
  taskId: string | null;
  value: number;
  date: string | null;
  /** `source.url`: logs, a paper, a Space. */
  sourceUrl: string | null;
  notes: string | null;
  /** A `verifyToken` is present (the Hub checks it; offline it is only noted). */
  verifiable: boolean;
  /** 1-based line of the item. */
  line: number;
}

export interface EvalResultsProblem {
  /** 1-based line. */
  line: number;
  message: string;
}

/** One `.eval_results/*.yaml` file as a door read it (node/eval-results.ts): plain data handed to `lint()` as the
 * `evalResults` option, so the engine stays free of file access. */
export interface EvalResultsFile {
  /** `.eval_results/<name>`, relative to the card's directory (POSIX separators). */
  file: string;
  results: EvalResult[];
  problems: EvalResultsProblem[];
}

/** At most this many results are read from one file (a leaderboard dump is not a card's evidence list). */
export const MAX_EVAL_RESULTS = 1000;

const DATASET_ID = /^(?:[A-Za-z0-9][\w.-]{0,95}\/)?[A-Za-z0-9][\w.-]{0,95}$/;
// ISO-8601 date or date-time, as the docs allow (`"2025-01-15"`, `2025-01-15T10:30:00Z`).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const KNOWN = new Set(['dataset', 'value', 'verifyToken', 'date', 'source', 'notes', 'evaluation_framework']);
const DATASET_KEYS = new Set(['id', 'task_id', 'revision', 'config', 'split']);

/** Parse one `.eval_results/*.yaml` file: the results it holds and what the Hub would refuse or ignore in it. */
export function parseEvalResults(text: string): { results: EvalResult[]; problems: EvalResultsProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const results: EvalResult[] = [];
  const problems: EvalResultsProblem[] = [];
  const lineOf = (n: Node | null | undefined) => (n?.range ? counter.linePos(n.range[0]).line : 1);
  if (doc.errors.length) {
    problems.push({
      line: counter.linePos(doc.errors[0]!.pos[0]).line,
      message: `not valid YAML: ${doc.errors[0]!.code}`,
    });
    return { results, problems };
  }
  const root = doc.contents;
  if (!isSeq(root)) {
    problems.push({ line: lineOf(root), message: 'the file must be a list of results (`- dataset: …`)' });
    return { results, problems };
  }
  for (const item of root.items.slice(0, MAX_EVAL_RESULTS)) {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      problems.push({ line, message: 'a result must be a mapping with `dataset` and `value`' });
      continue;
    }
    const scalar = (node: unknown) => (isScalar(node) ? node.value : undefined);
    for (const pair of item.items) {
      const key = String(scalar(pair.key));
      if (!KNOWN.has(key)) problems.push({ line: lineOf(pair.key as Node), message: `unknown key \`${key}\`` });
    }
    const dataset = item.get('dataset', true);
    const id = isMap(dataset) ? scalar(dataset.get('id', true)) : undefined;
    const taskId = isMap(dataset) ? scalar(dataset.get('task_id', true)) : undefined;
    if (isMap(dataset))
      for (const pair of dataset.items) {
        const key = String(scalar(pair.key));
        if (!DATASET_KEYS.has(key))
          problems.push({ line: lineOf(pair.key as Node), message: `unknown key \`dataset.${key}\`` });
      }
    const value = scalar(item.get('value', true));
    const date = scalar(item.get('date', true));
    const source = item.get('source', true);
    const url = isMap(source) ? scalar(source.get('url', true)) : undefined;
    const notes = scalar(item.get('notes', true));
    let ok = true;
    if (typeof id !== 'string' || !DATASET_ID.test(id)) {
      problems.push({ line, message: '`dataset.id` must be a Hub dataset id (`owner/name`), the benchmark' });
      ok = false;
    }
    if (taskId === undefined)
      problems.push({ line, message: '`dataset.task_id` is required: the benchmark task the value is for' });
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ line, message: '`value` must be a number (the metric value)' });
      ok = false;
    }
    if (date !== undefined && !(typeof date === 'string' && ISO_DATE.test(date)))
      problems.push({
        line,
        message: '`date` must be an ISO-8601 date or date-time (2025-01-15, 2025-01-15T10:30:00Z)',
      });
    if (source !== undefined && !(typeof url === 'string' && /^https?:\/\/\S+$/.test(url)))
      problems.push({ line, message: '`source.url` is required when `source` is given, an http(s) link' });
    if (!ok) continue;
    results.push({
      dataset: id as string,
      taskId: taskId === undefined || taskId === null ? null : String(taskId),
      value: value as number,
      date: typeof date === 'string' ? date : null,
      sourceUrl: typeof url === 'string' ? url : null,
      notes: typeof notes === 'string' ? notes : null,
      verifiable: item.has('verifyToken'),
      line,
    });
  }
  if (root.items.length > MAX_EVAL_RESULTS)
    problems.push({
      line: lineOf(root.items[MAX_EVAL_RESULTS] as Node),
      message: `only the first ${MAX_EVAL_RESULTS} results are read`,
    });
  return { results, problems };
}
