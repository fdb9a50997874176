// Validates a rendered Teams manifest offline, against the JSON schema of its manifestVersion that
// @microsoft/app-manifest ships (no download): what Teams' own validation would reject is found
// before a package is uploaded. Returns the schema errors, [] when there are none.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type AppManifest, AppManifestUtils } from '@microsoft/app-manifest';

type TeamsSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

/** The bundled schema of a manifest version, e.g. 1.22 → …/json-schemas/teams/v1.22/MicrosoftTeams.schema.json. */
export function teamsSchemaFile(manifestVersion: string): string {
  const entry = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  return join(dirname(entry), 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

export async function validateTeamsManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') return ['/manifestVersion is missing'];
  const file = teamsSchemaFile(version);
  if (!existsSync(file)) return [`/manifestVersion ${version}: @microsoft/app-manifest has no schema for it`];
  // The published schemas hold a regex with \a, which JSON does not allow; the package's own
  // downloader makes the same replacement.
  const schema = JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\x07')) as TeamsSchema;
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, schema);
}
