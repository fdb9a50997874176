// Decorates a Bot Connector client so that each call it makes to the channel (a reply, the typing
// indicator, an update) is a client span and is timed: method, the operation's path template
// (v3/conversations/{conversationId}/activities), the connector's host and the status. The
// activity sent is not recorded.
import { type Attributes, SpanKind } from '@opentelemetry/api';
import type { ConnectorClient } from 'botframework-connector';
import { errorType, inSpan } from './inSpan.js';
import { ATTR, instruments } from './instruments.js';

type SendOperation = ConnectorClient['sendOperationRequest'];

function hostOf(serviceUrl: string): string {
  try {
    return new URL(serviceUrl).host;
  } catch {
    return 'invalid';
  }
}

function statusOf(value: unknown): number | undefined {
  const v = value as { _response?: { status?: unknown }; statusCode?: unknown } | undefined;
  const status = v?._response?.status ?? v?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** The same client, its operations traced (replaced on this instance only). */
export function traceConnectorClient(client: ConnectorClient, serviceUrl: string): ConnectorClient {
  const send: SendOperation = client.sendOperationRequest.bind(client);
  const host = hostOf(serviceUrl);
  client.sendOperationRequest = (args, spec, callback) => {
    const method = spec.httpMethod;
    const template = spec.path ?? '';
    const attributes: Attributes = {
      [ATTR.httpMethod]: method,
      [ATTR.urlTemplate]: template,
      [ATTR.serverAddress]: host,
    };
    let status: number | undefined;
    return inSpan(
      `connector ${method} ${template}`,
      { kind: SpanKind.CLIENT, attributes },
      async (span) => {
        try {
          const response = await send(args, spec, callback);
          status = statusOf(response);
          return response;
        } catch (err) {
          status = statusOf(err);
          throw err;
        } finally {
          if (status !== undefined) span.setAttribute(ATTR.httpStatus, status);
        }
      },
      (ms, err) =>
        instruments().connectorDuration.record(ms, {
          ...attributes,
          ...(status !== undefined ? { [ATTR.httpStatus]: status } : {}),
          ...(err ? { [ATTR.errorType]: errorType(err) } : {}),
        }),
    );
  };
  return client;
}
