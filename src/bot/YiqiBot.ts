// The Bot Framework activity handler: Teams-aware (in group chats and channels it answers only when
// @mentioned, and reads the message without the mention), welcomes new members, turns card buttons
// into input, runs the dialogs and saves state after every turn (not after a turn that ran past its
// budget). A channel's deleteUserData activity deletes that user's personal data. Teams' compose-box
// search (composeExtension/query) is answered by the measure search extension when one is given.
import {
  ActivityTypes,
  type BotState,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/MainDialog.js';
import { parseCardAction } from './cardAction.js';
import { messageLanguage } from '../conversation/messageLanguage.js';
import { localeLanguage, setTurnLanguage } from './turnLanguage.js';
import { turnExpired } from './turnGate.js';
import {
  BadInvokeError,
  type MeasureSearchExtension,
  parseMeasureSearchQuery,
} from './measureSearchExtension.js';
import type { ConversationData, TurnServices } from './turnServices.js';

/** Message ids remembered per conversation in its state. */
const REMEMBERED_ACTIVITY_IDS = 20;

export interface YiqiBotOptions {
  /**
   * Remember the latest message ids in conversation state and skip a message already taken on —
   * for several instances sharing storage (within one instance TurnGate already does this).
   */
  rememberActivityIds?: boolean;
  /** Sees each message before the dialogs (service requests); true when it handled it. */
  beforeDialogs?: (context: TurnContext) => Promise<boolean>;
  /** Answers Teams' compose-box search (composeExtension/query); without it such invokes get 400. */
  measureSearch?: MeasureSearchExtension;
}

export class YiqiBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly services: TurnServices,
    private readonly conversationState: BotState,
    private readonly userState: BotState,
    private readonly dialog: MainDialog,
    readonly conversationData: StatePropertyAccessor<ConversationData>,
    private readonly options: YiqiBotOptions = {},
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      const data = await this.conversationData.get(context, {});
      if (people.length > 0 && !data.welcomed) {
        data.welcomed = true;
        await this.conversationData.set(context, data);
        await this.dialog.sendWelcome(context);
      }
      await next();
    });

    this.onUnrecognizedActivityType(async (context, next) => {
      if (context.activity.type === 'deleteUserData') await this.deleteUserData(context);
      await next();
    });
  }

  /**
   * The channel asks to delete the user's data: every registered holder forgets the user (user state
   * among them), and this conversation's state goes too.
   */
  private async deleteUserData(context: TurnContext): Promise<void> {
    const { from, channelId, conversation } = context.activity;
    const result = await this.services.personalData.forgetUser(from.id, channelId);
    await this.conversationState.delete(context);
    await this.userState.delete(context);
    this.services.logger.info('deleteUserData: personal data deleted', {
      conversationId: conversation?.id,
      channelId,
      deleted: result.deleted.length,
      failed: result.failed,
    });
  }

  /** An invoke the bot has no handler for is a client error (400), not a server one (the SDK's 501). */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    let response: InvokeResponse;
    try {
      response = await super.onInvokeActivity(context);
    } catch (err) {
      if (err instanceof BadInvokeError) return { status: 400, body: { error: err.message } };
      throw err;
    }
    if (response.status !== 501) return response;
    return { status: 400, body: { error: `unsupported invoke "${context.activity.name ?? ''}"` } };
  }

  /** Teams' compose box: the measures for what was typed, as previews with their cards. */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    if (!this.options.measureSearch) throw new Error('NotImplemented');
    const parsed = parseMeasureSearchQuery(query);
    const response = this.options.measureSearch.respond(parsed);
    this.services.logger.info('compose search', {
      conversationId: context.activity.conversation?.id,
      text: this.services.logger.text(parsed.text),
      results: response.composeExtension?.attachments?.length ?? 0,
    });
    return response;
  }

  override async run(context: TurnContext): Promise<void> {
    if (this.options.rememberActivityIds && !(await this.firstDelivery(context))) return;
    // A message goes straight to its handler. ActivityHandler's event emission (run → onTurnActivity
    // → handle('Turn') → onMessageActivity → handle('Message')) would end in the same call — this bot
    // registers no other turn or message handler — after a dozen promise hops that were a tenth of a
    // question's cost. Every other activity type takes the SDK's route.
    if (context.activity?.type === ActivityTypes.Message) await this.handleMessage(context);
    else await super.run(context);
    // Past its budget the turn has failed already: its state must not land after the fact.
    if (turnExpired(context)) return;
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /** Whether this message is new to the conversation (its id is then remembered with the state). */
  private async firstDelivery(context: TurnContext): Promise<boolean> {
    const { id, type } = context.activity;
    if (!id || type !== 'message') return true;
    const data = await this.conversationData.get(context, {});
    const seen = data.recentActivityIds ?? [];
    if (seen.includes(id)) {
      this.services.logger.info('message already taken on (conversation state), skipped', {
        conversationId: context.activity.conversation?.id,
        activityId: id,
      });
      return false;
    }
    data.recentActivityIds = [...seen.slice(1 - REMEMBERED_ACTIVITY_IDS), id];
    await this.conversationData.set(context, data);
    return true;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const { logger, kb } = this.services;
    const conversationType = activity.conversation?.conversationType;
    const action = parseCardAction(activity.value);
    if (conversationType === 'groupChat' || conversationType === 'channel') {
      const mentioned = TurnContext.getMentions(activity).some(
        (m) => m.mentioned?.id === activity.recipient?.id,
      );
      if (!mentioned && !action) return;
      TurnContext.removeRecipientMention(activity);
    }
    // A button's text stands for what the user would have typed.
    if (!activity.text?.trim() && action && 'text' in action && action.text) activity.text = action.text;
    activity.text = activity.text?.trim();
    if (!activity.text && !action) {
      const attachmentsOnly = (activity.attachments?.length ?? 0) > 0;
      await context.sendActivity(
        attachmentsOnly ? kb.replies.errors.attachmentOnly : kb.replies.declined.empty,
      );
      return;
    }
    // The reply's language: the message's own, else the conversation's (a button keeps it).
    const data = await this.conversationData.get(context, {});
    const lang =
      (action ? undefined : messageLanguage(activity.text ?? '')) ??
      data.lang ??
      localeLanguage(activity.locale);
    if (data.lang !== lang) {
      data.lang = lang;
      await this.conversationData.set(context, data);
    }
    setTurnLanguage(context, lang);
    logger.info('message', {
      conversationId: activity.conversation?.id,
      channelId: activity.channelId,
      action: action?.action,
      text: logger.text(activity.text),
    });
    if (await this.options.beforeDialogs?.(context)) return;
    await this.dialog.run(context, this.dialogState);
  }
}
