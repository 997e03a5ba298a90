import { idfTable, type IdfTable, type PreparedClause } from './prepare';
import type { Scorer } from './signals';

/** Letters within a word: long enough to tell stems apart, short enough for a compound's parts to share some. */
export const GRAM = 4;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Cosine of the character 4-grams of two clauses, each gram weighted by its
 * (log) count and its IDF over the batch; a word is framed by `_`, so a gram
 * can mark a word's start or end, and a word of up to two letters is one gram.
 * German, Dutch and French build words by compounding and inflection, so two
 * clauses on one subject share 4-grams where their whole words or stems differ
 * ("Gemüseimporte" / "Importgemüse", "Lichter" / "Licht"), and there are no
 * word vectors for them here. The whole batch is read once, on first use, so an
 * English similarity that never asks for the signal pays nothing.
 *
 * @example
 * const texts = ['Gemüseimporte aus Spanien', 'Importgemüse kommt aus Spanien'];
 * const sim = createSimilarity(texts, { language: 'de' }); // scores with this signal alone (CHARACTER_MODEL)
 * sim.score(sim.prepare(texts[0]), sim.prepare(texts[1])) // ≈ 0.49
 */
export function charScorer(corpus: readonly string[]): Scorer & { coverage(a: PreparedClause, b: PreparedClause): number } {
  // The word IDF's table, over grams: smoothed, so a gram the batch never saw weighs most and none weighs nothing.
  let table: IdfTable | undefined;
  const grams = (): IdfTable => (table ??= idfTable(corpus.map((text) => gramsOf(text).keys())));
  interface Profile {
    /** Gram ids in ascending order, with their weights: a pair is one merge of two sorted lists. */
    readonly ids: Int32Array;
    readonly weights: Float64Array;
    readonly norm: number;
  }
  const owner = {};
  const make = (clause: PreparedClause): Profile => {
    const { idf, id } = grams();
    const weighed = [...gramsOf(clause.text)].map(([gram, count]) => ({ id: id(gram), weight: (1 + Math.log(count)) * idf(gram) }));
    weighed.sort((a, b) => a.id - b.id);
    let squares = 0;
    for (const g of weighed) squares += g.weight * g.weight;
    return { ids: Int32Array.from(weighed, (g) => g.id), weights: Float64Array.from(weighed, (g) => g.weight), norm: Math.sqrt(squares) };
  };
  return {
    name: 'chars',
    score(a, b) {
      const p = a.memo(owner, make);
      const q = b.memo(owner, make);
      if (p.norm === 0 || q.norm === 0) return 0;
      if (a.text === b.text) return 1;
      // Both lists ascend, so the products are summed in the same order whichever clause comes first: exactly symmetric.
      let dot = 0;
      for (let i = 0, j = 0; i < p.ids.length && j < q.ids.length; ) {
        if (p.ids[i]! < q.ids[j]!) i += 1;
        else if (p.ids[i]! > q.ids[j]!) j += 1;
        else {
          dot += p.weights[i]! * q.weights[j]!;
          i += 1;
          j += 1;
        }
      }
      const cosine = dot / (p.norm * q.norm);
      return cosine > 1 - 1e-9 ? 1 : cosine;
    },
    // The share of a's gram weight that b has too: what a split-off piece says of its source, in the terms the
    // model scores in. German word stems miss "zugegeben" / "geben", "Reptilien" / "_Reptilien"; their grams do not.
    coverage(a, b) {
      const p = a.memo(owner, make);
      const q = b.memo(owner, make);
      let total = 0;
      let shared = 0;
      for (let i = 0, j = 0; i < p.ids.length; i += 1) {
        total += p.weights[i]!;
        while (j < q.ids.length && q.ids[j]! < p.ids[i]!) j += 1;
        if (j < q.ids.length && q.ids[j] === p.ids[i]) shared += p.weights[i]!;
      }
      return total === 0 ? 0 : shared / total;
    },
  };
}

/** The 4-grams of a text's words with their counts. */
export function gramsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const framed = `_${match[0]}_`;
    if (framed.length <= GRAM) {
      counts.set(framed, (counts.get(framed) ?? 0) + 1);
      continue;
    }
    for (let i = 0; i + GRAM <= framed.length; i += 1) {
      const gram = framed.slice(i, i + GRAM);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}
