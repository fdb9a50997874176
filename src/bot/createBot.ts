// Builds the bot itself — state, dialogs, activity handler — from its services and a storage, so
// the HTTP server and `yiqi chat` run exactly the same bot. State is written with the eTag it was
// read with (a lost race fails instead of overwriting); the enterprise profiles kept in user state —
// its only personal data — are registered as personal data here, where that state is made. An
// extension (service requests) may add flows and see each message before the dialogs.
import type { StatePropertyAccessor, Storage, TurnContext } from 'botbuilder';
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
import { OptimisticConversationState, OptimisticUserState } from '../state/optimisticState.js';
import type { ConversationData, TurnServices } from './turnServices.js';
import { YiqiBot, type YiqiBotOptions } from './YiqiBot.js';

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

export interface CreateBotOptions extends Pick<YiqiBotOptions, 'rememberActivityIds' | 'measureSearch'> {
  /** Adds flows and a look at each message before the dialogs (service requests). */
  extend?: (parts: BotParts) => BotExtension;
}

export function createBot(services: TurnServices, storage: Storage, options: CreateBotOptions = {}): YiqiBot {
  const conversationState = new OptimisticConversationState(storage);
  const userState = new OptimisticUserState(storage);
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const profile = userState.createProperty<Profile>(PROFILE_PROPERTY);
  const profiles = new EnterpriseProfileState(profile, services);
  // The profiles live in this user state: forgetting a user removes them from this storage.
  services.personalData.register(new EnterpriseProfileHolder(storage, profileTexts, services.retentionDays));
  const extension = options.extend?.({ services, conversationData, profile }) ?? {};
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
  return new YiqiBot(services, conversationState, userState, dialog, conversationData, {
    ...(options.rememberActivityIds !== undefined
      ? { rememberActivityIds: options.rememberActivityIds }
      : {}),
    ...(extension.beforeDialogs ? { beforeDialogs: extension.beforeDialogs } : {}),
    ...(options.measureSearch ? { measureSearch: options.measureSearch } : {}),
  });
}
