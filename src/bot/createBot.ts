// Builds the bot itself — state, dialogs, activity handler — from its services and a storage, so
// the HTTP server and `yiqi chat` run exactly the same bot.
import { ConversationState, type Storage, UserState } from 'botbuilder';
import { CheckupDialog } from '../../dialogs/CheckupDialog.js';
import { EligibilityDialog } from '../../dialogs/EligibilityDialog.js';
import { MainDialog } from '../../dialogs/MainDialog.js';
import type { Profile } from '../../dialogs/QuestionLoopDialog.js';
import type { MeasureSearchExtension } from './measureSearchExtension.js';
import type { ConversationData, TurnServices } from './turnServices.js';
import { YiqiBot } from './YiqiBot.js';

export interface BotOptions {
  /** Answers Teams' compose-box search (composeExtension/query); without it such invokes get 400. */
  measureSearch?: MeasureSearchExtension;
}

export function createBot(services: TurnServices, storage: Storage, options: BotOptions = {}): YiqiBot {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const profile = userState.createProperty<Profile>('profile');
  const dialog = new MainDialog(services, conversationData, [
    new EligibilityDialog(services, conversationData, profile),
    new CheckupDialog(services, conversationData, profile),
  ]);
  return new YiqiBot(services, conversationState, userState, dialog, conversationData, options.measureSearch);
}
