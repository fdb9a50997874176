// JSON answers in Direct Line's shape: errors are {error: {code, message}}, never a stack.
import type { Response } from 'restify';

export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.setHeader('cache-control', 'no-store');
  res.json(body);
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}
