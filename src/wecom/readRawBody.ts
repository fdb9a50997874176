// Reads a request body as bytes, up to a cap and a deadline, without any body parser: a declared
// length over the cap is refused before reading; a chunked body that grows past it is read to the
// end and thrown away (so the client gets its 413), or cut off when it goes on far longer.
import type { IncomingMessage } from 'node:http';

export class BodyProblem extends Error {
  constructor(
    readonly status: 408 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'BodyProblem';
  }
}

export function readRawBody(req: IncomingMessage, maxBytes: number, timeoutMs = 10_000): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes)
    return Promise.reject(new BodyProblem(413, `body over ${maxBytes} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const timer = setTimeout(() => {
      cleanup();
      req.destroy();
      reject(new BodyProblem(408, `body not received within ${timeoutMs} ms`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) chunks.push(chunk);
      else if (received > maxBytes * 16) {
        cleanup();
        req.destroy();
        reject(new BodyProblem(413, `body over ${maxBytes} bytes`));
      }
    };
    const onEnd = () => {
      cleanup();
      if (received > maxBytes) reject(new BodyProblem(413, `body over ${maxBytes} bytes`));
      else resolve(Buffer.concat(chunks));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
    req.resume();
  });
}
