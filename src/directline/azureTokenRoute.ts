// Production web chat: POST /api/directline/token exchanges the Direct Line secret, which stays on
// this server, for a short-lived token of a new conversation with Azure's Direct Line
// (DIRECT_LINE_ENDPOINT/tokens/generate). The user id is random with the dl_ prefix Azure reserves
// for ids a client cannot choose, so nobody can speak as somebody else.
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { type JsonBodyReader, refuseBody } from '../http/jsonBody.js';
import type { Logger } from '../log/logger.js';
import { sendError, sendJson } from './respond.js';

export const AZURE_TOKEN_PATH = '/api/directline/token';

export interface AzureTokenRouteOptions {
  secret: string;
  /** Direct Line REST base, e.g. https://directline.botframework.com/v3/directline. */
  endpoint: string;
  logger: Logger;
  /** Reads (and here ignores) request bodies, within the server's limits. */
  bodies: JsonBodyReader;
  /** Milliseconds to wait for Azure. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const generated = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export function mountAzureTokenRoute(server: Server, options: AzureTokenRouteOptions): void {
  const { secret, endpoint, logger } = options;
  const doFetch = options.fetch ?? fetch;

  server.post(AZURE_TOKEN_PATH, async (req: Request, res: Response) => {
    // Nothing in the body is used; it is read only within the limits (JSON, size).
    const body = await options.bodies.read(req);
    if (!body.ok) return refuseBody(res, body, { error: { code: 'BadArgument', message: body.error } });
    const userId = `dl_${randomBytes(12).toString('base64url')}`;
    let reply;
    try {
      const answer = await doFetch(`${endpoint}/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!answer.ok) {
        logger.warn('direct line refused the token request', { status: answer.status, endpoint });
        return sendError(res, 502, 'TokenServiceError', 'the chat service is unavailable');
      }
      reply = generated.parse(await answer.json());
    } catch (err) {
      logger.warn('direct line token request failed', { err, endpoint });
      return sendError(res, 502, 'TokenServiceError', 'the chat service is unavailable');
    }
    sendJson(res, 200, { ...reply, userId });
  });
}
