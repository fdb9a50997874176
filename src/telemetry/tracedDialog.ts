// Decorates a dialog's `run` with a span, so a turn's trace shows the dialog work apart from the
// state reads and writes and the replies around it.
import { SpanKind } from '@opentelemetry/api';
import { inSpan } from './inSpan.js';
import { SPAN } from './instruments.js';

interface Runs<A extends unknown[]> {
  run(...args: A): Promise<void>;
}

/** The same dialog, its `run` traced (the method is replaced on this instance only). */
export function traceDialog<A extends unknown[], D extends Runs<A>>(dialog: D): D {
  const run = dialog.run.bind(dialog);
  dialog.run = (...args: A) => inSpan(SPAN.dialog, { kind: SpanKind.INTERNAL }, () => run(...args));
  return dialog;
}
