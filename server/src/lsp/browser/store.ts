// What the browser server knows of the workspace's files: the web worker cannot read them, so the client reads them
// through `vscode.workspace.fs` when asked (READ_FILES_REQUEST), and the answers are kept here until a config file
// changes. browser/config-files.ts, companions.ts, eval-results.ts, read-file.ts and walk.ts serve the lint session from it.
import type { ConfigProblem, LoadedConfigFile } from '../../engine/config.js';
import type { EvalResultsRead } from '../../node/eval-results.js';
import type { ReadFileAnswer, ReadFileRequest } from '../../protocol.js';

export type Requester = (requests: ReadFileRequest[]) => Promise<ReadFileAnswer[]>;

let requester: Requester = async (requests) => requests.map(() => ({ status: 'missing' }) as const);

/** browser/main.ts connects the store to the client once the connection exists. */
export function setRequester(r: Requester): void {
  requester = r;
}

export async function requestFiles(requests: ReadFileRequest[]): Promise<ReadFileAnswer[]> {
  if (!requests.length) return [];
  try {
    const answers = await requester(requests);
    return requests.map((_, i) => answers?.[i] ?? { status: 'missing' });
  } catch {
    // A client without the request handler (another LSP client) reads as "no files": the defaults apply.
    return requests.map(() => ({ status: 'missing' }));
  }
}

export interface CompanionEntry {
  path: string;
  /** The text when the file is a release manifest, else null. */
  text: string | null;
}

export const store = {
  /** Directory → the config file found there (parsed) or its problems; absent = not asked yet. */
  configDirs: new Map<string, { file: LoadedConfigFile | null; problems: ConfigProblem[] }>(),
  /** Config file path → its text or why it was not read (for the config-problem diagnostics). */
  configTexts: new Map<string, { text: string } | { problem: string }>(),
  /** Directory → its YAML files as companions, and when they were read. */
  companions: new Map<string, { at: number; entries: CompanionEntry[] }>(),
  /** Card directory → its `.eval_results/*.yaml` as node/eval-results.ts reads them, and when they were read. */
  evalResults: new Map<string, { at: number; read: EvalResultsRead }>(),
  /** Texts read for Lint Workspace (files that are not open), by path; emptied after each run. */
  texts: new Map<string, string>(),
  clear(): void {
    this.configDirs.clear();
    this.configTexts.clear();
    this.companions.clear();
    this.evalResults.clear();
  },
  /** A file that cards read changed (file watcher, save): read the directory's manifests and results again. */
  forgetDir(dir: string): void {
    this.companions.delete(dir);
    this.evalResults.delete(dir);
  },
};
