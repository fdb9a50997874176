// Builds the bot itself — state, dialogs, activity handler — from its services and a storage, so
// the HTTP server and `yiqi chat` run exactly the same bot.
import { ConversationState, type Storage, UserState } from 'botbuilder';
import { CheckupDialog } from '../../dialogs/CheckupDialog.js';
import { EligibilityDialog } from '../../dialogs/EligibilityDialog.js';
import { MainDialog } from '../../dialogs/MainDialog.js';
import type { Profile } from '../../dialogs/QuestionLoopDialog.js';
import { traceDialog } from '../telemetry/tracedDialog.js';
import type { ConversationData, TurnServices } from './turnServices.js';
import { YiqiBot } from './YiqiBot.js';

export function createBot(services: TurnServices, storage: Storage): YiqiBot {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const profile = userState.createProperty<Profile>('profile');
  const dialog = traceDialog(
    new MainDialog(services, conversationData, [
      new EligibilityDialog(services, conversationData, profile),
      new CheckupDialog(services, conversationData, profile),
    ]),
  );
  return new YiqiBot(services, conversationState, userState, dialog, conversationData);
}
