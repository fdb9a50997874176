// A character trie of known terms (aliases, keywords, synonym variants …) that finds every term
// occurring in a text in one pass — the lookup behind exact alias hits and synonym rewriting.

/**
 * Most nodes of a large trie have one child (the rest of a single name), so that child is kept
 * inline and a Map is made only when a second one arrives: ten thousand entries' names would
 * otherwise cost half a million Maps and most of the build time in garbage collection.
 */
interface TrieNode {
  /** The character leading to `child`, the only child until there is a second. */
  char?: string;
  child?: TrieNode;
  next?: Map<string, TrieNode>;
  /** Payloads of the terms that end here. */
  values?: number[];
}

function childOf(node: TrieNode, ch: string): TrieNode | undefined {
  return node.next ? node.next.get(ch) : node.char === ch ? node.child : undefined;
}

function addChild(node: TrieNode, ch: string): TrieNode {
  const child: TrieNode = {};
  if (node.next) node.next.set(ch, child);
  else if (node.child === undefined) {
    node.char = ch;
    node.child = child;
  } else {
    node.next = new Map([[node.char!, node.child]]);
    node.next.set(ch, child);
    node.char = node.child = undefined;
  }
  return child;
}

export interface TermHit {
  start: number;
  end: number;
  value: number;
}

const WORD_CHAR = /[a-z0-9]/;
const MAX_FILLERS = 3;

/** Adverbs people put inside a phrase (工资都快发不出来, 贷款下个月就到期) that a term may step over. */
export const INSIDE_ADVERBS: ReadonlySet<string> = new Set([...'都快就要也又还已经眼看真太再']);

export class TermTrie {
  private readonly root: TrieNode = {};
  private size = 0;

  get termCount(): number {
    return this.size;
  }

  /** Adds a term (already normalised) with a payload, e.g. the index of the measure it names. */
  add(term: string, value: number): void {
    if (term.length === 0) return;
    let node = this.root;
    for (const ch of term) node = childOf(node, ch) ?? addChild(node, ch);
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /**
   * Every occurrence of every term. Latin terms only match whole words (“ip” is not found in “ship”),
   * or their plurals (“work permit” in “work permits”); Han terms match anywhere — with `fillers`,
   * also when those characters stand between a term's characters.
   */
  findAll(text: string, fillers?: ReadonlySet<string>): TermHit[] {
    const hits: TermHit[] = [];
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) {
      let node: TrieNode | undefined = this.root;
      let skipped = 0;
      for (let j = i; j < chars.length && node; j++) {
        const ch = chars[j]!;
        const next = childOf(node, ch);
        // 工资都快发不出来 holds 工资发不: a filler adverb inside a term is stepped over (a few at most).
        if (!next && fillers?.has(ch) && j > i && skipped < MAX_FILLERS) {
          skipped++;
          continue;
        }
        node = next;
        if (node?.values && this.isWholeWord(chars, i, j)) {
          for (const value of node.values) hits.push({ start: i, end: j + 1, value });
        }
      }
    }
    return hits;
  }

  private isWholeWord(chars: readonly string[], start: number, end: number): boolean {
    const first = chars[start]!;
    const last = chars[end]!;
    if (WORD_CHAR.test(first) && start > 0 && WORD_CHAR.test(chars[start - 1]!)) return false;
    if (WORD_CHAR.test(last) && end + 1 < chars.length && WORD_CHAR.test(chars[end + 1]!))
      return /[a-z]/.test(last) && this.isPluralEnding(chars, end + 1);
    return true;
  }

  /** An English plural ending (s, es) right after a Latin term, then the word ends: work permit → work permits. */
  private isPluralEnding(chars: readonly string[], from: number): boolean {
    const wordEndsAt = (i: number) => i >= chars.length || !WORD_CHAR.test(chars[i]!);
    if (chars[from] === 's') return wordEndsAt(from + 1);
    return chars[from] === 'e' && chars[from + 1] === 's' && wordEndsAt(from + 2);
  }
}
