// 益企问 on Azure, as the Microsoft 365 Agents Toolkit provisions it (m365agents.yml, arm/deploy):
// - a user-assigned managed identity: the bot's identity (MicrosoftAppType=UserAssignedMSI), no password;
// - a Linux App Service (Node 24) running the server (node dist/src/index.js);
// - the Azure Bot with the Teams and Direct Line channels (botRegistration/azurebot.bicep);
// - a storage account with one blob container for conversation state and maintainers' records;
// - Application Insights for traces and metrics (APPLICATIONINSIGHTS_CONNECTION_STRING).
// In Azure operated by 21Vianet the same template works: the Bot Framework endpoints of that cloud are
// added to the app settings, and storage and Application Insights use that cloud's own endpoints.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU. B1 or higher: the bot needs Always On.')
param webAppSKU string = 'B1'

@maxLength(42)
param botDisplayName string

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param identityName string = resourceBaseName
@description('Storage account name: 3-24 lower-case letters and digits, unique across Azure')
param storageAccountName string = toLower(take('${replace(resourceBaseName, '-', '')}${uniqueString(resourceGroup().id)}', 24))
@description('Blob container for conversation state and maintainers\' records (BLOB_CONTAINER)')
param stateContainerName string = 'yiqi-state'
@description('Create Application Insights and send traces and metrics there')
param enableApplicationInsights bool = true
@description('Direct Line REST base for the web chat (DIRECT_LINE_ENDPOINT). Empty: the server\'s default, the public cloud\'s. In Azure operated by 21Vianet, set the Direct Line endpoint that cloud\'s portal shows for the bot.')
param directLineEndpoint string = ''
param location string = resourceGroup().location

// Azure operated by 21Vianet needs the Bot Framework endpoints of that cloud (README, "China cloud").
var inChina = environment().name == 'AzureChinaCloud'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: identityName
}

// Conversation and user state, and the maintainers' daily records, as blobs in one container.
resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = if (enableApplicationInsights) {
  name: resourceBaseName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = if (enableApplicationInsights) {
  name: resourceBaseName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// Compute resources for your Web App
resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true // Linux
  }
}

// Web App that hosts your bot. Its settings are set below, once the bot and its channels exist.
resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// Register your web service as a bot with the Bot Framework
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botServiceName: resourceBaseName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// The Direct Line channel the module created, for its site's secret.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' existing = {
  name: '${resourceBaseName}/DirectLineChannel'
}

// The connection string of the storage account; the server's blob storage takes one (BLOB_CONNECTION_STRING).
var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

// Every setting here is one src/config.ts reads (see .env.example), or one App Service reads itself.
var appSettings = {
  NODE_ENV: 'production'
  WEBSITE_RUN_FROM_PACKAGE: '1' // the zip m365agents.yml deploys, run as it is
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false' // it is built before it is deployed
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identity.properties.clientId
  MicrosoftAppTenantId: identity.properties.tenantId
  BLOB_CONNECTION_STRING: storageConnectionString
  BLOB_CONTAINER: stateContainerName
  DIRECT_LINE_SECRET: directLine.listChannelWithKeys().setting.sites[0].key
  TRUST_PROXY: 'true' // behind App Service's front ends: clients are counted by X-Forwarded-For
  OTEL_SERVICE_NAME: 'yiqi'
}

// The Bot Framework endpoints of Azure operated by 21Vianet, from Microsoft's guide "Configure a bot in
// Microsoft Azure operated by 21Vianet" (learn.microsoft.com/azure/bot-service/how-to-deploy-china-cloud,
// values for UserAssignedMSI/SingleTenant bots) and, for ChannelService, botbuilder-dotnet's
// ChinaAuthenticationConstants.ChannelService.
var chinaSettings = {
  ChannelService: 'https://botframework.azure.cn'
  OAuthUrl: 'https://token.botframework.azure.cn/'
  ToChannelFromBotLoginUrl: 'https://login.partner.microsoftonline.cn/${identity.properties.tenantId}'
  ToChannelFromBotOAuthScope: 'https://api.botframework.azure.cn'
  ToBotFromChannelTokenIssuer: 'https://api.botframework.azure.cn'
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.azure.cn/v1/.well-known/openidconfiguration'
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.partner.microsoftonline.cn/a55a4d5b-9241-49b1-b4ff-befa8db00269/v2.0/.well-known/openid-configuration'
  ValidateAuthority: 'true'
}

var telemetrySettings = enableApplicationInsights ? { APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString } : {}
var directLineSettings = empty(directLineEndpoint) ? {} : { DIRECT_LINE_ENDPOINT: directLineEndpoint }

resource webAppSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(appSettings, inChina ? chinaSettings : {}, telemetrySettings, directLineSettings)
  dependsOn: [
    azureBotRegistration
    stateContainer
  ]
}

// The output will be persisted in .env.{envName}. Visit https://aka.ms/teamsfx-actions/arm-deploy for more details.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output PUBLIC_HOST string = webApp.properties.defaultHostName
output PUBLIC_BASE_URL string = 'https://${webApp.properties.defaultHostName}'
