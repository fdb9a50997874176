// `npm run package:teams`: fills appPackage/manifest.template.json from the environment (or .env),
// validates the result against the Teams manifest schema offline, and writes yiqi-teams.zip
// (manifest.json + the two icons) for sideloading — into appPackage/build/, or the folder given with
// `--out <dir>` (tests write into a temporary folder, never over a real package).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { packageRoot } from '../src/kb/packageRoot.js';
import { validateTeamsManifest } from './validateTeamsManifest.js';
import { zip } from './zip.js';

loadDotenv({ quiet: true });
const root = packageRoot(import.meta.url);
const dir = join(root, 'appPackage');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const out = args.out ? resolve(args.out) : join(dir, 'build');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const problems: string[] = [];
const appId = process.env.MicrosoftAppId ?? '';
if (!GUID.test(appId))
  problems.push('MicrosoftAppId: the Azure Bot registration app id (a GUID) is required');
const baseUrl = (process.env.PUBLIC_BASE_URL ?? '').replace(/\/+$/, '');
if (!/^https:\/\/[^/]+/.test(baseUrl))
  problems.push('PUBLIC_BASE_URL: the https address where the bot is hosted is required');
const teamsAppId = process.env.TEAMS_APP_ID ?? appId;
if (!GUID.test(teamsAppId)) problems.push('TEAMS_APP_ID: must be a GUID (defaults to MicrosoftAppId)');
if (problems.length > 0) {
  process.stderr.write(`Cannot package the Teams app:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const values: Record<string, string> = {
  APP_VERSION: version,
  TEAMS_APP_ID: teamsAppId,
  BOT_ID: appId, // the name the Microsoft 365 Agents Toolkit gives it (m365agents.yml)
  PUBLIC_BASE_URL: baseUrl,
  PUBLIC_HOST: new URL(baseUrl).host,
  TEAMS_DEVELOPER_NAME: process.env.TEAMS_DEVELOPER_NAME ?? '益企问',
};
const manifest = readFileSync(join(dir, 'manifest.template.json'), 'utf8').replace(
  /\$\{\{(\w+)\}\}/g,
  (_, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(`appPackage/manifest.template.json uses \${{${key}}}, which has no value`);
    return value;
  },
);
// Fail here, not in Teams, if the template is broken or the manifest breaks the schema.
const schemaErrors = await validateTeamsManifest(JSON.parse(manifest) as Record<string, unknown>);
if (schemaErrors.length > 0) {
  process.stderr.write(
    `The Teams manifest does not match its schema (appPackage/manifest.template.json):\n${schemaErrors
      .map((e) => `  ${e}`)
      .join('\n')}\n`,
  );
  process.exit(1);
}

mkdirSync(out, { recursive: true });
const file = join(out, 'yiqi-teams.zip');
writeFileSync(
  file,
  zip([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: readFileSync(join(dir, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(dir, 'outline.png')) },
  ]),
);
const shown = relative(root, file);
console.log(
  `manifest valid against the Teams schema; wrote ${shown.startsWith('..') || isAbsolute(shown) ? file : shown}`,
);
