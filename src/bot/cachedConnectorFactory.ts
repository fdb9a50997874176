// Reuses Bot Connector clients across turns. CloudAdapter asks for a client on every turn, and each
// new one builds a whole Azure HTTP pipeline — a large share of a turn's cost under load. A client
// depends only on the serviceUrl, the audience and the credentials behind the factory, so clients are
// kept per (serviceUrl, audience) for the factory's credentials, a bounded number at a time. Every
// request a client makes has a deadline: a connector that accepts and never answers cannot hold a
// turn (and its socket) for minutes.
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import { traceConnectorClient } from '../telemetry/tracedConnector.js';
import { withDeadline } from '../http/deadline.js';
import { lruRemember } from '../lruRemember.js';

const MAX_CLIENTS = 100;

export class CachedConnectorFactory extends ConnectorFactory {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(
    private readonly inner: ConnectorFactory,
    /** Deadline of each connector request (token acquisition, retries and all), in milliseconds. */
    private readonly timeoutMs = 5_000,
  ) {
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
          .then((made) => traceConnectorClient(withRequestDeadline(made, this.timeoutMs), serviceUrl));
        // A failed creation is not kept: the next turn tries again.
        client.catch(() => this.clients.delete(key));
        return client;
      },
      MAX_CLIENTS,
    );
  }
}

/**
 * Gives every operation of the client a deadline. Operations (send, reply, update …) all go through
 * sendOperationRequest: the abort signal added there reaches the HTTP request and stops the
 * pipeline's retries; the race covers what does not listen to it (acquiring the outbound token).
 */
function withRequestDeadline(client: ConnectorClient, timeoutMs: number): ConnectorClient {
  const send = client.sendOperationRequest.bind(client);
  client.sendOperationRequest = (args, spec, callback) =>
    withDeadline(
      (signal) => {
        const given = args.options?.abortSignal as AbortSignal | undefined;
        const abortSignal = given ? AbortSignal.any([given, signal]) : signal;
        return send({ ...args, options: { ...args.options, abortSignal } }, spec, callback);
      },
      timeoutMs,
      'the channel connector',
    );
  return client;
}
