// The deployment files checked without Docker or Azure (neither runs here): the Dockerfile copies what
// exists and runs as it says, its health check works against the real server; the Microsoft 365 Agents
// Toolkit files refer to files, parameters and variables that exist; and the app settings
// infra/azure.bicep gives the server are settings src/config.ts reads and accepts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configSchema, loadConfig } from '../../src/config.js';
import { type BotUnderTest, startBot } from '../helpers/botServer.js';
import { projectRoot } from '../helpers/paths.js';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

/** Dockerfile instructions, continuation lines joined. */
function instructions(dockerfile: string): { op: string; args: string }[] {
  return dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(' ') };
    });
}

/** Whether a path is left out of the Docker build context by .dockerignore (the patterns it uses). */
function dockerIgnored(path: string, patterns: string[]): boolean {
  const toRegex = (p: string) =>
    new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`);
  return patterns.some((p) => toRegex(p).test(path));
}

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const steps = instructions(dockerfile);
  const runStage = steps.slice(steps.findLastIndex((s) => s.op === 'FROM'));
  const ignore = read('.dockerignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('builds on the Node version pinned for CI, in two stages', () => {
    const pinned = read('.node-version').trim();
    expect(steps.find((s) => s.op === 'ARG')?.args).toBe(`NODE_VERSION=${pinned}`);
    expect(steps.filter((s) => s.op === 'FROM').map((s) => s.args)).toEqual([
      'node:${NODE_VERSION}-slim AS build',
      'node:${NODE_VERSION}-slim AS run',
    ]);
  });

  it('runs production dependencies only, as a non-root user, in production mode, on port 3978', () => {
    const run = (op: string) => runStage.filter((s) => s.op === op).map((s) => s.args);
    expect(run('ENV')).toContain('NODE_ENV=production');
    expect(run('RUN').some((a) => a.includes('npm ci --omit=dev'))).toBe(true);
    expect(run('USER')).toEqual(['node']);
    expect(run('EXPOSE')).toEqual(['3978']);
    // The command the image runs is the one `npm start` runs after its build.
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start;
    expect(JSON.parse(run('CMD')[0]!)).toEqual(start!.split(' '));
  });

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const copied = steps
      .filter((s) => s.op === 'COPY' && !s.args.startsWith('--from'))
      .flatMap((s) => s.args.split(/\s+/).slice(0, -1));
    expect(copied).toEqual(
      expect.arrayContaining(['package-lock.json', 'src', 'dialogs', 'knowledge', 'web']),
    );
    for (const path of copied) {
      expect(existsSync(join(projectRoot, path)), path).toBe(true);
      expect(dockerIgnored(path, ignore), path).toBe(false);
    }
    for (const local of ['node_modules', '.env', 'var', 'dist', 'test'])
      expect(dockerIgnored(local, ignore), local).toBe(true);
  });

  describe('health check', () => {
    let bot: BotUnderTest;
    beforeAll(async () => {
      bot = await startBot();
    });
    afterAll(() => bot.close());

    const healthcheck = () => {
      const step = runStage.find((s) => s.op === 'HEALTHCHECK')!;
      const command = JSON.parse(step.args.slice(step.args.indexOf('CMD ') + 4)) as string[];
      expect(command[0]).toBe('node'); // slim images have no curl
      // Asynchronously: the server answering it runs in this process.
      return (port: string) =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, command.slice(1), {
            env: { ...process.env, PORT: port },
            timeout: 30_000,
          }).on('exit', resolve),
        );
    };

    it('passes while /healthz answers and fails when nothing does', async () => {
      const check = healthcheck();
      const port = new URL(bot.url).port;
      expect(await check(port)).toBe(0);
      await bot.close();
      expect(await check(port)).toBe(1);
      bot = await startBot(); // for afterAll
    });
  });
});

/** Environment variables the Toolkit sets itself. */
const BUILT_IN = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'TEAMSFX_ENV', 'TEAMS_APP_TENANT_ID'];
const placeholders = (text: string) => [...text.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]!);
const envFile = (name: string) =>
  new Set(
    read(`env/.env.${name}`)
      .split('\n')
      .filter((l) => /^\w+=/.test(l))
      .map((l) => l.slice(0, l.indexOf('='))),
  );
const bicepOutputs = (path: string) => [...read(path).matchAll(/^output (\w+) /gm)].map((m) => m[1]!);
/** Parameters of a bicep file: name → whether it has a default. */
function bicepParams(path: string): Map<string, boolean> {
  return new Map([...read(path).matchAll(/^param (\w+) \w+( =)?/gm)].map((m) => [m[1]!, m[2] !== undefined]));
}

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

describe('Microsoft 365 Agents Toolkit files', () => {
  for (const [file, env] of [
    ['m365agents.yml', 'dev'],
    ['m365agents.local.yml', 'local'],
  ] as const) {
    it(`${file}: every file it names exists and every variable it uses is set before use`, () => {
      const text = read(file);
      const project = parseYaml(text) as Record<string, unknown>;
      expect(project.version).toBe('v1.11');
      const known = new Set([...BUILT_IN, ...envFile(env)]);
      for (const stage of ['provision', 'deploy', 'publish']) {
        for (const action of (project[stage] as Action[] | undefined) ?? []) {
          const args = action.with ?? {};
          const used = placeholders(JSON.stringify(args));
          for (const key of ['manifestPath', 'ignoreFile']) {
            const path = args[key];
            if (typeof path === 'string') {
              expect(existsSync(join(projectRoot, path)), path).toBe(true);
              if (key === 'manifestPath') used.push(...placeholders(read(path)));
            }
          }
          for (const template of (args.templates as { path: string; parameters: string }[] | undefined) ??
            []) {
            expect(existsSync(join(projectRoot, template.path)), template.path).toBe(true);
            used.push(...placeholders(read(template.parameters)));
          }
          for (const name of used)
            expect(known.has(name), `${file} ${action.uses}: \${{${name}}}`).toBe(true);
          for (const name of Object.values(action.writeToEnvironmentFile ?? {})) known.add(name);
          if (action.uses === 'arm/deploy')
            for (const name of bicepOutputs('infra/azure.bicep')) known.add(name);
        }
      }
    });
  }

  it('azure.parameters.json gives azure.bicep every parameter it needs, and only those', () => {
    const params = bicepParams('infra/azure.bicep');
    const given = Object.keys(
      (JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, unknown> }).parameters,
    );
    for (const name of given) expect(params.has(name), name).toBe(true);
    for (const [name, hasDefault] of params) if (!hasDefault) expect(given, name).toContain(name);
  });

  it('azure.bicep passes the bot registration module every parameter it needs, and only those', () => {
    const params = bicepParams('infra/botRegistration/azurebot.bicep');
    const call =
      /module azureBotRegistration '\.\/botRegistration\/azurebot\.bicep' = \{[\s\S]*?params: \{([\s\S]*?)\n {2}\}/.exec(
        read('infra/azure.bicep'),
      )![1]!;
    const passed = [...call.matchAll(/^\s+(\w+):/gm)].map((m) => m[1]!);
    for (const name of passed) expect(params.has(name), name).toBe(true);
    for (const [name, hasDefault] of params) if (!hasDefault) expect(passed, name).toContain(name);
  });
});

/** The entries of `var <name> = { … }` in infra/azure.bicep, with bicep expressions replaced by examples. */
function bicepObject(name: string): Record<string, string> {
  const body = new RegExp(`^var ${name} = \\{\\n([\\s\\S]*?)\\n\\}`, 'm').exec(
    read('infra/azure.bicep'),
  )![1]!;
  const examples: [RegExp, string][] = [
    [/^identity\.properties\.(clientId|tenantId)$/, '00000000-0000-0000-0000-0000000000aa'],
    [
      /^storageConnectionString$/,
      'DefaultEndpointsProtocol=https;AccountName=yiqi;AccountKey=a2V5;EndpointSuffix=core.windows.net',
    ],
    [/^stateContainerName$/, 'yiqi-state'],
    [/^directLine\.listChannelWithKeys\(\)/, 'direct-line-site-secret'],
  ];
  const entries: Record<string, string> = {};
  for (const line of body.split('\n')) {
    const m = /^\s+(\w+): (.+?)(\s+\/\/.*)?$/.exec(line);
    if (!m) continue;
    const raw = m[2]!;
    const literal = /^'(.*)'$/.exec(raw);
    const value = literal
      ? literal[1]!.replace(/\$\{identity\.properties\.tenantId\}/g, '00000000-0000-0000-0000-0000000000aa')
      : examples.find(([pattern]) => pattern.test(raw))?.[1];
    if (value === undefined) throw new Error(`no example for ${m[1]}: ${raw}`);
    entries[m[1]!] = value;
  }
  return entries;
}

describe('the app settings of infra/azure.bicep', () => {
  const settings = bicepObject('appSettings');
  const china = bicepObject('chinaSettings');
  const platform = /^(WEBSITE_|SCM_)|^NODE_ENV$/;

  it('are settings the server reads (or App Service reads itself)', () => {
    const known = new Set(Object.keys(configSchema.shape));
    for (const key of [
      ...Object.keys(settings),
      ...Object.keys(china),
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'DIRECT_LINE_ENDPOINT',
    ])
      if (!platform.test(key)) expect(known.has(key), key).toBe(true);
  });

  it('are accepted by src/config.ts: a managed identity, blob storage, and the China endpoints in that cloud', () => {
    const server = Object.fromEntries(Object.entries(settings).filter(([k]) => !platform.test(k)));
    expect(loadConfig(server)).toMatchObject({
      localMode: false,
      MicrosoftAppType: 'UserAssignedMSI',
      BLOB_CONTAINER: 'yiqi-state',
      TRUST_PROXY: true,
    });
    expect(loadConfig({ ...server, ...china })).toMatchObject({
      ChannelService: 'https://botframework.azure.cn',
      ToChannelFromBotOAuthScope: 'https://api.botframework.azure.cn',
    });
  });

  it('give the China endpoints .env.example documents', () => {
    const example = read('.env.example');
    for (const [key, value] of Object.entries(china)) {
      const documented = value.replace('00000000-0000-0000-0000-0000000000aa', '<tenant id>');
      expect(example, key).toContain(`# ${key}=${documented}`);
    }
  });
});
