// Direct Line for the web chat: the local Direct Line 3.0 endpoint (for `npm start` without Azure) and
// its parts, and the production token endpoint for Azure's Direct Line.
export { adapterTurnRunner } from './adapterTurns.js';
export { BOT_CONNECTOR_PREFIX } from './botConnectorRoutes.js';
export { LOCAL_BOT } from './clientActivity.js';
export { type ChannelActivity, type ConversationLimits, ConversationStore } from './conversationStore.js';
export { DIRECT_LINE_PREFIX } from './directLineRoutes.js';
export { LOCAL_DIRECT_LINE_LIMITS, type LocalDirectLineLimits } from './limits.js';
export { mountLocalDirectLine, type LocalDirectLineOptions } from './localDirectLine.js';
export { AZURE_TOKEN_PATH, mountAzureTokenRoute, type AzureTokenRouteOptions } from './azureTokenRoute.js';
export { bearerToken, TokenStore, type TokenClaims } from './tokenStore.js';
