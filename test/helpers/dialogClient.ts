// A botbuilder-testing DialogTestClient around one of our flows, with real state in MemoryStorage
// (or a storage the test passes), a fixed date and an in-memory maintainers' log.
import {
  AutoSaveStateMiddleware,
  ConversationState,
  MemoryStorage,
  type Storage,
  UserState,
} from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { createServices } from '../../src/bot/createServices.js';
import type { ConversationData, TurnServices } from '../../src/bot/turnServices.js';
import { MemoryMaintainerLog } from '../../src/feedback/maintainerLog.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Profile } from '../../dialogs/QuestionLoopDialog.js';
import { replyText, TODAY } from './botServer.js';
import { knowledge } from './knowledge.js';

type DialogFactory = (
  services: TurnServices,
  conversationData: ReturnType<ConversationState['createProperty']>,
  profile: ReturnType<UserState['createProperty']>,
) => Dialog;

export interface FlowClient {
  client: DialogTestClient;
  /** Sends each input and returns every reply text (cards flattened), in order. */
  say(...inputs: string[]): Promise<string[]>;
  services: TurnServices;
}

export function flowClient(
  make: DialogFactory,
  options: unknown,
  storage: Storage = new MemoryStorage(),
): FlowClient {
  const services = createServices(knowledge(), () => TODAY, new MemoryMaintainerLog(), silentLogger);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const profile = userState.createProperty<Profile>('profile');
  const dialog = make(services, conversationData, profile);
  const client = new DialogTestClient(
    'test',
    dialog,
    options,
    [new AutoSaveStateMiddleware(conversationState, userState)],
    conversationState,
  );
  return {
    client,
    services,
    async say(...inputs) {
      const out: string[] = [];
      for (const input of inputs) {
        let reply = await client.sendActivity(input);
        while (reply) {
          out.push(replyText(reply));
          reply = client.getNextReply();
        }
      }
      return out;
    },
  };
}
