// The web client's answer to a `list` request (READ_FILES_REQUEST): a folder's regular files and subdirectories, at
// most MAX_LIST_NAMES of them, so a hostile folder of millions of entries sends the worker a bounded list. No `vscode`
// import: the protocol tests' file system (test/lsp/web-fs.mjs) answers with this same code.
import { MAX_LIST_NAMES, type ReadFileAnswer } from '../../server/src/protocol.js';

export type EntryKind = 'file' | 'dir' | 'other';

/** The first MAX_LIST_NAMES files and directories in name order (whatever order the file system gave them in); other
 * kinds (symbolic links, devices) are left out. */
export function listAnswer(entries: readonly (readonly [name: string, kind: EntryKind])[]): ReadFileAnswer {
  const named = entries.filter(([, kind]) => kind !== 'other');
  // Sorted before the cut, so which names survive it does not depend on the order the directory was read in.
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const kept = named.length > MAX_LIST_NAMES ? named.slice(0, MAX_LIST_NAMES) : named;
  return {
    status: 'entries',
    files: kept.filter(([, kind]) => kind === 'file').map(([name]) => name),
    dirs: kept.filter(([, kind]) => kind === 'dir').map(([name]) => name),
    ...(named.length > MAX_LIST_NAMES ? { truncated: true } : {}),
  };
}
