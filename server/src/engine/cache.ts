// What a caller keeps between lints of the same documents — earlier YAML parses, the last version of each card (its
// front matter, body chunks and body sections' findings) and per-node rule results — so an edit re-does only the block
// it touched, and the parse layer's counted work (tests bound work with it, no clocks). The lint
// session (node/session.ts) owns one; the engine holds no state of its own, and a lint without a cache starts cold.
import type { YNode } from './parse/yaml-tree.js';
import { BlockCache } from './parse/yaml-blocks.js';
import { MarkdownCache } from './parse/markdown-chunks.js';
import { BodyCache } from './analyze/body-search.js';
import { ParseWork } from './parse/work.js';

export class EngineCache {
  /** What classification and parsing read and built since this cache was made (parse/work.ts). */
  readonly work = new ParseWork();
  /** Parses of YAML blocks by text (parse/yaml-blocks.ts); they count their work in `work`. */
  readonly blocks = new BlockCache(this.work);
  /** The last version of each card, by path: front matter and body chunks (parse/markdown-chunks.ts). */
  readonly markdown = new MarkdownCache();
  /** The last version of each card's body sections with what was found in them (analyze/body-search.ts). */
  readonly body = new BodyCache();
  private readonly memos = new Map<string, WeakMap<YNode, unknown>>();

  /** Forget what is kept for the last version of the document `path` (closed in the editor): its YAML blocks, unless
   * another document uses them, and its body chunks. */
  forgetDocument(path: string): void {
    this.blocks.forgetDocument(path);
    this.markdown.forget(path);
  }

  /** Per-node results of one kind (a rule id, or a schema check), kept while their nodes are alive. */
  memo<T>(kind: string): WeakMap<YNode, T> {
    let m = this.memos.get(kind);
    if (!m) this.memos.set(kind, (m = new WeakMap()));
    return m as WeakMap<YNode, T>;
  }
}
