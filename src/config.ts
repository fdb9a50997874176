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

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppTenantId: optionalString,
    /** Azure Blob Storage for conversation state, shared by several instances. */
    BLOB_CONNECTION_STRING: optionalString,
    BLOB_CONTAINER: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/, 'must be a valid blob container name')
      .default('yiqi-state'),
    /** Where unanswered questions and feedback are recorded (a folder). */
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
    /** Per-client limit of the public endpoints (search, web chat): sustained requests per second … */
    PUBLIC_RATE_PER_SECOND: z.coerce.number().positive().default(5),
    /** … and the burst allowed above it. */
    PUBLIC_RATE_BURST: z.coerce.number().int().min(1).default(30),
    /** Behind a reverse proxy: rate limits count clients by X-Forwarded-For, not by the proxy's address. */
    TRUST_PROXY: bool.default(false),
    /** Largest request body accepted, in bytes. */
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(262_144),
    /** The public address of this server (pages' share links and Open Graph URLs, the Teams package). */
    PUBLIC_BASE_URL: optionalString.pipe(
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
        .transform((u) => u.replace(/\/+$/, ''))
        .optional(),
    ),
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
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppTenantId === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: 'is required when MicrosoftAppType is SingleTenant',
      });
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
        const secret = /Password|SECRET|CONNECTION_STRING/i.test(name);
        return `${name}: ${i.message}${value !== undefined && !secret ? ` (got "${value}")` : ''}`;
      }),
    );
  }
  const c = result.data;
  const localMode = c.MicrosoftAppId === undefined;
  return { ...c, localMode, bindHost: localMode ? '127.0.0.1' : (c.HOST ?? '0.0.0.0') };
}
