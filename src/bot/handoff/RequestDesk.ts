// The Bot Framework side of service requests: files a request the dialog gathered and posts it to
// its district's route; runs the specialists' commands in a route's conversation (认领, 回复 — relayed
// to the enterprise —, 关闭 — which asks the enterprise for a rating —, 列表); relays the enterprise's
// answer back (回复服务专员); keeps the last turns of a conversation for the next request. Logs carry
// request numbers, never message text or contacts.
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Logger } from '../../log/logger.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import type { RouteTable } from '../../handoff/routes.js';
import type { Contact, ProfileLine, ServiceRequest, Specialist } from '../../handoff/serviceRequest.js';
import type { Outcome, ServiceRequests, Where } from '../../handoff/serviceRequests.js';
import { parseSpecialistCommand, type SpecialistCommand } from '../../handoff/specialistCommand.js';
import { addBotLine, startTurn, type TranscriptTurn } from '../../handoff/transcript.js';
import { parseCardAction } from '../cardAction.js';
import { supportsCards } from '../renderAnswer.js';
import type { ConversationData, TurnServices } from '../turnServices.js';
import { addressOf, botAccount, routeAddress, tenantOf } from './conversationAddress.js';
import type { ProactivePoster } from './ProactivePoster.js';
import { ratingActivity } from './ratingCards.js';
import { channelsActivity, requestActivity, specialistReplyActivity } from './requestCards.js';
import { summarizeReply } from './summarizeReply.js';

/** What the request flow gathered, with the user's consent. */
export interface RequestDraft {
  enterprise: string;
  /** The district's official name. */
  district: string;
  contact: Contact;
  question: string;
  transcript: TranscriptTurn[];
  profile: ProfileLine[];
}

export interface RequestDeskOptions {
  services: TurnServices;
  requests: ServiceRequests;
  routes: RouteTable;
  poster: ProactivePoster;
  conversationData: StatePropertyAccessor<ConversationData>;
  botAppId: string;
  retentionDays: number;
}

const MAX_RELAYED_CHARS = 2000;
const TYPED_REPLY = /^回复服务专员\s*[#＃]?\s*([0-9０-９]{0,9})\s*$/u;

/** A short reason for the logs: the error's name and HTTP status, never its text (it may quote a message). */
function failure(err: unknown): { error: string; status?: number } {
  const status = (err as { statusCode?: number }).statusCode;
  return { error: err instanceof Error ? err.name : typeof err, ...(status ? { status } : {}) };
}

export class RequestDesk {
  constructor(private readonly options: RequestDeskOptions) {}

  get retentionDays(): number {
    return this.options.retentionDays;
  }

  private get kb(): KnowledgeBase {
    return this.options.services.kb;
  }

  private get logger(): Logger {
    return this.options.services.logger;
  }

  /** Whether the message comes from a route's conversation: then it is a specialist's command. */
  isRouteConversation(activity: Activity): boolean {
    return (
      this.options.routes.forConversation(activity.channelId, activity.conversation.id, tenantOf(activity))
        .length > 0
    );
  }

  private bot(channelId: string) {
    return botAccount(channelId, this.options.botAppId, this.kb.replies.botName);
  }

  /** Files the request, posts it to its route, and tells the user its number and what happens next. */
  async submit(context: TurnContext, draft: RequestDraft): Promise<void> {
    const { requests, routes, poster } = this.options;
    const t = this.kb.handoff.request;
    const activity = context.activity;
    const route = routes.forDistrict(draft.district);
    const request = await requests.open({
      ...draft,
      requester: { userId: activity.from.id, channelId: activity.channelId, address: addressOf(activity) },
      ...(route
        ? {
            route: {
              district: route.district,
              channelId: route.channelId,
              serviceUrl: route.serviceUrl,
              conversationId: route.conversationId,
              ...(route.name ? { name: route.name } : {}),
              ...(route.tenantId ? { tenantId: route.tenantId } : {}),
            },
          }
        : {}),
    });
    const n = request.number;
    const values = { number: n, district: draft.district };
    this.logger.info('service request opened', { number: n, routed: route !== undefined });
    if (!request.route) {
      await requests.markNotDelivered(n, 'not-routed');
      await context.sendActivity(channelsActivity(this.kb, fill(t.notRouted, values), activity.channelId));
      return;
    }
    try {
      const posted = await poster.post(
        routeAddress(request.route, this.bot(request.route.channelId)),
        requestActivity(this.kb, request, request.route.channelId),
      );
      await requests.markPosted(n, posted);
    } catch (err) {
      this.logger.warn('service request could not be posted to its route', { number: n, ...failure(err) });
      await requests.markNotDelivered(n, 'post-failed');
      await context.sendActivity(channelsActivity(this.kb, fill(t.notDelivered, values), activity.channelId));
      return;
    }
    const next = draft.contact.kind === 'here' ? t.nextStepsHere : t.nextSteps;
    await context.sendActivity(`${fill(t.submitted, values)}\n\n${fill(next, values)}`);
  }

  // ------------------------------------------------------------------------------------------
  // The specialists' conversation

  /** Runs a specialist's command (typed or a card button) in a route's conversation. */
  async handleSpecialist(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const d = this.kb.handoff.desk;
    const action = parseCardAction(activity.value);
    const command: SpecialistCommand =
      action?.action === 'serviceRequest'
        ? action.op === 'reply'
          ? { op: 'reply', number: action.number, text: action.replyText?.trim() ?? '' }
          : { op: action.op, number: action.number }
        : parseSpecialistCommand(activity.text ?? '');
    const where: Where = { channelId: activity.channelId, conversationId: activity.conversation.id };
    const specialist: Specialist = {
      id: activity.from.id,
      ...(activity.from.name ? { name: activity.from.name } : {}),
    };
    const name = (s: Specialist | undefined) => s?.name ?? d.someone;
    const say = (template: string, values: Record<string, string | number>) =>
      context.sendActivity(fill(template, values));

    switch (command.op) {
      case 'help':
        await context.sendActivity(d.help);
        return;
      case 'list': {
        const open = await this.options.requests.openIn(where);
        await context.sendActivity(
          open.length === 0
            ? d.listEmpty
            : [
                d.list,
                ...open.map((r) =>
                  fill(d.listLine, {
                    number: r.number,
                    district: r.district,
                    enterprise: r.enterprise ?? d.unknownEnterprise,
                    status: this.kb.handoff.status[r.status],
                  }),
                ),
              ].join('\n'),
        );
        return;
      }
      case 'claim': {
        const outcome = await this.options.requests.claim(command.number, specialist, where);
        this.logger.info('service request command', { number: command.number, op: 'claim', ok: outcome.ok });
        if (outcome.ok)
          await say(d.claimed, { number: command.number, name: name(outcome.request.claimedBy) });
        else if (outcome.problem === 'claimed-by-other')
          await say(d.claimedByOther, { number: command.number, name: name(outcome.request?.claimedBy) });
        else await this.refuse(context, command.number, outcome);
        return;
      }
      case 'reply': {
        if (!command.text) {
          await say(d.replyEmpty, { number: command.number });
          return;
        }
        const outcome = await this.options.requests.reply(command.number, specialist, where);
        this.logger.info('service request command', { number: command.number, op: 'reply', ok: outcome.ok });
        if (!outcome.ok) return this.refuse(context, command.number, outcome);
        const requester = outcome.request.requester!;
        try {
          await this.options.poster.post(
            requester.address,
            specialistReplyActivity(
              this.kb,
              command.number,
              command.text.slice(0, MAX_RELAYED_CHARS),
              requester.channelId,
            ),
          );
          await say(d.replied, { number: command.number });
        } catch (err) {
          this.logger.warn('specialist reply could not be relayed', {
            number: command.number,
            ...failure(err),
          });
          await say(d.relayFailed, { number: command.number });
        }
        return;
      }
      case 'close': {
        const outcome = await this.options.requests.close(command.number, specialist, where);
        this.logger.info('service request command', { number: command.number, op: 'close', ok: outcome.ok });
        if (!outcome.ok) return this.refuse(context, command.number, outcome);
        await this.tellClosed(outcome.request);
        await say(d.closed, { number: command.number });
        return;
      }
    }
  }

  private async refuse(
    context: TurnContext,
    number: number,
    outcome: Outcome & { ok: false },
  ): Promise<void> {
    const d = this.kb.handoff.desk;
    const template =
      outcome.problem === 'closed' ? d.alreadyClosed : outcome.problem === 'erased' ? d.erased : d.notFound;
    await context.sendActivity(fill(template, { number }));
  }

  /** Tells the enterprise its request is closed and asks for a rating (where buttons can be pressed). */
  private async tellClosed(request: ServiceRequest): Promise<void> {
    const requester = request.requester;
    if (!requester) return;
    const notice = {
      type: 'message',
      text: fill(this.kb.handoff.relay.closedNotice, { number: request.number }),
    };
    try {
      await this.options.poster.post(
        requester.address,
        notice,
        ...(supportsCards(requester.channelId) ? [ratingActivity(this.kb, request.number)] : []),
      );
    } catch (err) {
      this.logger.warn('closing notice could not be relayed', { number: request.number, ...failure(err) });
    }
  }

  // ------------------------------------------------------------------------------------------
  // The enterprise's conversation

  /**
   * 回复服务专员 (the button, or typed with the number): the next message goes to the specialists;
   * that next message itself. True when the message was handled here.
   */
  async handleEnterprise(context: TurnContext, data: ConversationData): Promise<boolean> {
    const activity = context.activity;
    const r = this.kb.handoff.relay;
    const action = parseCardAction(activity.value);
    const text = activity.text?.trim() ?? '';
    let asked: number | undefined;
    if (action?.action === 'replyToSpecialist') asked = action.number;
    else if (!action) {
      const typed = TYPED_REPLY.exec(text);
      if (typed) {
        asked = typed[1]
          ? Number(typed[1].normalize('NFKC'))
          : (await this.options.requests.openOf(activity.from.id, activity.channelId))[0]?.number;
        if (asked === undefined) {
          await context.sendActivity(r.noOpenRequest);
          return true;
        }
      }
    }
    if (asked !== undefined) {
      data.replyingToRequest = asked;
      await this.options.conversationData.set(context, data);
      await context.sendActivity(fill(r.replyPrompt, { number: asked }));
      return true;
    }

    const number = data.replyingToRequest;
    if (number === undefined) return false;
    delete data.replyingToRequest;
    await this.options.conversationData.set(context, data);
    // Another button pressed: that is not the reply; it goes its usual way.
    if (action || !text) return false;
    if (this.options.services.responder.intentOf(text).type === 'cancel') {
      await context.sendActivity(r.replyCancelled);
      return true;
    }
    const outcome = await this.options.requests.enterpriseReply(number, activity.from.id, activity.channelId);
    this.logger.info('enterprise reply', { number, ok: outcome.ok });
    if (!outcome.ok) {
      await context.sendActivity(
        outcome.problem === 'closed' ? fill(r.replyClosed, { number }) : r.noOpenRequest,
      );
      return true;
    }
    const route = outcome.request.route;
    try {
      if (!route) throw new Error('the request has no route');
      await this.options.poster.post(routeAddress(route, this.bot(route.channelId)), {
        type: 'message',
        text: fill(this.kb.handoff.desk.enterpriseReply, { number, text: text.slice(0, MAX_RELAYED_CHARS) }),
        textFormat: 'plain',
      });
    } catch (err) {
      this.logger.warn('enterprise reply could not be relayed', { number, ...failure(err) });
      await context.sendActivity(r.replyFailed);
      return true;
    }
    await context.sendActivity(fill(r.replySent, { number }));
    return true;
  }

  /**
   * Keeps this turn in the conversation's transcript: the user's text now, a line per bot reply as
   * it is sent (masked of mobile and ID numbers; the last ten turns).
   */
  async recordTurn(context: TurnContext, data: ConversationData): Promise<void> {
    const text = context.activity.text?.trim();
    if (!text) return;
    data.transcript = startTurn(data.transcript, text, new Date(), this.options.retentionDays);
    await this.options.conversationData.set(context, data);
    context.onSendActivities(async (ctx, activities, next) => {
      const current = await this.options.conversationData.get(ctx, {});
      for (const a of activities) {
        const line = summarizeReply(a);
        if (line) addBotLine(current.transcript, line);
      }
      return next();
    });
  }
}
