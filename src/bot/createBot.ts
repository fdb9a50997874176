// Builds the bot itself — state, dialogs, activity handler — from its services and a storage, so
// the HTTP server and `yiqi chat` run exactly the same bot. An extension (service requests) may add
// flows and see each message before the dialogs.
import {
  ConversationState,
  type StatePropertyAccessor,
  type Storage,
  type TurnContext,
  UserState,
} from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { CheckupDialog } from '../../dialogs/CheckupDialog.js';
import { EligibilityDialog } from '../../dialogs/EligibilityDialog.js';
import { MainDialog } from '../../dialogs/MainDialog.js';
import type { Profile } from '../../dialogs/QuestionLoopDialog.js';
import type { ConversationData, TurnServices } from './turnServices.js';
import { YiqiBot } from './YiqiBot.js';

/** What an extension is given: the bot's services and its state accessors. */
export interface BotParts {
  services: TurnServices;
  conversationData: StatePropertyAccessor<ConversationData>;
  profile: StatePropertyAccessor<Profile>;
}

export interface BotExtension {
  flows?: Dialog[];
  /** Sees every message before the dialogs; true when it handled the message (no dialog runs). */
  beforeDialogs?: (context: TurnContext) => Promise<boolean>;
}

export function createBot(
  services: TurnServices,
  storage: Storage,
  extend?: (parts: BotParts) => BotExtension,
): YiqiBot {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const profile = userState.createProperty<Profile>('profile');
  const extension = extend?.({ services, conversationData, profile }) ?? {};
  const dialog = new MainDialog(services, conversationData, [
    new EligibilityDialog(services, conversationData, profile),
    new CheckupDialog(services, conversationData, profile),
    ...(extension.flows ?? []),
  ]);
  return new YiqiBot(
    services,
    conversationState,
    userState,
    dialog,
    conversationData,
    extension.beforeDialogs,
  );
}
