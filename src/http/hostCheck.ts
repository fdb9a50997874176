// Local mode serves loopback only, and only to requests that name a loopback host: a web page a
// developer visits could otherwise point its own domain at 127.0.0.1 (DNS rebinding) and talk to the
// bot — and to the local Direct Line — as if it were the developer's own page.

const LOOPBACK_HOST =
  /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|\[::ffff:127(?:\.\d{1,3}){3}\])(?::\d{1,5})?$/i;

/** Whether a Host header names this machine's loopback interface (with any port). */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host.trim());
}
