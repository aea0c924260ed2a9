// `node:url` for the browser server bundle (scripts/build-web.mjs aliases it here): the two functions the language
// server uses to go between a document URI and the path the lint session works on. A non-`file:` URI is its own path
// (lsp/state.ts keeps it as is), so pathToFileURL gives it back unchanged.
import { pathToUri } from '../paths.js';

export function fileURLToPath(url: string | URL): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.protocol !== 'file:') throw new TypeError('The URL must be of scheme file');
  return decodeURIComponent(u.pathname);
}

export function pathToFileURL(path: string): URL {
  // Given back byte for byte for a URI path: URL parsing could re-encode what VS Code encoded its own way.
  const href = pathToUri(path);
  return { href, toString: () => href } as unknown as URL;
}
