// Finds a card's companions for cross-file checks: the MOF manifests beside it (same directory, `*.yml` / `*.yaml`
// whose content is a manifest). Only regular files of at most 1 MiB, never a symlink out of the directory; what each
// file is gets cached by its mtime, so an unrelated 64 KB `notes.yml` is classified once, not on every keystroke.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { classify } from '../engine/parse/classify.js';
import { readTextFile } from './read-file.js';
import { isInside } from './walk.js';

const MAX_BYTES = 1024 * 1024;
/** YAML files looked at in one directory (a directory of 100,000 YAML files is not read on each keystroke). */
const MAX_NAMES = 64;

interface Entry {
  mtimeMs: number;
  size: number;
  /** The text when the file is a manifest, else null. */
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
      names = readdirSync(dir)
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort()
        .slice(0, MAX_NAMES);
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
      const open = openText?.(p);
      const text =
        open !== undefined
          ? open.length <= MAX_BYTES && classify(p, open) === 'release-manifest'
            ? open
            : null
          : this.read(dir, p);
      if (text !== null) out.push({ path: p, text });
    }
    return out;
  }

  private read(dir: string, path: string): string | null {
    let st;
    try {
      st = statSync(path);
    } catch {
      return null;
    }
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    const hit = this.files.get(path);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.text;
    let text: string | null = null;
    try {
      // A manifest linked from outside the card's directory is not this release's.
      if (isInside(realpathSync(dir), realpathSync(path))) {
        const r = readTextFile(path, MAX_BYTES);
        if (r.ok && !r.invalidUtf8 && classify(path, r.text) === 'release-manifest') text = r.text;
      }
    } catch {
      text = null;
    }
    this.files.set(path, { mtimeMs: st.mtimeMs, size: st.size, text });
    if (this.files.size > 256) this.files.delete(this.files.keys().next().value as string);
    return text;
  }
}
