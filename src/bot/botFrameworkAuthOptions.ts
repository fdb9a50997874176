// The settings ConfigurationBotFrameworkAuthentication reads, from our validated configuration: the
// app registration (MultiTenant, SingleTenant or a user-assigned managed identity) and, for a cloud
// other than the public one (Azure operated by 21Vianet), its Bot Framework endpoints.
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { CLOUD_ENDPOINT_SETTINGS, type Config } from '../config.js';

export function botFrameworkAuthOptions(
  config: Pick<
    Config,
    | 'MicrosoftAppId'
    | 'MicrosoftAppPassword'
    | 'MicrosoftAppType'
    | 'MicrosoftAppTenantId'
    | 'ChannelService'
    | 'ValidateAuthority'
    | (typeof CLOUD_ENDPOINT_SETTINGS)[number]
  >,
): ConfigurationBotFrameworkAuthenticationOptions {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType || 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  if (config.ChannelService !== undefined) options.ChannelService = config.ChannelService;
  for (const key of CLOUD_ENDPOINT_SETTINGS) {
    const value = config[key];
    if (value !== undefined) options[key] = value;
  }
  if (config.ValidateAuthority !== undefined) options.ValidateAuthority = config.ValidateAuthority;
  return options;
}
