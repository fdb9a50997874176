// Builds the bot itself — state, dialogs, activity handler — from its services and a storage, so
// the HTTP server and `yiqi chat` run exactly the same bot. The enterprise profiles it keeps in user
// state are registered as personal data here, where that state is made. An extension (service
// requests) may add flows and see each message before the dialogs.
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
import { EnterpriseCommands } from '../../dialogs/EnterpriseCommands.js';
import { EnterpriseProfileState } from '../../dialogs/EnterpriseProfileState.js';
import { ForgetDataDialog } from '../../dialogs/ForgetDataDialog.js';
import { MainDialog } from '../../dialogs/MainDialog.js';
import type { Profile } from '../../dialogs/QuestionLoopDialog.js';
import { traceDialog } from '../telemetry/tracedDialog.js';
import { EnterpriseProfileHolder, PROFILE_PROPERTY } from '../profiles/profileDataHolder.js';
import { profileTexts } from '../profiles/texts.js';
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
  const profile = userState.createProperty<Profile>(PROFILE_PROPERTY);
  const profiles = new EnterpriseProfileState(profile, services);
  // The profiles live in this user state: forgetting a user removes them from this storage.
  services.personalData.register(new EnterpriseProfileHolder(storage, profileTexts, services.retentionDays));
  const extension = extend?.({ services, conversationData, profile }) ?? {};
  const dialog = traceDialog(
    new MainDialog(
      services,
      conversationData,
      [
        new EligibilityDialog(services, conversationData, profile),
        new CheckupDialog(services, conversationData, profile),
        new ForgetDataDialog(services, conversationData, profiles, (context) => userState.delete(context)),
        ...(extension.flows ?? []),
      ],
      new EnterpriseCommands(services, profiles, conversationData),
    ),
  );
  return new YiqiBot(
    services,
    conversationState,
    userState,
    dialog,
    conversationData,
    extension.beforeDialogs,
  );
}
