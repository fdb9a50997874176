// The Han words the bot knows, for reading typed pinyin (PinyinTranscriber), in order of preference
// where two sound alike: the conversation's everyday words (过期 before 国企), then the knowledge
// base's proper names (titles, canonical terms, glossary terms, uncovered topics), then its
// variants — aliases, keywords, synonyms and the phrases that state eligibility facts, some of which
// are typos kept for matching (专精特心, 致评券).
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { EVERYDAY_WORDS } from './everydayWords.js';

export function knownWords(kb: KnowledgeBase): string[] {
  const words: string[] = [];
  const add = (texts: readonly string[]) => {
    // A phrase with a gap (高企…到期) is known as its parts.
    for (const text of texts) words.push(...text.split('…'));
  };
  add(EVERYDAY_WORDS);
  for (const m of kb.measures) add([m.title]);
  for (const a of kb.areas) add([a.shortTitle]);
  for (const s of kb.synonyms) add([s.canonical]);
  for (const g of kb.glossary) add([g.term]);
  for (const t of kb.notCovered) add(t.terms);
  for (const m of kb.measures) add([...m.aliases, ...m.keywords]);
  for (const a of kb.areas) add(a.aliases);
  for (const s of kb.synonyms) add(s.variants);
  for (const g of kb.glossary) add(g.aliases);
  for (const q of kb.questions) {
    const says = q.says;
    if (says) add([...says.yes, ...says.no, ...says.amount, ...Object.values(says.options).flat()]);
  }
  return words;
}
