// Wires service requests and ratings from the configuration: the routes file (a bad one stops
// start-up), the request store (blob container or DATA_DIR), the personal-data holder, the hourly
// sweep of expired requests, and — for createBot — the request flow (only when routes are
// configured) and the hook that sees messages before the dialogs: specialists' commands in a route's
// conversation, ratings, and the enterprise's replies.
import { resolve } from 'node:path';
import type { Activity, CloudAdapter } from 'botbuilder';
import { ServiceRequestDialog } from '../../../dialogs/ServiceRequestDialog.js';
import type { Config } from '../../config.js';
import { createRequestStore } from '../../handoff/createRequestStore.js';
import { DistrictMatcher } from '../../handoff/districtMatcher.js';
import { RequestDataHolder } from '../../handoff/requestDataHolder.js';
import type { RequestStore } from '../../handoff/requestStore.js';
import { loadRoutes, type RouteTable } from '../../handoff/routes.js';
import { ServiceRequests } from '../../handoff/serviceRequests.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import type { Logger } from '../../log/logger.js';
import type { PersonalDataRegistry } from '../../privacy/personalData.js';
import type { BotExtension, BotParts } from '../createBot.js';
import { ProactivePoster } from './ProactivePoster.js';
import { RatingDesk } from './RatingDesk.js';
import { RequestDesk } from './RequestDesk.js';
import { baseConversationId } from '../../handoff/routes.js';
import { tenantOf } from './conversationAddress.js';

const FIRST_SWEEP_MS = 60_000;
/** Teams conversations whose address was logged already (bounded: forgotten beyond this many). */
const MAX_LOGGED_CONVERSATIONS = 1000;
const SWEEP_EVERY_MS = 60 * 60_000;

export interface HandoffDeps {
  kb: KnowledgeBase;
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  logger: Logger;
  personalData?: PersonalDataRegistry;
  /** The store (default: from the configuration). */
  store?: RequestStore;
}

export interface Handoff {
  requests: ServiceRequests;
  /** Undefined without HANDOFF_ROUTES_FILE: then no request can be opened. */
  routes: RouteTable | undefined;
  extend(parts: BotParts): BotExtension;
  /** Stops the sweep. */
  stop(): void;
}

export function createHandoff(
  config: Pick<
    Config,
    | 'HANDOFF_ROUTES_FILE'
    | 'RETENTION_DAYS'
    | 'MicrosoftAppId'
    | 'localMode'
    | 'BLOB_CONNECTION_STRING'
    | 'BLOB_CONTAINER'
    | 'DATA_DIR'
  >,
  deps: HandoffDeps,
): Handoff {
  const { kb, logger } = deps;
  const districts = new DistrictMatcher(kb.handoff.districts);
  const file = config.HANDOFF_ROUTES_FILE;
  const routes = file
    ? loadRoutes(resolve(file), districts, { localMode: config.localMode, shownAs: file })
    : undefined;
  const requests = new ServiceRequests(deps.store ?? createRequestStore(config), {
    retentionDays: config.RETENTION_DAYS,
  });
  deps.personalData?.register(new RequestDataHolder(requests, kb.handoff));

  const sweep = () =>
    void requests.sweep().then(
      (count) => {
        if (count > 0) logger.info('expired service requests deleted', { count });
      },
      (err: unknown) =>
        logger.warn('could not sweep expired service requests', {
          error: err instanceof Error ? err.name : typeof err,
        }),
    );
  const first = setTimeout(sweep, FIRST_SWEEP_MS);
  const every = setInterval(sweep, SWEEP_EVERY_MS);
  first.unref();
  every.unref();

  const botAppId = config.MicrosoftAppId ?? '';
  const poster = new ProactivePoster(deps.adapter, botAppId);

  // Setting up a route: when the bot is @mentioned in a Teams channel or group chat, its address is
  // logged once, ready to copy into HANDOFF_ROUTES_FILE.
  const logged = new Set<string>();
  const logTeamsAddress = (activity: Activity) => {
    const type = activity.conversation?.conversationType;
    if (activity.channelId !== 'msteams' || (type !== 'channel' && type !== 'groupChat')) return;
    const conversationId = baseConversationId(activity.conversation.id);
    if (logged.has(conversationId)) return;
    if (logged.size >= MAX_LOGGED_CONVERSATIONS) logged.clear();
    logged.add(conversationId);
    logger.info('Teams conversation (a route for HANDOFF_ROUTES_FILE)', {
      channelId: activity.channelId,
      serviceUrl: activity.serviceUrl,
      conversationId,
      tenantId: tenantOf(activity),
      conversationType: type,
    });
  };

  return {
    requests,
    routes,
    extend({ services, conversationData, profile }) {
      const ratings = new RatingDesk(services, requests, conversationData);
      const desk =
        routes &&
        new RequestDesk({
          services,
          requests,
          routes,
          poster,
          conversationData,
          botAppId,
          retentionDays: config.RETENTION_DAYS,
        });
      return {
        flows: desk ? [new ServiceRequestDialog(services, conversationData, profile, desk, districts)] : [],
        async beforeDialogs(context) {
          logTeamsAddress(context.activity);
          // In a route's conversation every message is a specialist's command, never a question.
          if (desk?.isRouteConversation(context.activity)) {
            await desk.handleSpecialist(context);
            return true;
          }
          const data = await conversationData.get(context, {});
          if (desk) await desk.recordTurn(context, data);
          if (await ratings.handle(context, data)) return true;
          return desk ? desk.handleEnterprise(context, data) : false;
        },
      };
    },
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
