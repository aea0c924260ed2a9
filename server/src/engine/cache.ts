// What a caller keeps between lints of the same documents — earlier YAML parses and per-node rule results — so an
// edit re-does only the block it touched. The lint session (node/session.ts) owns one; the engine holds no state of
// its own, and a lint without a cache simply starts cold.
import type { YNode } from './parse/yaml-tree.js';
import { BlockCache } from './parse/yaml-blocks.js';

export class EngineCache {
  /** Parses of YAML blocks by text (parse/yaml-blocks.ts). */
  readonly blocks = new BlockCache();
  private readonly memos = new Map<string, WeakMap<YNode, unknown>>();

  /** Per-node results of one kind (a rule id, or a schema check), kept while their nodes are alive. */
  memo<T>(kind: string): WeakMap<YNode, T> {
    let m = this.memos.get(kind);
    if (!m) this.memos.set(kind, (m = new WeakMap()));
    return m as WeakMap<YNode, T>;
  }
}
