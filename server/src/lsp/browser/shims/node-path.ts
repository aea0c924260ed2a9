// `node:path` for the browser server bundle (scripts/build-web.mjs aliases it here). Only node/config-files.ts reaches
// it (its parseConfigText is reused as is, for the same validation and messages as the CLI); paths are URIs or POSIX.
import { dirOf, isUriPath, joinPath } from '../paths.js';

export const sep = '/';
export const dirname = dirOf;
export const join = (first: string, ...rest: string[]): string => joinPath(first, ...rest);
/** Paths reaching the browser server are absolute already (URIs or decoded `file:` paths). */
export const resolve = (p: string): string => (isUriPath(p) || p.startsWith('/') ? p : `/${p}`);
export default { sep, dirname, join, resolve };
