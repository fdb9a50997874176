// Okapi BM25 over documents made of weighted fields (BM25F-style: a token in a title counts more
// than one in a summary). Documents are the measures; tokens come from `tokenize`.

export interface WeightedField {
  tokens: readonly string[];
  weight: number;
}

export interface Bm25Options {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation (0 = none, 1 = full). */
  b: number;
}

export const DEFAULT_BM25: Readonly<Bm25Options> = Object.freeze({ k1: 1.2, b: 0.5 });

export class Bm25Index {
  /** token → [doc, tf, doc, tf, …] (flat, to keep ten thousand documents light). */
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private readonly idfs = new Map<string, number>();
  private averageLength = 0;

  /**
   * Documents may come lazily (a generator): each one's tokens are then garbage as soon as they are
   * counted, instead of ten thousand documents' tokens living at once and slowing every collection.
   */
  constructor(
    documents: Iterable<readonly WeightedField[]>,
    private readonly options: Bm25Options = DEFAULT_BM25,
  ) {
    let doc = 0;
    for (const fields of documents) {
      let length = 0;
      for (const field of fields) {
        for (const token of field.tokens) {
          // Documents arrive in order, so this document's entry, if any, is the last of the list.
          let list = this.postings.get(token);
          if (!list) this.postings.set(token, (list = []));
          const last = list.length - 2;
          if (last >= 0 && list[last] === doc) list[last + 1]! += field.weight;
          else list.push(doc, field.weight);
          length += field.weight;
        }
      }
      this.lengths.push(length);
      doc++;
    }
    const n = this.lengths.length;
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
    for (const [token, list] of this.postings) {
      const df = list.length / 2;
      this.idfs.set(token, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
  }

  get documentCount(): number {
    return this.lengths.length;
  }

  /** Inverse document frequency of a token; undefined when no document has it. */
  idf(token: string): number | undefined {
    return this.idfs.get(token);
  }

  /** The largest idf any token can have (a token found in exactly one document). */
  get maxIdf(): number {
    const n = this.lengths.length;
    return Math.log(1 + (n - 1 + 0.5) / 1.5);
  }

  /** Whether a document contains a token. */
  has(token: string, doc: number): boolean {
    return this.termFrequency(token, doc) > 0;
  }

  /** Weighted frequency of a token in a document; postings are in document order (binary search). */
  private termFrequency(token: string, doc: number): number {
    const list = this.postings.get(token);
    if (!list) return 0;
    let lo = 0;
    let hi = list.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = list[mid * 2]!;
      if (d === doc) return list[mid * 2 + 1]!;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /**
   * Scores the documents that share a token with the query; each distinct query token counts once.
   * On a large base, common tokens only add to documents that a rarer token already found — they
   * cannot lift a document into the top on their own, and walking their long postings is the cost.
   */
  score(queryTokens: readonly string[]): Map<number, number> {
    const tokens = [...new Set(queryTokens)].filter((t) => this.postings.has(t));
    const n = this.lengths.length;
    const rareLimit = Math.max(COMMON_MIN_DOCS, n * COMMON_SHARE);
    const rare = tokens.filter((t) => this.postings.get(t)!.length / 2 <= rareLimit);
    const scores = new Map<number, number>();
    if (rare.length === 0 || rare.length === tokens.length) {
      for (const token of tokens) this.addPostings(token, scores);
      return scores;
    }
    for (const token of rare) this.addPostings(token, scores);
    for (const token of tokens) {
      if (rare.includes(token)) continue;
      for (const doc of scores.keys()) {
        const tf = this.termFrequency(token, doc);
        if (tf > 0) scores.set(doc, scores.get(doc)! + this.weight(token, doc, tf));
      }
    }
    return scores;
  }

  private addPostings(token: string, scores: Map<number, number>): void {
    const list = this.postings.get(token)!;
    for (let i = 0; i < list.length; i += 2) {
      const doc = list[i]!;
      scores.set(doc, (scores.get(doc) ?? 0) + this.weight(token, doc, list[i + 1]!));
    }
  }

  private weight(token: string, doc: number, tf: number): number {
    const { k1, b } = this.options;
    const norm = tf + k1 * (1 - b + (b * this.lengths[doc]!) / this.averageLength);
    return (this.idfs.get(token)! * (tf * (k1 + 1))) / norm;
  }
}

/** A token in more than this share of documents (and more than COMMON_MIN_DOCS) counts as common. */
const COMMON_SHARE = 0.02;
const COMMON_MIN_DOCS = 200;
