// node/config-files.ts for the web worker (scripts/build-web.mjs substitutes it for the session's and the server's
// imports). Same discovery as the CLI and the Node server (walk up from the file, stop at `root: true` and at the
// workspace folder), same parser and messages (parseConfigText is the Node module's own), but the texts come from the
// store, which prefetch.ts fills through the client before each lint.
import type { ConfigProblem, LoadedConfigFile } from '../../engine/config.js';
import { pushAll } from '../../engine/push-all.js';
import {
  CONFIG_FILE_NAMES,
  MAX_CONFIG_BYTES,
  parseConfigText,
  type ConfigChain,
  type ConfigResolver as NodeConfigResolver,
} from '../../node/config-files.js';
import { configDirs } from './paths.js';
import { store } from './store.js';

export { CONFIG_FILE_NAMES, MAX_CONFIG_BYTES, parseConfigText, type ConfigChain };

/** The text the client read for a config file, or why it was not read. */
export function readConfigText(path: string): { text: string } | { problem: string } {
  return store.configTexts.get(path) ?? { problem: 'cannot read (ENOENT)' };
}

export function readConfigFile(path: string): { file: LoadedConfigFile | null; problems: ConfigProblem[] } {
  const r = readConfigText(path);
  if ('problem' in r) return { file: null, problems: [{ path, message: r.problem }] };
  return parseConfigText(path, r.text);
}

export class ConfigResolver implements Pick<NodeConfigResolver, 'chainFor' | 'clear'> {
  constructor(private readonly roots: () => readonly string[] = () => []) {}

  clear(): void {
    store.clear();
  }

  chainFor(filePath: string): ConfigChain {
    const files: LoadedConfigFile[] = [];
    const problems: ConfigProblem[] = [];
    for (const dir of configDirs(filePath, this.roots())) {
      const hit = store.configDirs.get(dir);
      if (!hit) continue;
      pushAll(problems, hit.problems);
      if (hit.file) {
        files.unshift(hit.file);
        if (hit.file.config.root) break;
      }
    }
    return { files, problems };
  }
}
