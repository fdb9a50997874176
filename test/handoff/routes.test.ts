// The routes file (HANDOFF_ROUTES_FILE): read as YAML or JSON; a bad one stops start-up with the
// file, the field and what is wrong — in the loader, and from `npm start`'s entry point.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DistrictMatcher } from '../../src/handoff/districtMatcher.js';
import { baseConversationId, loadRoutes, RoutesFileError } from '../../src/handoff/routes.js';
import { tempDir } from '../helpers/handoff.js';
import { knowledge } from '../helpers/knowledge.js';
import { projectRoot } from '../helpers/paths.js';

const districts = new DistrictMatcher(knowledge().handoff.districts);
const dir = tempDir('yiqi-routes-');
let n = 0;

function file(text: string, ext = 'yaml'): string {
  const path = join(dir, `routes-${++n}.${ext}`);
  writeFileSync(path, text);
  return path;
}

function problems(text: string, localMode = false): string[] {
  const path = file(text);
  try {
    loadRoutes(path, districts, { localMode, shownAs: 'routes.yaml' });
  } catch (err) {
    if (err instanceof RoutesFileError) return err.problems;
    throw err;
  }
  throw new Error('expected the routes file to be refused');
}

const GOOD = `routes:
  - district: 浦东
    channelId: msteams
    serviceUrl: https://smba.trafficmanager.net/apac/
    conversationId: "19:abc@thread.tacv2"
    tenantId: t-1
    name: 浦东新区服务专员
  - { district: "*", channelId: msteams, serviceUrl: "https://smba.trafficmanager.net/apac/", conversationId: "19:all@thread.tacv2" }
`;

describe('loadRoutes', () => {
  it('reads routes in YAML, naming districts by their official name', () => {
    const table = loadRoutes(file(GOOD), districts, { localMode: false });
    expect(table.routes.map((r) => r.district)).toEqual(['浦东新区', '*']);
    expect(table.forDistrict('浦东新区')?.conversationId).toBe('19:abc@thread.tacv2');
    expect(table.forDistrict('徐汇区')?.conversationId).toBe('19:all@thread.tacv2');
  });

  it('reads JSON too', () => {
    const json = JSON.stringify({
      routes: [
        { district: '徐汇区', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1/', conversationId: 'x' },
      ],
    });
    expect(
      loadRoutes(file(json, 'json'), districts, { localMode: true }).forDistrict('徐汇区')?.conversationId,
    ).toBe('x');
  });

  it('recognises a route’s conversation, a Teams thread of it included, in its tenant only', () => {
    const table = loadRoutes(file(GOOD), districts, { localMode: false });
    expect(
      table.forConversation('msteams', '19:abc@thread.tacv2;messageid=1700000000000', 't-1'),
    ).toHaveLength(1);
    expect(table.forConversation('msteams', '19:abc@thread.tacv2', 'another-tenant')).toHaveLength(0);
    expect(table.forConversation('emulator', '19:abc@thread.tacv2', 't-1')).toHaveLength(0);
    expect(table.forConversation('msteams', '19:all@thread.tacv2', undefined)).toHaveLength(1);
    expect(baseConversationId('19:abc@thread.tacv2;messageid=17')).toBe('19:abc@thread.tacv2');
  });

  it('names the field of a bad serviceUrl', () => {
    const text = GOOD.replace(
      'serviceUrl: https://smba.trafficmanager.net/apac/\n',
      'serviceUrl: smba.trafficmanager.net\n',
    );
    expect(problems(text)).toEqual(['[handoff] routes.yaml routes[0].serviceUrl: must be an http(s) URL']);
  });

  it('names an unknown district, a district routed twice, a missing field and an unknown one', () => {
    const text = `routes:
  - { district: 浦西, channelId: msteams, serviceUrl: "https://a.example/", conversationId: a }
  - { district: 浦东新区, channelId: msteams, serviceUrl: "https://a.example/", conversationId: b }
  - { district: 浦东, channelId: msteams, serviceUrl: "https://a.example/", conversationId: c }
`;
    const found = problems(text);
    expect(found[0]).toMatch(
      /^\[handoff\] routes\.yaml routes\[0\]\.district: unknown district "浦西" \(expected one of 黄浦区 徐汇区/,
    );
    expect(found[1]).toBe(
      '[handoff] routes.yaml routes[2].district: "浦东新区" already has a route (routes[1])',
    );
    expect(
      problems('routes:\n  - { district: 浦东, channelId: msteams, serviceUrl: "https://a.example/" }\n'),
    ).toEqual([
      '[handoff] routes.yaml routes[0].conversationId: Invalid input: expected string, received undefined',
    ]);
    expect(
      problems(
        'routes:\n  - { district: 浦东, channelId: msteams, serviceUrl: "https://a.example/", conversationId: a, team: x }\n',
      ),
    ).toEqual(['[handoff] routes.yaml routes[0]: unknown field "team"']);
    expect(problems('routes: []\n')).toEqual(['[handoff] routes.yaml routes: must list at least one route']);
  });

  it('in local mode, accepts only loopback serviceUrls', () => {
    expect(problems(GOOD, true)).toEqual([
      '[handoff] routes.yaml routes[0].serviceUrl: must be a loopback address in local mode (no MicrosoftAppId), got "https://smba.trafficmanager.net/apac/"',
      '[handoff] routes.yaml routes[1].serviceUrl: must be a loopback address in local mode (no MicrosoftAppId), got "https://smba.trafficmanager.net/apac/"',
    ]);
  });

  it('says when the file is missing or not YAML', () => {
    expect(() =>
      loadRoutes(join(dir, 'nope.yaml'), districts, { localMode: true, shownAs: 'nope.yaml' }),
    ).toThrow('[handoff] nope.yaml: cannot read the file named by HANDOFF_ROUTES_FILE (ENOENT)');
    expect(problems('routes: [\n')[0]).toMatch(/^\[handoff\] routes\.yaml: not valid YAML or JSON: /);
  });
});

describe('npm start with a bad routes file', () => {
  it('stops with exit code 1 and the file, the field and the problem on stderr', () => {
    const path = file(`routes:
  - { district: 浦东, channelId: emulator, serviceUrl: "http://127.0.0.1:9/", conversationId: a }
  - { district: 徐汇, channelId: emulator, serviceUrl: "http://127.0.0.1:9/", conversationId: b }
  - { district: 静安, channelId: emulator, serviceUrl: "not a url", conversationId: c }
`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', HANDOFF_ROUTES_FILE: path, MicrosoftAppId: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`[handoff] ${path} routes[2].serviceUrl: must be an http(s) URL`);
    expect(result.stderr).not.toContain('    at '); // a message, not a stack trace
  });
});
