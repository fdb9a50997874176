// A need the measures do not cover is named in the user's own words beside the topic's name, unless
// the name already holds them; a topic found by sound (a typo, typed pinyin) is named by its name.
import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answers/composeAnswer.js';
import { SearchEngine } from '../../src/search/searchEngine.js';
import { knowledge } from '../helpers/knowledge.js';

describe('the topic a partial answer names', () => {
  const kb = knowledge();
  const engine = new SearchEngine(kb);
  const topicOf = (q: string) => {
    const answer = composeAnswer(kb, engine.search(q), '2026-12-02');
    return answer.type === 'partial' || answer.type === 'declined' ? answer.topic : undefined;
  };

  it('puts the words asked beside the topic name', () => {
    const r = engine.search('网店的推广费广告费有木有补贴');
    expect(r.term).toBe('推广费');
    expect(topicOf('网店的推广费广告费有木有补贴')).toBe(
      `“推广费”(${kb.notCovered.find((t) => t.id === r.topicId)!.name})`,
    );
  });

  it('names the topic alone when its name holds the words, or when it was found by sound', () => {
    const rent = kb.notCovered.find((t) => t.id === 'rent-relief')!.name;
    expect(topicOf('房租减免有吗')).toBe(rent);
    expect(topicOf('fangzu butie you ma')).toBe(rent);
  });
});
