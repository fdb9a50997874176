// The share page's HTML: everything it shows is escaped, and the one stylesheet is exactly the one its
// Content-Security-Policy allows by hash.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCheckup, servicePackageDocument } from '../../src/eligibility/checkup.js';
import { profileTexts } from '../../src/profiles/texts.js';
import { renderSharePage, SHARE_PAGE_CSP } from '../../src/share/sharePage.js';
import type { ShareSnapshot } from '../../src/share/shareLink.js';
import { knowledge } from '../helpers/knowledge.js';

function snapshot(enterpriseName?: string): ShareSnapshot {
  const kb = knowledge();
  return {
    version: 1,
    token: 'AbCdEfGhIjKlMnOpQrStUv',
    owner: '0'.repeat(40),
    ...(enterpriseName ? { enterpriseName } : {}),
    day: '2026-11-26',
    createdAt: '2026-11-26T08:00:00.000Z',
    expiresAt: '2026-12-26T08:00:00.000Z',
    document: servicePackageDocument(
      runCheckup(kb.measures, { 'is-high-tech': true }, '2026-11-26', kb),
      kb,
      '2026-11-26',
    ),
  };
}

describe('renderSharePage', () => {
  it('escapes what it shows', () => {
    const html = renderSharePage(snapshot('<script>alert("x")</script>&Co'), {
      texts: profileTexts,
      packageTexts: knowledge().eligibilityTexts,
      botName: '益企问',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('企业:&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;Co');
  });

  it('allows its stylesheet by hash, and nothing else', () => {
    const html = renderSharePage(snapshot(), {
      texts: profileTexts,
      packageTexts: knowledge().eligibilityTexts,
      botName: '益企问',
    });
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(SHARE_PAGE_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('without a name shows no enterprise line; shows the date, the source and until when it is valid', () => {
    const html = renderSharePage(snapshot(), {
      texts: profileTexts,
      packageTexts: knowledge().eligibilityTexts,
      botName: '益企问',
    });
    expect(html).not.toContain('class="enterprise"');
    expect(html).toContain('2026年11月26日');
    expect(html).toContain('《上海市助力中小微企业稳增长调结构强能力若干措施》(沪企服办〔2023〕1号');
    expect(html).toContain('本页面有效期至2026年12月26日');
  });
});
