// `yiqi requests [--open] [--json]`: the service requests kept (DATA_DIR/service-requests, or the
// blob container when BLOB_CONNECTION_STRING is set), for operators — number, status, dates,
// district, route, enterprise, the contact masked, who claimed it, the last event. Expired requests
// are deleted on the way, as on every read.
import { loadConfig } from '../config.js';
import { createRequestStore } from '../handoff/createRequestStore.js';
import { maskMobile } from '../handoff/mobileNumber.js';
import type { ServiceRequest } from '../handoff/serviceRequest.js';
import { ServiceRequests } from '../handoff/serviceRequests.js';
import { shanghaiTimeOf } from '../handoff/shanghaiTime.js';
import type { CliIo } from './cliIo.js';

const USAGE = 'usage: yiqi requests [--open] [--json]\n';

/** What operators see of a request: no transcript, no question text, the contact masked. */
export function requestSummary(r: ServiceRequest) {
  const last = r.history.at(-1);
  return {
    number: r.number,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    expiresAt: r.expiresAt,
    district: r.district,
    route: r.route ? (r.route.name ?? `${r.route.channelId} ${r.route.conversationId}`) : null,
    enterprise: r.enterprise ?? null,
    contact: r.contact ? (r.contact.kind === 'mobile' ? maskMobile(r.contact.mobile) : 'here') : null,
    claimedBy: r.claimedBy ? (r.claimedBy.name ?? r.claimedBy.id) : null,
    rating: r.rating ?? null,
    erased: r.erased ?? false,
    lastEvent: last ? { type: last.type, at: last.at } : null,
    events: r.history.length,
  };
}

export async function requestsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const unknown = args.filter((a) => a !== '--open' && a !== '--json');
  if (unknown.length > 0) {
    io.err(`unknown option ${unknown.map((a) => `"${a}"`).join(', ')}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const requests = new ServiceRequests(createRequestStore(config), { retentionDays: config.RETENTION_DAYS });
  const all = await requests.list();
  const shown = (args.includes('--open') ? all.filter((r) => r.status !== 'closed') : all).map(
    requestSummary,
  );
  if (args.includes('--json')) {
    io.out(JSON.stringify(shown, null, 2) + '\n');
    return 0;
  }
  if (shown.length === 0) {
    io.out(args.includes('--open') ? 'no open service requests\n' : 'no service requests\n');
    return 0;
  }
  const time = shanghaiTimeOf;
  const rows = shown.map((s) =>
    [
      `#${s.number}`,
      s.status,
      time(s.createdAt),
      s.district,
      s.enterprise ?? '(erased)',
      s.contact ?? '-',
      s.claimedBy ? `claimed by ${s.claimedBy}` : '-',
      s.lastEvent ? `${s.lastEvent.type} ${time(s.lastEvent.at)}` : '-',
      s.rating ? `rated ${s.rating}` : '',
    ]
      .join('  ')
      .trimEnd(),
  );
  io.out(
    `${rows.join('\n')}\n${shown.length} service request${shown.length === 1 ? '' : 's'} (Shanghai time)\n`,
  );
  return 0;
}
