// A follow-up that repeats two characters of the last measure's title is about it; words any title may
// hold (企业, 服务, 支持) are not enough.
import { describe, expect, it } from 'vitest';
import { echoesTitle } from '../../src/conversation/echoesTitle.js';
import { knowledge } from '../helpers/knowledge.js';

const measure = (id: string) => knowledge().measureById.get(id)!;

describe('echoesTitle', () => {
  it('reads two characters of the title', () => {
    expect(echoesTitle(measure('job-stabilization'), '那降费具体是怎么降的')).toBe(true);
    expect(echoesTitle(measure('industrial-clusters'), '集群今年还评吗')).toBe(true);
  });

  it('does not read words any title may hold, nor another title', () => {
    expect(echoesTitle(measure('relief-specialists'), '服务怎么样')).toBe(false);
    expect(echoesTitle(measure('job-stabilization'), '那降本增效有什么政策')).toBe(false);
  });
});
