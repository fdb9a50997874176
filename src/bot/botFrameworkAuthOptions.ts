// The settings ConfigurationBotFrameworkAuthentication reads, from our validated configuration: the
// app registration (MultiTenant, SingleTenant or a user-assigned managed identity) and, for a cloud
// other than the public one (Azure operated by 21Vianet), its Bot Framework endpoints. When only
// where the signing keys are published is given (a test's own keys), the SDK still takes every value
// as given, so the public cloud's other values are spelled out beside it.
import { CallerIdConstants, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { CLOUD_ENDPOINT_SETTINGS, type Config } from '../config.js';

type AuthConfig = Pick<
  Config,
  | 'MicrosoftAppId'
  | 'MicrosoftAppPassword'
  | 'MicrosoftAppType'
  | 'MicrosoftAppTenantId'
  | 'ChannelService'
  | 'ValidateAuthority'
  | (typeof CLOUD_ENDPOINT_SETTINGS)[number]
>;

/** Where channel tokens' and Emulator tokens' signing keys are published, in that order. */
export function openIdMetadataUrls(config: AuthConfig): [string, string] {
  return [
    config.ToBotFromChannelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    config.ToBotFromEmulatorOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  ];
}

export function botFrameworkAuthOptions(config: AuthConfig): ConfigurationBotFrameworkAuthenticationOptions {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType || 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  if (config.ChannelService !== undefined) options.ChannelService = config.ChannelService;
  const cloud = CLOUD_ENDPOINT_SETTINGS.every((key) => config[key] !== undefined);
  if (cloud) {
    for (const key of CLOUD_ENDPOINT_SETTINGS) options[key] = config[key]!;
  } else if (config.ToBotFromChannelOpenIdMetadataUrl || config.ToBotFromEmulatorOpenIdMetadataUrl) {
    const [channel, emulator] = openIdMetadataUrls(config);
    Object.assign(options, {
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: channel,
      ToBotFromEmulatorOpenIdMetadataUrl: emulator,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ValidateAuthority: true,
    });
  }
  if (config.ValidateAuthority !== undefined) options.ValidateAuthority = config.ValidateAuthority;
  return options;
}
