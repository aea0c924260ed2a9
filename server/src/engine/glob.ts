// Glob patterns from config files, editor settings and `.gitignore` files, made safe to match: globs come from
// strangers (a cloned repository's config, an untrusted workspace's settings), and picomatch compiles them to regular
// expressions that backtrack exponentially on extglobs (`+(a|a)x` against `aaaa…a.md`) and polynomially on many `*` in
// one path segment. A pattern that could do that is refused with a reason instead of being matched (SECURITY.md).
import picomatch from 'picomatch';

export const MAX_GLOB_LENGTH = 512;
/** Paths longer than this never match a config glob (real paths are far shorter; matching cost grows with length). */
export const MAX_MATCHED_PATH = 4096;
/** `*` wildcards allowed in one path segment (`*card*.md` has two); `**` as a whole segment does not count. */
const MAX_STARS_PER_SEGMENT = 2;
const MAX_BRACE_ALTERNATIVES = 32;

/** Why a glob pattern is refused, or null when it is safe to match. */
export function globProblem(pattern: string): string | null {
  if (pattern.length > MAX_GLOB_LENGTH) return `is longer than ${MAX_GLOB_LENGTH} characters`;
  if (/[@!+*?]\(/.test(pattern)) return 'uses an extglob such as `+(a|b)`, which is not supported';
  if (/\{[^{}]*\.\.[^{}]*\}/.test(pattern)) return 'uses a brace range such as `{1..9}`, which is not supported';
  let depth = 0;
  let alternatives = 0;
  for (const c of pattern) {
    if (c === '{' && ++depth > 2) return 'nests braces more than two deep';
    if (c === '}') depth = Math.max(0, depth - 1);
    if (c === ',' && depth > 0 && ++alternatives > MAX_BRACE_ALTERNATIVES)
      return `has more than ${MAX_BRACE_ALTERNATIVES} brace alternatives`;
  }
  for (const segment of pattern.split('/')) {
    if (segment === '**') continue;
    const stars = segment.replace(/\*{2,}/g, '*').split('*').length - 1;
    if (stars > MAX_STARS_PER_SEGMENT) return `has more than ${MAX_STARS_PER_SEGMENT} \`*\` in one path segment`;
  }
  return null;
}

export type GlobMatcher = (path: string) => boolean;

/** A matcher for a list of safe patterns (relative, `/`-separated paths); refused patterns are left out. A pattern
 * without `/` matches the base name anywhere, as in `.gitignore` and markdownlint-cli2. */
export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const matchers = patterns
    .filter((p) => typeof p === 'string' && p !== '' && globProblem(p) === null)
    .map((p) => picomatch(p, { dot: true, matchBase: !p.includes('/'), noextglob: true }));
  if (!matchers.length) return () => false;
  return (path) => path.length <= MAX_MATCHED_PATH && matchers.some((m) => m(path));
}
