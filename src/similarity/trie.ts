/** A phrase table over token sequences, answering the longest phrase that starts at a position. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { children: new Map() };
  private longest = 0;

  /** Adds a phrase; an existing phrase keeps its first value (earlier entries win). */
  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    if (node.value === undefined) node.value = value;
    this.longest = Math.max(this.longest, keys.length);
  }

  /**
   * The longest phrase of `keys` starting at `from`: its length and value.
   *
   * @example
   * const t = new PhraseTrie<string>(); t.add(['joint', 'team'], 'jit');
   * t.match(['a', 'joint', 'team'], 1) // { length: 2, value: 'jit' }
   */
  match(keys: readonly string[], from: number): { length: number; value: V } | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let best: { length: number; value: V } | undefined;
    for (let k = from; k < keys.length && k - from < this.longest; k += 1) {
      node = node.children.get(keys[k] as string);
      if (!node) break;
      if (node.value !== undefined) best = { length: k - from + 1, value: node.value };
    }
    return best;
  }
}

interface TrieNode<V> {
  readonly children: Map<string, TrieNode<V>>;
  value?: V;
}
