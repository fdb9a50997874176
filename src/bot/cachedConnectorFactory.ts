// Reuses Bot Connector clients across turns. CloudAdapter asks for a client on every turn, and each
// new one builds a whole Azure HTTP pipeline — a large share of a turn's cost under load. A client
// depends only on the serviceUrl, the audience and the credentials behind the factory, so clients are
// kept per (serviceUrl, audience) for the factory's credentials, a bounded number at a time.
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import { traceConnectorClient } from '../telemetry/tracedConnector.js';
import { lruRemember } from './lruRemember.js';

const MAX_CLIENTS = 100;

export class CachedConnectorFactory extends ConnectorFactory {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly inner: ConnectorFactory) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${serviceUrl}\u0000${audience ?? ''}`;
    return lruRemember(
      this.clients,
      key,
      () => {
        const client = this.inner
          .create(serviceUrl, audience)
          .then((created) => traceConnectorClient(created, serviceUrl));
        // A failed creation is not kept: the next turn tries again.
        client.catch(() => this.clients.delete(key));
        return client;
      },
      MAX_CLIENTS,
    );
  }
}
