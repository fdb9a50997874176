// Deadlines for everything that waits on another machine: a connector send, a storage read, the
// signing keys. The work gets an AbortSignal that fires at the deadline (so sockets are released)
// and the caller gets a DeadlineExceeded at that moment whether or not the work listens to it.

export class DeadlineExceeded extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} did not answer within ${ms} ms`);
    this.name = 'DeadlineExceeded';
  }
}

/**
 * Runs `work` with a deadline of `ms` milliseconds. On time its result passes through; otherwise
 * the signal is aborted and the returned promise rejects with DeadlineExceeded. A late result or
 * failure of the work is dropped (never an unhandled rejection).
 */
export function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new DeadlineExceeded(what, ms);
      controller.abort(error);
      reject(error);
    }, ms);
    let running: Promise<T>;
    try {
      running = work(controller.signal);
    } catch (err) {
      clearTimeout(timer);
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    running.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/** Whether an error is (or was caused by) a missed deadline. */
export function isDeadlineExceeded(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof DeadlineExceeded) return true;
  }
  return false;
}
