// The Bot Framework authentication settings, from the configuration. By default the SDK's public
// cloud values apply. When a signing-keys location is configured (ToBotFromChannelOpenIdMetadataUrl
// or ToBotFromEmulatorOpenIdMetadataUrl: a sovereign cloud, or a test's own keys) the SDK takes every
// value as given, so the other public-cloud values are spelled out beside it.
import { CallerIdConstants } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../config.js';

type AuthConfig = Pick<
  Config,
  | 'MicrosoftAppId'
  | 'MicrosoftAppPassword'
  | 'MicrosoftAppType'
  | 'MicrosoftAppTenantId'
  | 'ToBotFromChannelOpenIdMetadataUrl'
  | 'ToBotFromEmulatorOpenIdMetadataUrl'
>;

/** Where channel tokens' and Emulator tokens' signing keys are published, in that order. */
export function openIdMetadataUrls(config: AuthConfig): [string, string] {
  return [
    config.ToBotFromChannelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    config.ToBotFromEmulatorOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  ];
}

export function botAuthenticationSettings(config: AuthConfig): Record<string, string> {
  const credentials = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType || 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  if (!config.ToBotFromChannelOpenIdMetadataUrl && !config.ToBotFromEmulatorOpenIdMetadataUrl)
    return credentials;
  const [channel, emulator] = openIdMetadataUrls(config);
  return {
    ...credentials,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: channel,
    ToBotFromEmulatorOpenIdMetadataUrl: emulator,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: 'true',
  };
}
