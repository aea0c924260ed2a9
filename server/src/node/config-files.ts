// Finds `.modelcard-lint.yaml|yml|json` files by walking up from a file, parses and validates them, and caches
// per directory. Shared by the CLI and the language server so both see the same settings (peers.md §6.12).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateConfig, type ConfigProblem, type LoadedConfigFile } from '../engine/config.js';

export const CONFIG_FILE_NAMES = ['.modelcard-lint.yaml', '.modelcard-lint.yml', '.modelcard-lint.json'];

export interface ConfigChain {
  files: LoadedConfigFile[];
  problems: ConfigProblem[];
}

function posix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Read and validate one config file. */
export function readConfigFile(path: string): { file: LoadedConfigFile | null; problems: ConfigProblem[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { file: null, problems: [{ path, message: `cannot read: ${(e as Error).message}` }] };
  }
  let value: unknown;
  try {
    value = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (e) {
    return { file: null, problems: [{ path, message: `not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const { config, problems } = validateConfig(value, path);
  if (!config) return { file: null, problems };
  return { file: { dir: posix(dirname(resolve(path))), path, config }, problems };
}

export class ConfigResolver {
  private dirCache = new Map<string, { file: LoadedConfigFile | null; problems: ConfigProblem[] }>();

  /** Forget cached files (a config file changed). */
  clear(): void {
    this.dirCache.clear();
  }

  private inDir(dir: string): { file: LoadedConfigFile | null; problems: ConfigProblem[] } {
    let hit = this.dirCache.get(dir);
    if (hit) return hit;
    hit = { file: null, problems: [] };
    for (const name of CONFIG_FILE_NAMES) {
      const p = join(dir, name);
      try {
        if (!statSync(p).isFile()) continue;
      } catch {
        continue;
      }
      hit = readConfigFile(p);
      break;
    }
    this.dirCache.set(dir, hit);
    return hit;
  }

  /** Config files that apply to `filePath`, outermost first; stops at a file with `root: true`. */
  chainFor(filePath: string): ConfigChain {
    const files: LoadedConfigFile[] = [];
    const problems: ConfigProblem[] = [];
    let dir = dirname(resolve(filePath));
    for (;;) {
      const { file, problems: p } = this.inDir(dir);
      problems.push(...p);
      if (file) {
        files.unshift(file);
        if (file.config.root) break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return { files, problems };
  }
}
