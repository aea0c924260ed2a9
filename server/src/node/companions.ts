// Finds a document's companions for cross-file checks: the MOF manifests beside a model card (same directory,
// `*.yml` / `*.yaml` whose content is a manifest). Shared by the CLI and the language server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { classify } from '../engine/parse/classify.js';

const MAX_BYTES = 1024 * 1024;

interface Entry {
  mtimeMs: number;
  text: string | null;
}

export class CompanionFinder {
  private files = new Map<string, Entry>();
  /** Directory → its YAML file names, refreshed when the directory's mtime changes (called per keystroke). */
  private dirs = new Map<string, { mtimeMs: number; names: string[] }>();

  private yamlNames(dir: string): string[] {
    let st;
    try {
      st = statSync(dir);
    } catch {
      return [];
    }
    const hit = this.dirs.get(dir);
    if (hit && hit.mtimeMs === st.mtimeMs) return hit.names;
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n));
    } catch {
      names = [];
    }
    this.dirs.set(dir, { mtimeMs: st.mtimeMs, names });
    return names;
  }

  /** Texts of sibling manifests; `openText` lets the editor supply unsaved buffers. */
  find(path: string, openText?: (path: string) => string | undefined): { path: string; text: string }[] {
    const dir = dirname(path);
    const out: { path: string; text: string }[] = [];
    for (const name of this.yamlNames(dir)) {
      const p = join(dir, name);
      const text = openText?.(p) ?? this.read(p);
      if (text !== null && text !== undefined && classify(p, text) === 'release-manifest') out.push({ path: p, text });
    }
    return out;
  }

  private read(path: string): string | null {
    let st;
    try {
      st = statSync(path);
    } catch {
      return null;
    }
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    const hit = this.files.get(path);
    if (hit && hit.mtimeMs === st.mtimeMs) return hit.text;
    let text: string | null;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = null;
    }
    this.files.set(path, { mtimeMs: st.mtimeMs, text });
    return text;
  }
}
