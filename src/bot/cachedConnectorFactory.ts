// Reuses Bot Connector clients across turns. CloudAdapter asks for a client on every turn, and each
// new one builds a whole Azure HTTP pipeline — a large share of a turn's cost under load. A client
// depends only on the serviceUrl, the audience and the credentials behind the factory, so clients are
// kept per (serviceUrl, audience) for the factory's credentials, a bounded number at a time.
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

const MAX_CLIENTS = 100;

export class CachedConnectorFactory extends ConnectorFactory {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly inner: ConnectorFactory) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${serviceUrl}\u0000${audience ?? ''}`;
    let client = this.clients.get(key);
    if (client) {
      this.clients.delete(key);
    } else {
      client = this.inner.create(serviceUrl, audience);
      // A failed creation is not kept: the next turn tries again.
      client.catch(() => this.clients.delete(key));
    }
    this.clients.set(key, client);
    if (this.clients.size > MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
    return client;
  }
}
