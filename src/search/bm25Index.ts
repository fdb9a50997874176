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
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly idfs = new Map<string, number>();
  private averageLength = 0;

  constructor(
    documents: readonly (readonly WeightedField[])[],
    private readonly options: Bm25Options = DEFAULT_BM25,
  ) {
    documents.forEach((fields, doc) => {
      const tf = new Map<string, number>();
      let length = 0;
      for (const field of fields) {
        for (const token of field.tokens) {
          tf.set(token, (tf.get(token) ?? 0) + field.weight);
          length += field.weight;
        }
      }
      this.lengths.push(length);
      for (const [token, f] of tf) {
        let list = this.postings.get(token);
        if (!list) this.postings.set(token, (list = []));
        list.push({ doc, tf: f });
      }
    });
    const n = documents.length;
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
    for (const [token, list] of this.postings) {
      this.idfs.set(token, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
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

  /** Scores every document that shares a token with the query; each distinct query token counts once. */
  score(queryTokens: readonly string[]): Map<number, number> {
    const { k1, b } = this.options;
    const scores = new Map<number, number>();
    for (const token of new Set(queryTokens)) {
      const list = this.postings.get(token);
      if (!list) continue;
      const idf = this.idfs.get(token)!;
      for (const { doc, tf } of list) {
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]!) / this.averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * (tf * (k1 + 1))) / norm);
      }
    }
    return scores;
  }
}
