// Builds the bot itself — state, dialogs, activity handler — from its services and a storage, so
// the HTTP server and `yiqi chat` run exactly the same bot. The enterprise profiles it keeps in user
// state are registered as personal data here, where that state is made.
import { ConversationState, type Storage, UserState } from 'botbuilder';
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

export function createBot(services: TurnServices, storage: Storage): YiqiBot {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const profile = userState.createProperty<Profile>(PROFILE_PROPERTY);
  const profiles = new EnterpriseProfileState(profile, services);
  // The profiles live in this user state: forgetting a user removes them from this storage.
  services.personalData.register(new EnterpriseProfileHolder(storage, profileTexts, services.retentionDays));
  const dialog = traceDialog(
    new MainDialog(
      services,
      conversationData,
      [
        new EligibilityDialog(services, conversationData, profile),
        new CheckupDialog(services, conversationData, profile),
        new ForgetDataDialog(services, conversationData, profiles, (context) => userState.delete(context)),
      ],
      new EnterpriseCommands(services, profiles, conversationData),
    ),
  );
  return new YiqiBot(services, conversationState, userState, dialog, conversationData);
}
