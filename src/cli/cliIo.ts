// The CLI's window on the world, passed in so commands can be tested without a terminal.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Lines of standard input, read lazily. */
  lines(): AsyncIterable<string>;
}
