// A client without file watching (no dynamic registration of workspace/didChangeWatchedFiles) never tells the server
// that a config file changed on disk, and the session keeps the config files it read (node/config-files.ts caches
// each directory's until forgetConfigs), so such a change went unnoticed until a restart. On each save, server.ts asks
// here whether the saved document's config chain is still what was read: the directories are read again (a few
// lstat calls and the small config files; the browser server asks the client again through prepare).
import type { ConfigChain } from '../node/config-files.js';
import { uriToPath, type ServerState } from './state.js';

/** What a chain says: each file's path and parsed config, and the problems (a file that became unreadable). */
function chainKey(chain: ConfigChain): string {
  return JSON.stringify([chain.files.map((f) => [f.path, f.config]), chain.problems.map((p) => [p.path, p.message])]);
}

/** Whether the config files that apply to `uri` differ from the ones read before; re-reads them (all directories'
 * cached config files are dropped, so other documents get theirs afresh at their next lint). */
export async function configChangedSince(state: ServerState, uri: string): Promise<boolean> {
  const path = uriToPath(uri);
  const configs = state.session.configs;
  const before = chainKey(configs.chainFor(path));
  configs.clear();
  if (state.prepare) await state.prepare(uri);
  return chainKey(configs.chainFor(path)) !== before;
}
