// Builds the bot itself — state, dialogs, activity handler — from its services and a storage, so
// the HTTP server and `yiqi chat` run exactly the same bot.
import { ConversationState, type Storage, UserState } from 'botbuilder';
import { MainDialog } from '../../dialogs/MainDialog.js';
import type { ConversationData, TurnServices } from './turnServices.js';
import { YiqiBot } from './YiqiBot.js';

export function createBot(services: TurnServices, storage: Storage): YiqiBot {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const dialog = new MainDialog(services, conversationData);
  return new YiqiBot(services, conversationState, userState, dialog, conversationData);
}
