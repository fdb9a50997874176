// Reads domain abbreviations and variants as their canonical term (技改 → 技术改造, 高企 →
// 高新技术企业, compute voucher → 算力券) by appending the canonical terms to the text: the
// original words stay, so nothing the user typed is lost.
import type { Synonym } from '../kb/schema.js';
import { normalizeQuery } from './normalizeQuery.js';
import { INSIDE_ADVERBS, TermTrie } from './termTrie.js';

/** A variant found in a text: where it is (in characters) and the canonical term it stands for. */
export interface SynonymHit {
  start: number;
  end: number;
  canonical: string;
}

export class SynonymExpander {
  private readonly trie = new TermTrie();
  private readonly canonicals: string[] = [];

  constructor(synonyms: readonly Synonym[]) {
    synonyms.forEach((group, i) => {
      const canonical = normalizeQuery(group.canonical);
      this.canonicals.push(canonical);
      for (const variant of group.variants) this.trie.add(normalizeQuery(variant), i);
    });
  }

  /** The normalised text followed by the canonical term of every variant found in it (`hits`, if already found). */
  expand(text: string, hits: readonly SynonymHit[] = this.find(text)): string {
    const added = new Set<string>();
    for (const hit of hits) if (!text.includes(hit.canonical)) added.add(hit.canonical);
    return added.size === 0 ? text : `${text} ${[...added].join(' ')}`;
  }

  /** Every variant in the text: where it is (in characters) and the canonical term it stands for. */
  find(text: string): SynonymHit[] {
    return this.trie
      .findAll(text, INSIDE_ADVERBS)
      .map((hit) => ({ start: hit.start, end: hit.end, canonical: this.canonicals[hit.value]! }));
  }
}
