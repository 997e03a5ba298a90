import type { DiffPart } from './types';

/** Beyond this many edits two clauses are not variants of each other, and diffing them is quadratic. */
const MAX_EDIT_LENGTH = 200;
/**
 * Token comparisons and diagonal steps a diff may take, checked once per edit
 * length as jsdiff checked its clock. Linked clauses take a few thousand; 2
 * million take some 40 ms, about what jsdiff did in its 50 ms.
 */
const MAX_STEPS = 2_000_000;

const ADD = 1;
const REMOVE = 2;

/**
 * A bounded word diff; `null` when the texts differ too much to diff in bounded
 * time: more than 200 token edits, or more than 2 million steps of the search.
 *
 * Unless the steps run out, the result is exactly `diffWordsWithSpace(before,
 * after, { maxEditLength: 200 })` of jsdiff 9 (test/align/diff.test.ts holds it to that): the same Myers
 * search, same tie-breaks, same parts. jsdiff allocates an object per step of
 * the search and a linked list per path, which made diffing the links the
 * costliest stage of a large alignment; here tokens are offsets and hashes and
 * the search lives in typed arrays reused from call to call.
 *
 * The search used to stop after 50 ms of wall-clock time as well (jsdiff's
 * `timeout`). On a loaded machine that made a link's diff `null` in one run
 * and not in the next, so the 10k-clause benchmark's links differed from run
 * to run. It now counts steps instead: the same texts always give the same
 * answer. Only texts thousands of words long with up to 200 edits could reach
 * the count; clauses stop at 200 edits long before.
 *
 * @example
 * wordDiff('the quick fox', 'the slow fox') // [{ value: 'the ' }, { value: 'quick', removed: true }, { value: 'slow', added: true }, { value: ' fox' }]
 */
export function wordDiff(before: string, after: string): DiffPart[] | null {
  // The parts must rebuild both texts exactly, spaces included; equal texts are one unchanged part.
  if (before === after) return before === '' ? [] : [{ value: before }];
  OLD.read(before);
  NEW.read(after);
  const end = search();
  return end < 0 ? null : parts(end);
}

/**
 * jsdiff's `diffWordsWithSpace` tokens, which tile the text: a newline (with
 * its \r), a run of word characters (its Latin letters, digits and _), a run
 * of other white space, or any other single character (code point). Scanned
 * by hand and kept as offsets and hashes: its regular expression and token
 * strings allocated per token.
 */
class Tokens {
  text = '';
  count = 0;
  hashes = new Int32Array(256);
  /** Where each token starts, and the text's length after the last. */
  starts = new Int32Array(257);

  read(text: string): void {
    this.text = text;
    this.count = 0;
    for (let i = 0; i < text.length; ) {
      const start = i;
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) i += c === 13 ? 2 : 1;
      else if (isWordChar(c)) while (++i < text.length && isWordChar(text.charCodeAt(i)));
      else if (isSpaceRun(c)) while (++i < text.length && isSpaceRun(text.charCodeAt(i)));
      else i += c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      let hash = 0x811c9dc5;
      for (let k = start; k < i; k += 1) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
      if (this.count + 1 === this.hashes.length) {
        this.hashes = grown(this.hashes, new Int32Array(2 * this.hashes.length));
        this.starts = grown(this.starts, new Int32Array(2 * this.starts.length));
      }
      this.hashes[this.count] = hash;
      this.starts[this.count] = start;
      this.count += 1;
    }
    this.starts[this.count] = text.length;
  }

  slice(from: number, to: number): string {
    return this.text.slice(this.starts[from], this.starts[to]);
  }
}

const OLD = new Tokens();
const NEW = new Tokens();

/** Token o of the old text equals token n of the new one. */
function same(o: number, n: number): boolean {
  if (OLD.hashes[o] !== NEW.hashes[n]) return false;
  const from = OLD.starts[o]!;
  const to = NEW.starts[n]!;
  const length = OLD.starts[o + 1]! - from;
  if (NEW.starts[n + 1]! - to !== length) return false;
  for (let k = 0; k < length; k += 1) if (OLD.text.charCodeAt(from + k) !== NEW.text.charCodeAt(to + k)) return false;
  return true;
}

/** jsdiff's extendedWordChars: a-zA-Z0-9_, the soft hyphen and the Latin letters of U+00C0–U+02FF and U+1E00–U+1EFF. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (c <= 0x2ff) return c === 0xad || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c !== 0x2c7 && (c < 0x2d8 || c > 0x2dd));
  return c >= 0x1e00 && c <= 0x1eff;
}

/** JavaScript's \s without \n and \r. */
function isSpaceRun(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 12 && c !== 10);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

// The search's path nodes: each is one edit (or the start) followed by a run of common tokens.
let parent = new Int32Array(1024);
let oldEnd = new Int32Array(1024);
let kind = new Uint8Array(1024);
let nodeCount = 0;

function node(from: number, edit: number, oldPos: number): number {
  if (nodeCount === parent.length) {
    parent = grown(parent, new Int32Array(2 * nodeCount));
    oldEnd = grown(oldEnd, new Int32Array(2 * nodeCount));
    kind = grown(kind, new Uint8Array(2 * nodeCount));
  }
  parent[nodeCount] = from;
  kind[nodeCount] = edit;
  oldEnd[nodeCount] = oldPos;
  return nodeCount++;
}

function grown<T extends Int32Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/** The search's work so far: each diagonal stepped onto and each token compared. */
let steps = 0;

/** Follows the common run from (oldPos, oldPos − diagonal); returns the old position it ends at. */
function slide(oldPos: number, diagonal: number): number {
  let o = oldPos;
  let n = oldPos - diagonal;
  while (n + 1 < NEW.count && o + 1 < OLD.count && same(o + 1, n + 1)) {
    o += 1;
    n += 1;
  }
  steps += o - oldPos + 1;
  return o;
}

/**
 * jsdiff's `diffWithOptionsObj`, step for step: the same diagonals visited in
 * the same order with the same choices, so the same path. Returns the path's
 * last node, or −1 when it gave up.
 */
function search(): number {
  const oldLen = OLD.count;
  const newLen = NEW.count;
  const maxEditLength = Math.min(oldLen + newLen, MAX_EDIT_LENGTH);
  steps = 0;
  nodeCount = 0;
  const root = node(-1, 0, slide(-1, 0));
  if (oldEnd[root]! + 1 >= oldLen && oldEnd[root]! + 1 >= newLen) return root;
  // best[k + offset]: the furthest path on diagonal k (old − new position), −1 for none.
  const offset = maxEditLength + 2;
  const best = new Int32Array(2 * offset + 1).fill(-1);
  best[offset] = root;
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength && steps <= MAX_STEPS; editLength += 1) {
    const last = Math.min(maxDiagonal, editLength);
    for (let k = Math.max(minDiagonal, -editLength); k <= last; k += 2) {
      const removePath = best[offset + k - 1]!;
      const addPath = best[offset + k + 1]!;
      if (removePath >= 0) best[offset + k - 1] = -1;
      let canAdd = false;
      if (addPath >= 0) {
        const addNewPos = oldEnd[addPath]! - k;
        canAdd = addNewPos >= 0 && addNewPos < newLen;
      }
      const canRemove = removePath >= 0 && oldEnd[removePath]! + 1 < oldLen;
      if (!canAdd && !canRemove) {
        best[offset + k] = -1;
        continue;
      }
      const add = !canRemove || (canAdd && oldEnd[removePath]! < oldEnd[addPath]!);
      const start = add ? oldEnd[addPath]! : oldEnd[removePath]! + 1;
      const oldPos = slide(start, k);
      const path = node(add ? addPath : removePath, add ? ADD : REMOVE, oldPos);
      const newPos = oldPos - k;
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return path;
      best[offset + k] = path;
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, k - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, k + 1);
    }
  }
  return -1;
}

/** The path as jsdiff's change objects: runs of adds, of removes, and of common tokens. */
function parts(end: number): DiffPart[] {
  const path: number[] = [];
  for (let n = end; n >= 0; n = parent[n]!) path.push(n);
  const kinds: number[] = [];
  const counts: number[] = [];
  const push = (what: number, count: number): void => {
    // Successive edits of one kind are one part; a common run always starts a part.
    if (what !== 0 && kinds[kinds.length - 1] === what) counts[counts.length - 1]! += count;
    else {
      kinds.push(what);
      counts.push(count);
    }
  };
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const n = path[i]!;
    let start = -1;
    if (kind[n] !== 0) {
      push(kind[n]!, 1);
      start = oldEnd[parent[n]!]! + (kind[n] === REMOVE ? 1 : 0);
    }
    if (oldEnd[n]! > start) push(0, oldEnd[n]! - start);
  }
  const result: DiffPart[] = [];
  let o = 0;
  let n = 0;
  for (let i = 0; i < kinds.length; i += 1) {
    const count = counts[i]!;
    if (kinds[i] === REMOVE) {
      result.push({ value: OLD.slice(o, o + count), removed: true });
      o += count;
    } else {
      const value = NEW.slice(n, n + count);
      result.push(kinds[i] === ADD ? { value, added: true } : { value });
      n += count;
      if (kinds[i] === 0) o += count;
    }
  }
  return result;
}
