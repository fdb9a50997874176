// The plain-code check every turn's body goes through first (certainlyActivity) must accept only
// what the activity schema accepts: bodies mutated field by field, with the values clients send
// and the edge cases of each check, get the same verdict from activityProblem as from the schema.
import { describe, expect, it } from 'vitest';
import {
  activityProblem,
  activitySchema,
  certainlyActivity,
  freeFormProblem,
} from '../../src/bot/validateActivity.js';

const base = {
  type: 'message',
  id: 'a1',
  text: '无缝续贷怎么申请',
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  deliveryMode: 'expectReplies',
  conversation: { id: 'c1', isGroup: false },
  from: { id: 'user-1', name: 'A' },
  recipient: { id: 'bot' },
  locale: 'zh-CN',
};

const long = (n: number) => 'x'.repeat(n);
const VALUES: Record<string, unknown[]> = {
  type: ['message', 'event', 'invoke', 'deleteUserData', 'Message', 'nope', '', 1, null, undefined],
  id: ['x', long(512), long(513), '', 5, null, undefined],
  channelId: ['msteams', '', long(128), long(129), 3, null, undefined],
  serviceUrl: [
    'https://smba.trafficmanager.net/amer/',
    'http://localhost:3978',
    'http://[::1]:3978/x',
    'http://127.0.0.1.nip.io/',
    ' http://127.0.0.1:9/',
    'http://127.0.0.1:9/\n',
    'http://exa\tmple.com/',
    'http:example.com',
    'https:/path',
    'ftp://127.0.0.1/',
    'http://',
    'not a url',
    '',
    7,
    null,
    undefined,
  ],
  conversation: [
    { id: 'c' },
    { id: '' },
    { id: long(1024) },
    { id: long(1025) },
    { id: 1 },
    [],
    null,
    'c',
    undefined,
  ],
  from: [
    { id: 'u' },
    { id: 'u', name: long(513) },
    { id: 'u', name: null },
    { id: '' },
    {},
    [],
    null,
    undefined,
  ],
  recipient: [{ id: 'b' }, { id: '' }, { id: 'b', name: 5 }, null, undefined],
  text: ['', '你好', long(100_000), long(100_001), 12, null, undefined],
  locale: ['en-US', long(64), long(65), 1, null, undefined],
  attachments: [
    [],
    [{ contentType: 'image/png' }],
    [{ contentType: long(257) }],
    [{}],
    [null],
    Array.from({ length: 51 }, () => ({ contentType: 'a' })),
    {},
    null,
    undefined,
  ],
  value: [{ a: 1 }, long(40_000), undefined],
};

function withField(field: string, value: unknown): Record<string, unknown> {
  const body: Record<string, unknown> = { ...base };
  if (value === undefined) delete body[field];
  else body[field] = value;
  return body;
}

/** The verdict from the schema alone, as activityProblem gave it before the plain-code check. */
function schemaAccepts(body: Record<string, unknown>, loopbackOnly: boolean): boolean {
  const result = activitySchema.safeParse(body);
  if (!result.success || freeFormProblem(result.data)) return false;
  return (
    !loopbackOnly ||
    /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(new URL(result.data.serviceUrl).hostname)
  );
}

describe('the plain-code activity check', () => {
  it('takes the common activity without the schema', () => {
    expect(certainlyActivity(base)?.hostname).toBe('127.0.0.1');
    expect(activityProblem(base, { loopbackServiceUrlOnly: true })).toBeUndefined();
  });

  it('never accepts what the schema refuses: every field, every edge, alone and two at a time', () => {
    const fields = Object.keys(VALUES);
    const bodies: Record<string, unknown>[] = [];
    for (const f of fields) for (const v of VALUES[f]!) bodies.push(withField(f, v));
    for (const [i, f] of fields.entries())
      for (const g of fields.slice(i + 1))
        for (const v of VALUES[f]!)
          for (const w of VALUES[g]!)
            bodies.push({ ...withField(f, v), ...(w === undefined ? {} : { [g]: w }) });
    let takenByPlainCode = 0;
    for (const body of bodies) {
      if (certainlyActivity(body)) {
        takenByPlainCode++;
        expect(activitySchema.safeParse(body).success, JSON.stringify(body).slice(0, 300)).toBe(true);
      }
      for (const loopbackOnly of [false, true]) {
        const verdict = activityProblem(body, { loopbackServiceUrlOnly: loopbackOnly }) === undefined;
        expect(verdict, JSON.stringify(body).slice(0, 300)).toBe(schemaAccepts(body, loopbackOnly));
      }
    }
    // About one body in six is valid, and each of those is taken without the schema.
    expect(takenByPlainCode).toBeGreaterThan(bodies.length / 10);
  });

  it('leaves the wording of a refusal to the schema', () => {
    expect(activityProblem(withField('serviceUrl', 'ftp://127.0.0.1/'))).toBe(
      'serviceUrl: serviceUrl must be an http(s) URL',
    );
    expect(activityProblem(withField('type', 'nope'))).toBe('type: unknown activity type');
    expect(
      activityProblem(withField('serviceUrl', 'https://example.com/'), { loopbackServiceUrlOnly: true }),
    ).toBe('serviceUrl: must be a loopback address in local mode');
  });
});
