// Settings added for Azure deployment: managed identity, another Bot Framework cloud (Azure operated
// by 21Vianet) and telemetry. Each bad value stops start-up naming the setting; good ones reach
// botframework-connector as its ConfigurationBotFrameworkAuthentication expects them.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { botFrameworkAuthOptions } from '../src/bot/botFrameworkAuthOptions.js';
import { ConfigError, loadConfig } from '../src/config.js';

const MSI = {
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppId: '00000000-0000-0000-0000-0000000a5510',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-00000000c41a',
};

/** Microsoft's values for Azure operated by 21Vianet (single-tenant and managed identity bots). */
const CHINA = {
  ChannelService: 'https://botframework.azure.cn',
  OAuthUrl: 'https://token.botframework.azure.cn/',
  ToChannelFromBotLoginUrl: `https://login.partner.microsoftonline.cn/${MSI.MicrosoftAppTenantId}`,
  ToChannelFromBotOAuthScope: 'https://api.botframework.azure.cn',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.azure.cn',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.azure.cn/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.partner.microsoftonline.cn/a55a4d5b-9241-49b1-b4ff-befa8db00269/v2.0/.well-known/openid-configuration',
  ValidateAuthority: 'true',
};

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('managed identity', () => {
  it('needs the identity client id and tenant, and no password', () => {
    expect(loadConfig(MSI)).toMatchObject({ localMode: false, MicrosoftAppType: 'UserAssignedMSI' });
    expect(problems({ ...MSI, MicrosoftAppTenantId: '' })).toEqual([
      'MicrosoftAppTenantId: is required when MicrosoftAppType is UserAssignedMSI (got "")',
    ]);
    expect(problems({ ...MSI, MicrosoftAppPassword: 'p@ss' })).toEqual([
      expect.stringMatching(
        /^MicrosoftAppPassword: must not be set when MicrosoftAppType is UserAssignedMSI/,
      ),
    ]);
    expect(problems({ MicrosoftAppType: 'UserAssignedMSI' })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^MicrosoftAppId: is required when MicrosoftAppType is UserAssignedMSI/),
      ]),
    );
  });

  it('is accepted by botframework-connector as configured', () => {
    expect(
      () => new ConfigurationBotFrameworkAuthentication(botFrameworkAuthOptions(loadConfig(MSI))),
    ).not.toThrow();
  });
});

describe('another Bot Framework cloud', () => {
  it('passes every China endpoint through to botframework-connector', () => {
    const config = loadConfig({ ...MSI, ...CHINA });
    const options = botFrameworkAuthOptions(config);
    expect(options).toMatchObject({ ...CHINA, ValidateAuthority: true, MicrosoftAppType: 'UserAssignedMSI' });
    expect(() => new ConfigurationBotFrameworkAuthentication(options)).not.toThrow();
  });

  it('asks for every endpoint when one of them, or an unknown ChannelService, is set', () => {
    const partial = problems({ ...MSI, ToChannelFromBotOAuthScope: CHINA.ToChannelFromBotOAuthScope });
    expect(partial).toHaveLength(5);
    expect(partial.join('\n')).toContain(
      'ToBotFromChannelTokenIssuer: is required: ToChannelFromBotOAuthScope is set, and then every Bot Framework endpoint comes from the configuration',
    );
    const channelService = problems({ ...MSI, ChannelService: CHINA.ChannelService });
    expect(channelService).toHaveLength(6);
    expect(channelService[0]).toMatch(
      /^OAuthUrl: is required: ChannelService is https:\/\/botframework\.azure\.cn/,
    );
    // The US Government cloud is built into botframework-connector: its ChannelService alone is enough.
    expect(problems({ ...MSI, ChannelService: 'https://botframework.azure.us' })).toEqual([]);
    // Without this check botframework-connector would stop with a message that names no setting.
    expect(
      () =>
        new ConfigurationBotFrameworkAuthentication({
          ...botFrameworkAuthOptions(loadConfig(MSI)),
          ChannelService: CHINA.ChannelService,
        }),
    ).toThrow(/ChannelService value is not supported/);
  });

  it('refuses an endpoint that is not an http(s) URL, naming it', () => {
    expect(problems({ ...MSI, ...CHINA, OAuthUrl: 'token.botframework.azure.cn' })).toEqual([
      'OAuthUrl: must be an http(s) URL (got "token.botframework.azure.cn")',
    ]);
    expect(problems({ ...CHINA, ValidateAuthority: 'maybe' })[0]).toMatch(/^ValidateAuthority:/);
  });
});

describe('telemetry settings', () => {
  it('are off by default, with the service named yiqi', () => {
    const config = loadConfig({});
    expect(config.APPLICATIONINSIGHTS_CONNECTION_STRING).toBeUndefined();
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(config).toMatchObject({ OTEL_SERVICE_NAME: 'yiqi', OTEL_METRIC_EXPORT_INTERVAL: 60_000 });
  });

  it('read the OTLP endpoint, its headers and the service name', () => {
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/',
        OTEL_EXPORTER_OTLP_HEADERS: 'api-key=abc%3D%3D, x-tenant = yiqi',
        OTEL_SERVICE_NAME: 'yiqi-prod',
      }),
    ).toMatchObject({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
      OTEL_EXPORTER_OTLP_HEADERS: { 'api-key': 'abc==', 'x-tenant': 'yiqi' },
      OTEL_SERVICE_NAME: 'yiqi-prod',
    });
  });

  it('refuse bad values, naming the setting and never echoing headers or connection strings', () => {
    expect(problems({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT: must be an http(s) URL (got "collector:4318")',
    ]);
    const headers = problems({ OTEL_EXPORTER_OTLP_HEADERS: 'Bearer s3cret-api-key' });
    expect(headers).toEqual(['OTEL_EXPORTER_OTLP_HEADERS: must be key=value pairs separated by commas']);
    expect(problems({ OTEL_METRIC_EXPORT_INTERVAL: '10' })[0]).toMatch(/^OTEL_METRIC_EXPORT_INTERVAL:/);
  });
});
