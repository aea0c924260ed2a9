// node/companions.ts for the web worker (substituted by scripts/build-web.mjs): a card's sibling MOF manifests, from
// the directory listing and texts prefetch.ts asked the client for; an open, unsaved manifest wins as in Node.
import { classify } from '../../engine/parse/classify.js';
import type { CompanionFinder as NodeCompanionFinder } from '../../node/companions.js';
import { dirOf } from './paths.js';
import { store } from './store.js';

export const COMPANION_MAX_BYTES = 1024 * 1024;
/** YAML files looked at in one directory, as in Node. */
export const COMPANION_MAX_NAMES = 64;

export class CompanionFinder implements Pick<NodeCompanionFinder, 'find'> {
  find(path: string, openText?: (path: string) => string | undefined): { path: string; text: string }[] {
    const out: { path: string; text: string }[] = [];
    for (const e of store.companions.get(dirOf(path))?.entries ?? []) {
      const open = openText?.(e.path);
      const text =
        open !== undefined
          ? open.length <= COMPANION_MAX_BYTES && classify(e.path, open) === 'release-manifest'
            ? open
            : null
          : e.text;
      if (text !== null) out.push({ path: e.path, text });
    }
    return out;
  }
}
