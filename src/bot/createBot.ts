// Builds the bot itself — state, dialogs, activity handler — from its services and a storage, so
// the HTTP server and `yiqi chat` run exactly the same bot. State is written with the eTag it was
// read with (a lost race fails instead of overwriting), and user state is registered as personal data.
import type { Storage } from 'botbuilder';
import { CheckupDialog } from '../../dialogs/CheckupDialog.js';
import { EligibilityDialog } from '../../dialogs/EligibilityDialog.js';
import { MainDialog } from '../../dialogs/MainDialog.js';
import type { Profile } from '../../dialogs/QuestionLoopDialog.js';
import { OptimisticConversationState, OptimisticUserState } from '../state/optimisticState.js';
import { userStateHolder } from '../state/userStateHolder.js';
import type { ConversationData, TurnServices } from './turnServices.js';
import { YiqiBot, type YiqiBotOptions } from './YiqiBot.js';

export function createBot(services: TurnServices, storage: Storage, options: YiqiBotOptions = {}): YiqiBot {
  const conversationState = new OptimisticConversationState(storage);
  const userState = new OptimisticUserState(storage);
  services.personalData.register(
    userStateHolder(userState, storage, services.kb.replies.personalData.userState),
  );
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const profile = userState.createProperty<Profile>('profile');
  const dialog = new MainDialog(services, conversationData, [
    new EligibilityDialog(services, conversationData, profile),
    new CheckupDialog(services, conversationData, profile),
  ]);
  return new YiqiBot(services, conversationState, userState, dialog, conversationData, options);
}
