// Where service requests go: HANDOFF_ROUTES_FILE (YAML or JSON) lists, per district or "*" for every
// other one, the conversation of the specialists who take them (a Teams channel, say). Validated at
// start-up: a bad file stops it with the file, the field and what is wrong.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../config.js';
import { formatPath } from '../kb/knowledgeError.js';
import { parseYaml } from '../kb/parseYaml.js';
import type { DistrictMatcher } from './districtMatcher.js';

/** Any district not routed on its own. */
export const ANY_DISTRICT = '*';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

const routeSchema = z.strictObject({
  district: text(32),
  channelId: text(128),
  serviceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  conversationId: text(1024),
  tenantId: text(128).optional(),
  name: text(100).optional(),
});

const routesFileSchema = z.strictObject({
  routes: z.array(routeSchema).min(1, 'must list at least one route'),
});

export interface Route {
  /** The district's official name, or "*". */
  district: string;
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  name?: string;
}

export class RoutesFileError extends ConfigError {
  constructor(problems: string[]) {
    super(problems);
    this.name = 'RoutesFileError';
  }
}

/** A Teams channel message's conversation id carries the thread (;messageid=…): the channel is the part before. */
export function baseConversationId(id: string): string {
  const at = id.indexOf(';messageid=');
  return at < 0 ? id : id.slice(0, at);
}

export class RouteTable {
  private readonly byDistrict = new Map<string, Route>();

  constructor(readonly routes: readonly Route[]) {
    for (const r of routes) this.byDistrict.set(r.district, r);
  }

  /** The route of the district, else the "*" route, else none. */
  forDistrict(district: string): Route | undefined {
    return this.byDistrict.get(district) ?? this.byDistrict.get(ANY_DISTRICT);
  }

  /** The routes whose conversation this is (a thread of a routed channel included). */
  forConversation(channelId: string, conversationId: string, tenantId?: string): Route[] {
    const base = baseConversationId(conversationId);
    return this.routes.filter(
      (r) =>
        r.channelId === channelId &&
        r.conversationId === base &&
        (r.tenantId === undefined || r.tenantId === tenantId),
    );
  }
}

/**
 * Reads and checks the routes file. `shownAs` is how messages name it (the setting's value). In local
 * mode the bot answers loopback addresses only, so every serviceUrl must be one.
 */
export function loadRoutes(
  file: string,
  districts: DistrictMatcher,
  options: { localMode: boolean; shownAs?: string },
): RouteTable {
  const shown = options.shownAs ?? file;
  const error = (problems: readonly { path: string; message: string }[]) =>
    new RoutesFileError(problems.map((p) => `[handoff] ${shown}${p.path ? ` ${p.path}` : ''}: ${p.message}`));
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw error([
      code
        ? { path: '', message: `cannot read the file named by HANDOFF_ROUTES_FILE (${code})` }
        : { path: '', message: `not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}` },
    ]);
  }
  const parsed = routesFileSchema.safeParse(data);
  if (!parsed.success) {
    throw error(
      parsed.error.issues.map((i) => ({
        path: formatPath(i.path),
        message:
          i.code === 'unrecognized_keys'
            ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`
            : i.message,
      })),
    );
  }
  const problems: { path: string; message: string }[] = [];
  const routes: Route[] = [];
  const seen = new Map<string, number>();
  parsed.data.routes.forEach((r, i) => {
    const district = r.district === ANY_DISTRICT ? ANY_DISTRICT : districts.byName(r.district)?.name;
    if (!district) {
      problems.push({
        path: `routes[${i}].district`,
        message: `unknown district "${r.district}" (expected one of ${districts.districts.map((d) => d.name).join(' ')}, or "${ANY_DISTRICT}")`,
      });
      return;
    }
    const first = seen.get(district);
    if (first !== undefined)
      problems.push({
        path: `routes[${i}].district`,
        message: `"${district}" already has a route (routes[${first}])`,
      });
    seen.set(district, i);
    if (options.localMode && !LOOPBACK.test(new URL(r.serviceUrl).hostname))
      problems.push({
        path: `routes[${i}].serviceUrl`,
        message: `must be a loopback address in local mode (no MicrosoftAppId), got "${r.serviceUrl}"`,
      });
    routes.push({ ...r, district, conversationId: baseConversationId(r.conversationId) });
  });
  if (problems.length > 0) throw error(problems);
  return new RouteTable(routes);
}
