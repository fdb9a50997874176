// Local mode (no MicrosoftAppId): every request is anonymous, so its authentication result is worked
// out once and reused — except an Emulator skill call, which gets the anonymous skill claim — and
// whatever Authorization header a request brings changes nothing.
import { type Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { SkillValidation } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { YiqiAdapter } from '../../src/bot/YiqiAdapter.js';

const activity = (extra: Partial<Activity> = {}) =>
  ({
    type: 'message',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: 'c1' },
    from: { id: 'u1' },
    recipient: { id: 'bot' },
    ...extra,
  }) as Activity;

describe('local mode authentication', () => {
  it('is the same anonymous result for every request, worked out once', async () => {
    const adapter = new YiqiAdapter(new ConfigurationBotFrameworkAuthentication({}), false);
    const first = await adapter.authenticate(activity(), '');
    const second = await adapter.authenticate(activity({ channelId: 'webchat' }), 'Bearer whatever');
    expect(second).toBe(first);
    expect(first.claimsIdentity.isAuthenticated).toBe(true);
    expect(first.claimsIdentity.claims).toEqual([]);
    expect(first.connectorFactory).toBeDefined();
  });

  it('gives an Emulator skill call the anonymous skill claim', async () => {
    const adapter = new YiqiAdapter(new ConfigurationBotFrameworkAuthentication({}), false);
    const plain = await adapter.authenticate(activity(), '');
    const skill = await adapter.authenticate(
      activity({ recipient: { id: 'bot', name: '', role: 'skill' } }),
      '',
    );
    expect(skill).not.toBe(plain);
    expect(SkillValidation.isSkillClaim(skill.claimsIdentity.claims)).toBe(true);
    expect(SkillValidation.isSkillClaim(plain.claimsIdentity.claims)).toBe(false);
    expect(
      await adapter.authenticate(activity({ recipient: { id: 'b', name: '', role: 'skill' } }), ''),
    ).toBe(skill);
  });
});
