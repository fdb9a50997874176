// Runs a local Direct Line activity as a bot turn through the same adapter as /api/messages. Local
// mode only: the adapter has no credentials there, so an empty Authorization gives anonymous claims.
import type { Activity, TurnContext } from 'botbuilder';
import type { YiqiAdapter } from '../bot/YiqiAdapter.js';
import type { ChannelActivity } from './conversationStore.js';

export function adapterTurnRunner(
  adapter: YiqiAdapter,
  bot: { run(context: TurnContext): Promise<void> },
): (activity: ChannelActivity) => Promise<void> {
  return async (channelActivity) => {
    const activity = channelActivity as unknown as Activity;
    const auth = await adapter.authenticate(activity, '');
    await adapter.processAuthenticated(auth, activity, (context) => bot.run(context));
  };
}
