// The only place that reads process.env: every setting, validated with zod. A bad value stops
// start-up with a message naming the variable. See .env.example for what each one does.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
/** An http(s) URL, or nothing when unset or empty. */
const optionalUrl = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
);
/** OTLP headers as the OpenTelemetry specification writes them: key=value pairs, comma-separated. */
const otlpHeaders = optionalString.transform((v, ctx) => {
  if (v === undefined) return undefined;
  const headers: Record<string, string> = {};
  for (const pair of v.split(',')) {
    const at = pair.indexOf('=');
    const key = pair.slice(0, at).trim();
    if (at <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) {
      ctx.addIssue({ code: 'custom', message: 'must be key=value pairs separated by commas' });
      return z.NEVER;
    }
    headers[key] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
});

/**
 * Bot Framework endpoints of a cloud other than the public one (Azure operated by 21Vianet): when one
 * is set, all are needed, since botframework-connector then takes every endpoint from these settings.
 */
export const CLOUD_ENDPOINT_SETTINGS = [
  'OAuthUrl',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
] as const;
/** The settings of CLOUD_ENDPOINT_SETTINGS that may be set alone: where signing keys are published. */
const OPEN_ID_SETTINGS: ReadonlySet<string> = new Set([
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
]);
/** The ChannelService botframework-connector knows without the settings above (US Government). */
const US_GOVERNMENT_CHANNEL_SERVICE = 'https://botframework.azure.us';

/** The five settings of a WeCom (企业微信 / 政务微信) self-built application: all or none. */
export const WECOM_SETTINGS = [
  'WECOM_CORP_ID',
  'WECOM_AGENT_ID',
  'WECOM_SECRET',
  'WECOM_TOKEN',
  'WECOM_ENCODING_AES_KEY',
] as const;

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppTenantId: optionalString,
    /** The Bot Framework cloud: empty for the public cloud; see CLOUD_ENDPOINT_SETTINGS for others. */
    ChannelService: optionalUrl,
    OAuthUrl: optionalUrl,
    ToChannelFromBotLoginUrl: optionalUrl,
    ToChannelFromBotOAuthScope: optionalUrl,
    ToBotFromChannelTokenIssuer: optionalUrl,
    ToBotFromChannelOpenIdMetadataUrl: optionalUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: optionalUrl,
    /** Whether the login authority is validated (botframework-connector's default: true). */
    ValidateAuthority: z.preprocess((v) => (v === '' ? undefined : v), bool.optional()),
    /** Azure Blob Storage for conversation state, shared by several instances. */
    BLOB_CONNECTION_STRING: optionalString,
    BLOB_CONTAINER: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/, 'must be a valid blob container name')
      .default('yiqi-state'),
    /** Where unanswered questions and feedback are recorded, and share links without blob storage (a folder). */
    DATA_DIR: z.string().default('var'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Allow message text in logs (off: logs carry conversation ids only). */
    LOG_MESSAGE_TEXT: bool.default(false),
    /** Pin “today” (YYYY-MM-DD) for demos and tests; the real date otherwise. */
    YIQI_TODAY: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
      .optional(),
    /** Azure Bot Service Direct Line secret for the production web chat (never sent to browsers). */
    DIRECT_LINE_SECRET: optionalString,
    /** Azure Direct Line REST base the token endpoint calls and the page talks to (regional ones differ). */
    DIRECT_LINE_ENDPOINT: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .transform((u) => u.replace(/\/+$/, ''))
      .default('https://directline.botframework.com/v3/directline'),
    /** Idle conversations kept in memory at most (MemoryStorage); older ones are dropped. */
    MEMORY_MAX_CONVERSATIONS: z.coerce.number().int().min(1).default(10_000),
    /**
     * Recent questions whose search and decision are remembered (src/search/cachedSearch.ts,
     * src/conversation/cachedResponder.ts); 0 reads every message anew.
     */
    RECENT_QUESTIONS_CACHE: z.coerce.number().int().min(0).default(2_000),
    /** Per-client limit of the public endpoints (search, web chat): sustained requests per second … */
    PUBLIC_RATE_PER_SECOND: z.coerce.number().positive().default(5),
    /** … and the burst allowed above it. */
    PUBLIC_RATE_BURST: z.coerce.number().int().min(1).default(30),
    /** Behind a reverse proxy: rate limits count clients by X-Forwarded-For, not by the proxy's address. */
    TRUST_PROXY: bool.default(false),
    /** Largest request body accepted, in bytes. */
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(262_144),
    /** 企业微信 / 政务微信 (README “企业微信”): the corp id (企业ID), … */
    WECOM_CORP_ID: optionalString,
    /** … the self-built application's AgentId, … */
    WECOM_AGENT_ID: optionalString
      .refine((v) => v === undefined || /^\d{1,10}$/.test(v), "must be the application's AgentId (digits)")
      .transform((v) => (v === undefined ? undefined : Number(v))),
    /** … its Secret (for access_token), … */
    WECOM_SECRET: optionalString,
    /** … and its callback Token and EncodingAESKey (接收消息 → 设置API接收). */
    WECOM_TOKEN: optionalString,
    WECOM_ENCODING_AES_KEY: optionalString.refine(
      (v) =>
        v === undefined || (/^[A-Za-z0-9+/]{43}$/.test(v) && Buffer.from(`${v}=`, 'base64').length === 32),
      'must be the 43-character EncodingAESKey from the admin console (base64 of 32 bytes)',
    ),
    /** WeCom's API host; 政务微信 deployments have their own. */
    WECOM_API_BASE: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .transform((u) => u.replace(/\/+$/, ''))
      .default('https://qyapi.weixin.qq.com'),
    /** Azure Monitor (Application Insights): traces and metrics go there when set. */
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalString,
    /** An OTLP/HTTP collector (e.g. http://127.0.0.1:4318): traces and metrics go there when set. */
    OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl.transform((u) => u?.replace(/\/+$/, '')),
    /** Headers for the OTLP collector (key=value,key2=value2), e.g. its API key. */
    OTEL_EXPORTER_OTLP_HEADERS: otlpHeaders,
    /** service.name of every span and metric. */
    OTEL_SERVICE_NAME: optionalString.transform((v) => v ?? 'yiqi'),
    /** How often metrics are exported, in milliseconds. */
    OTEL_METRIC_EXPORT_INTERVAL: z.coerce.number().int().min(1000).default(60_000),
    /** This server's public address: the base of 服务包 share links, the pages' canonical and Open Graph URLs, links in measure cards inserted from Teams' compose box, and the Teams package's URLs. */
    PUBLIC_BASE_URL: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
        .transform((u) => u.replace(/\/+$/, ''))
        .optional(),
    ),
    /** Days a 服务包 share link stays valid (never longer than RETENTION_DAYS). */
    SHARE_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** YAML or JSON file of the conversations service requests are posted to, per district; none: no requests. */
    HANDOFF_ROUTES_FILE: optionalString,
    /**
     * Days personal data is kept: enterprise profiles and share links after they were last used, service
     * requests after their last event, maintainers' daily records after their day.
     */
    RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
    /** Behind TRUST_PROXY: how many proxies of ours add an X-Forwarded-For entry (counted from the right). */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    /** Request bodies being read at once at most (503 with Retry-After beyond). */
    MAX_CONCURRENT_BODIES: z.coerce.number().int().min(1).default(64),
    /** Turns running or queued at once at most; /api/messages answers 503 with Retry-After beyond. */
    MAX_TURNS_IN_FLIGHT: z.coerce.number().int().min(1).default(200),
    /** A turn's budget in milliseconds, within the channel's 15 s; past it the turn fails cleanly. */
    TURN_BUDGET_MS: z.coerce.number().int().min(100).max(60_000).default(12_000),
    /** Deadline of one call to the channel's connector (a reply, typing), in milliseconds. */
    CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(50).default(5_000),
    /** Deadline of one state storage operation (read, write, delete), in milliseconds. */
    STORAGE_TIMEOUT_MS: z.coerce.number().int().min(50).default(3_000),
    /** Deadline of fetching the Bot Framework signing keys (OpenID metadata and keys), in milliseconds. */
    AUTH_KEYS_TIMEOUT_MS: z.coerce.number().int().min(50).default(5_000),
    /** Local mode: per-client limit of POST /api/messages (sustained per second, burst). */
    MESSAGES_RATE_PER_SECOND: z.coerce.number().positive().default(20),
    MESSAGES_RATE_BURST: z.coerce.number().int().min(1).default(100),
    /** Who may frame the web chat page (CSP frame-ancestors): 'self', or the origins of sites embedding it. */
    FRAME_ANCESTORS: z
      .string()
      .trim()
      .regex(/^[^;,\r\n]+$/, 'must be CSP source expressions separated by spaces (no ; or ,)')
      .refine((v) => !/(^|\s)(self|none)(\s|$)/.test(v), "write 'self' and 'none' in single quotes")
      .default("'self'"),
  })
  .superRefine((c, ctx) => {
    const hasId = c.MicrosoftAppId !== undefined;
    if (hasId && c.MicrosoftAppType !== 'UserAssignedMSI' && c.MicrosoftAppPassword === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required when MicrosoftAppId is set',
      });
    if (!hasId && c.MicrosoftAppPassword !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'is required when MicrosoftAppPassword is set',
      });
    const wecomSet = WECOM_SETTINGS.filter((k) => c[k] !== undefined);
    if (wecomSet.length > 0 && wecomSet.length < WECOM_SETTINGS.length) {
      const missing = WECOM_SETTINGS.filter((k) => c[k] === undefined);
      for (const key of missing)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `is required when ${wecomSet.join(', ')} ${wecomSet.length === 1 ? 'is' : 'are'} set (the WeCom settings go all five or none; missing: ${missing.join(', ')})`,
        });
    }
    if (
      (c.MicrosoftAppType === 'SingleTenant' || c.MicrosoftAppType === 'UserAssignedMSI') &&
      c.MicrosoftAppTenantId === undefined
    )
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}`,
      });
    // A managed identity has no password; botframework-connector refuses one.
    if (c.MicrosoftAppType === 'UserAssignedMSI' && c.MicrosoftAppPassword !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'must not be set when MicrosoftAppType is UserAssignedMSI (the managed identity signs in)',
      });
    if (c.MicrosoftAppType === 'UserAssignedMSI' && !hasId)
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: "is required when MicrosoftAppType is UserAssignedMSI (the managed identity's client id)",
      });
    // Where the signing keys are published may be set alone (the public cloud's other values are then
    // spelled out, src/bot/botFrameworkAuthOptions.ts); any other endpoint needs all of them.
    const given = CLOUD_ENDPOINT_SETTINGS.filter((k) => c[k] !== undefined && !OPEN_ID_SETTINGS.has(k));
    const otherCloud = c.ChannelService !== undefined && c.ChannelService !== US_GOVERNMENT_CHANNEL_SERVICE;
    if (given.length > 0 || otherCloud) {
      const why =
        given.length > 0
          ? `${given[0]} is set, and then every Bot Framework endpoint comes from the configuration`
          : `ChannelService is ${c.ChannelService}, a cloud botframework-connector has no built-in endpoints for`;
      for (const k of CLOUD_ENDPOINT_SETTINGS)
        if (c[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `is required: ${why}` });
    }
  });

export type Config = z.infer<typeof configSchema> & {
  /** No credentials: anonymous requests, as the Bot Framework Emulator expects, on loopback only. */
  localMode: boolean;
  /** The address the server binds to. */
  bindHost: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const keys = Object.keys(configSchema.def.shape ?? {}) as string[];
  const picked = Object.fromEntries(keys.flatMap((k) => (env[k] === undefined ? [] : [[k, env[k]]])));
  const result = configSchema.safeParse(picked);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => {
        const name = i.path.join('.') || '(config)';
        const value = env[name];
        const secret = /Password|SECRET|CONNECTION_STRING|TOKEN|AES_KEY|HEADERS/i.test(name);
        return `${name}: ${i.message}${value !== undefined && !secret ? ` (got "${value}")` : ''}`;
      }),
    );
  }
  const c = result.data;
  const localMode = c.MicrosoftAppId === undefined;
  return { ...c, localMode, bindHost: localMode ? '127.0.0.1' : (c.HOST ?? '0.0.0.0') };
}
