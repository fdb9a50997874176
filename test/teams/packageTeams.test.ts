import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
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

function packageTeams(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-teams.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
}

describe('npm run package:teams', () => {
  it('writes a zip with the manifest (current schema) and both icons', () => {
    const appId = '11111111-2222-3333-4444-555555555555';
    const result = packageTeams({ MicrosoftAppId: appId, PUBLIC_BASE_URL: 'https://yiqi.example.org/' });
    expect(result.status).toBe(0);
    const files = unzip(readFileSync(join(projectRoot, 'appPackage', 'build', 'yiqi-teams.zip')));
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

  it('names the missing settings instead of writing a broken package', () => {
    const result = packageTeams({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MicrosoftAppId');
    expect(result.stderr).toContain('PUBLIC_BASE_URL');
  });
});
