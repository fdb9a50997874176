// Turns conversations into plain ConversationAddress data for the handoff core and back: the
// enterprise's conversation (from the activity it sent), and a route's conversation — in Teams, a
// request's follow-ups go into the thread its card started (channel id;messageid=<card id>).
import { type Activity, type ConversationAccount, type ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationAddress, RequestRoute } from '../../handoff/serviceRequest.js';

const TEAMS = 'msteams';

/** The tenant an activity comes from (Teams puts it in channelData; other channels in the conversation). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const data = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? data?.tenant?.id;
}

/** The address of the conversation an activity came from, for replying to it later. */
export function addressOf(activity: Activity): ConversationAddress {
  const ref = TurnContext.getConversationReference(activity);
  const conversation = ref.conversation!;
  const tenantId = tenantOf(activity);
  return {
    channelId: ref.channelId!,
    serviceUrl: ref.serviceUrl!,
    conversation: {
      id: conversation.id,
      ...(tenantId ? { tenantId } : {}),
      ...(conversation.conversationType ? { conversationType: conversation.conversationType } : {}),
      ...(conversation.isGroup !== undefined ? { isGroup: conversation.isGroup } : {}),
    },
    ...(ref.bot ? { bot: { id: ref.bot.id, ...(ref.bot.name ? { name: ref.bot.name } : {}) } } : {}),
    ...(ref.user ? { user: { id: ref.user.id, ...(ref.user.name ? { name: ref.user.name } : {}) } } : {}),
    ...(ref.locale ? { locale: ref.locale } : {}),
  };
}

/** The bot as it speaks in a route's conversation (Teams names bots 28:<app id>). */
export function botAccount(channelId: string, botAppId: string, name: string): { id: string; name: string } {
  if (!botAppId) return { id: 'yiqi', name };
  return { id: channelId === TEAMS ? `28:${botAppId}` : botAppId, name };
}

/** Where a request's posts go: its route's conversation, in Teams the thread of its card once posted. */
export function routeAddress(route: RequestRoute, bot: { id: string; name: string }): ConversationAddress {
  const thread = route.channelId === TEAMS && route.postedActivityId;
  return {
    channelId: route.channelId,
    serviceUrl: route.serviceUrl,
    conversation: {
      id: thread ? `${route.conversationId};messageid=${route.postedActivityId}` : route.conversationId,
      isGroup: true,
      ...(route.tenantId ? { tenantId: route.tenantId } : {}),
    },
    bot,
  };
}

export function toReference(address: ConversationAddress): Partial<ConversationReference> {
  return {
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    conversation: address.conversation as ConversationAccount,
    ...(address.bot ? { bot: { id: address.bot.id, name: address.bot.name ?? '' } } : {}),
    ...(address.user ? { user: { id: address.user.id, name: address.user.name ?? '' } } : {}),
    ...(address.locale ? { locale: address.locale } : {}),
  };
}
