// Bot Framework authentication that reuses its HTTP clients. On every turn CloudAdapter asks for a
// Bot Connector client and a user-token client, and each new one builds a whole Azure HTTP pipeline —
// a large share of a turn's cost under load. Clients depend only on the caller's credentials and the
// service URL, so they are kept (a bounded number) per caller and reused.
import {
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { CachedConnectorFactory } from './cachedConnectorFactory.js';
import { lruRemember } from '../lruRemember.js';

const MAX_CALLERS = 100;

/** The claims that decide which credentials a client uses. */
function callerKey(claims: ClaimsIdentity | undefined, audience = ''): string {
  const parts = (claims?.claims ?? [])
    .filter((c) => c.type === 'aud' || c.type === 'appid' || c.type === 'azp' || c.type === 'ver')
    .map((c) => `${c.type}=${c.value}`);
  return `${audience}\u0000${parts.sort().join('&')}`;
}

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  return lruRemember(map, key, make, MAX_CALLERS);
}

export class CachingAuthentication extends BotFrameworkAuthentication {
  private readonly factories = new Map<string, CachedConnectorFactory>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    /** Deadline of each connector request, in milliseconds. */
    private readonly connectorTimeoutMs?: number,
  ) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.withCachedFactory(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.withCachedFactory(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return remember(
      this.factories,
      callerKey(claimsIdentity),
      () =>
        new CachedConnectorFactory(
          this.inner.createConnectorFactory(claimsIdentity),
          this.connectorTimeoutMs,
        ),
    );
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = callerKey(claimsIdentity);
    return remember(this.userTokenClients, key, () => {
      const client = this.inner.createUserTokenClient(claimsIdentity);
      client.catch(() => this.userTokenClients.delete(key));
      return client;
    });
  }

  private withCachedFactory(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const factory = result.connectorFactory;
    if (factory) {
      result.connectorFactory = remember(
        this.factories,
        callerKey(result.claimsIdentity, result.audience),
        () => new CachedConnectorFactory(factory, this.connectorTimeoutMs),
      );
    }
    return result;
  }
}
