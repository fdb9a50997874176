import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateTeamsManifest } from '../../scripts/validateTeamsManifest.js';
import { projectRoot } from '../helpers/paths.js';

/** Reads the entries of a zip written by scripts/zip.ts (deflate, no data descriptors). */
function unzip(buf: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const size = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const extra = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    files.set(name, inflateRawSync(buf.subarray(start, start + size)));
    at = start + size;
  }
  return files;
}

/** Tests write their packages here, never into appPackage/build/. */
const out = mkdtempSync(join(tmpdir(), 'yiqi-teams-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function packageTeams(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-teams.ts', '--out', out], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
}

const appId = '11111111-2222-3333-4444-555555555555';

/** One packaging run shared by the tests that read its result (each run takes seconds). */
let result: ReturnType<typeof packageTeams>;
beforeAll(() => {
  result = packageTeams({ MicrosoftAppId: appId, PUBLIC_BASE_URL: 'https://yiqi.example.org/' });
});

function renderedManifest(): Record<string, unknown> {
  expect(result.status, result.stderr).toBe(0);
  const files = unzip(readFileSync(join(out, 'yiqi-teams.zip')));
  return JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
}

describe('npm run package:teams', () => {
  it('writes a zip with the manifest (current schema, validated) and both icons into the --out folder', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('manifest valid against the Teams schema');
    expect(result.stdout).toContain(join(out, 'yiqi-teams.zip'));
    const files = unzip(readFileSync(join(out, 'yiqi-teams.zip')));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      manifestVersion: '1.22',
      id: appId,
      validDomains: ['yiqi.example.org'],
    });
    expect((manifest.bots as { botId: string; scopes: string[] }[])[0]).toMatchObject({
      botId: appId,
      scopes: ['personal', 'team', 'groupChat'],
    });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    // PNG signatures; the colour icon is 192×192 and the outline 32×32.
    expect(files.get('color.png')!.readUInt32BE(16)).toBe(192);
    expect(files.get('outline.png')!.readUInt32BE(16)).toBe(32);
  });

  it('points the privacy and terms links at the pages this server serves', () => {
    const manifest = renderedManifest();
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://yiqi.example.org',
      privacyUrl: 'https://yiqi.example.org/privacy',
      termsOfUseUrl: 'https://yiqi.example.org/terms',
    });
  });

  it('declares the compose-box search (a query command of the bot, run once when opened)', () => {
    const manifest = renderedManifest();
    expect(manifest.composeExtensions).toEqual([
      expect.objectContaining({
        botId: appId,
        commands: [
          expect.objectContaining({
            id: 'searchMeasures',
            type: 'query',
            initialRun: true,
            parameters: [expect.objectContaining({ name: 'q', inputType: 'text' })],
          }),
        ],
      }),
    ]);
  });

  it('names the missing settings instead of writing a broken package', () => {
    const result = packageTeams({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MicrosoftAppId');
    expect(result.stderr).toContain('PUBLIC_BASE_URL');
  });
});

describe('validateTeamsManifest (offline, the schema bundled with @microsoft/app-manifest)', () => {
  it('passes the rendered manifest and names what breaks the schema', async () => {
    const manifest = renderedManifest();
    await expect(validateTeamsManifest(manifest)).resolves.toEqual([]);

    const broken = structuredClone(manifest) as {
      composeExtensions: { commands: { title: string; type: string }[] }[];
      developer: Record<string, unknown>;
    };
    broken.composeExtensions[0]!.commands[0]!.title =
      '一个超过三十二个字符的命令标题,Teams 不会接受这么长的标题文字';
    broken.composeExtensions[0]!.commands[0]!.type = 'search';
    delete broken.developer.privacyUrl;
    const errors = await validateTeamsManifest(broken as unknown as Record<string, unknown>);
    expect(errors.join('\n')).toMatch(/\/composeExtensions\/0\/commands\/0\/title .*32/);
    expect(errors.join('\n')).toMatch(/\/composeExtensions\/0\/commands\/0\/type .*allowed values/);
    expect(errors.join('\n')).toMatch(/\/developer .*privacyUrl/);
  });

  it('says so when the package has no schema for the manifest version', async () => {
    await expect(validateTeamsManifest({ manifestVersion: '0.9' })).resolves.toEqual([
      '/manifestVersion 0.9: @microsoft/app-manifest has no schema for it',
    ]);
  });
});
