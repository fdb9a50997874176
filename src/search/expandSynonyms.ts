// Reads domain abbreviations and variants as their canonical term (技改 → 技术改造, 高企 →
// 高新技术企业, compute voucher → 算力券) by appending the canonical terms to the text: the
// original words stay, so nothing the user typed is lost.
import { escapeRegExp } from '../escapeRegExp.js';
import type { Synonym } from '../kb/schema.js';
import { normalizeQuery } from './normalizeQuery.js';
import { INSIDE_ADVERBS, TermTrie } from './termTrie.js';

/** A variant found in a text: where it is (in characters) and the canonical term it stands for. */
export interface SynonymHit {
  start: number;
  end: number;
  canonical: string;
}

/** What may stand in a gap (社保…开销): a few characters of the same clause. */
const GAP = '[^,，。;；?？!！、]{0,8}';

export class SynonymExpander {
  private readonly trie = new TermTrie();
  private readonly canonicals: string[] = [];
  /** Variants with a gap (社保…开销, 贷款…到期): 员工的社保又是一大块开销, 贷款明年初到期. */
  private readonly gapped: { parts: string[]; pattern: RegExp; group: number }[] = [];

  constructor(synonyms: readonly Synonym[]) {
    synonyms.forEach((group, i) => {
      const canonical = normalizeQuery(group.canonical);
      this.canonicals.push(canonical);
      for (const variant of group.variants) {
        // (NFKC would turn … into three dots: the variant is split before it is normalised.)
        if (!variant.includes('…')) this.trie.add(normalizeQuery(variant), i);
        else {
          const parts = variant.split('…').map((p) => normalizeQuery(p));
          this.gapped.push({ parts, pattern: new RegExp(parts.map(escapeRegExp).join(GAP), 'gu'), group: i });
        }
      }
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
    const hits = this.trie
      .findAll(text, INSIDE_ADVERBS)
      .map((hit) => ({ start: hit.start, end: hit.end, canonical: this.canonicals[hit.value]! }));
    for (const { parts, pattern, group } of this.gapped) {
      // Most texts hold none of a variant's words: a substring test before the pattern (build time).
      if (!parts.every((p) => text.includes(p))) continue;
      for (const m of text.matchAll(pattern)) {
        const start = [...text.slice(0, m.index)].length;
        hits.push({ start, end: start + [...m[0]].length, canonical: this.canonicals[group]! });
      }
    }
    return hits;
  }
}
