// The Bot Framework activity handler: Teams-aware (in group chats and channels it answers only when
// @mentioned, and reads the message without the mention), welcomes new members, turns card buttons
// into input, runs the dialogs and saves state after every turn. Teams' compose-box search
// (composeExtension/query) is answered by the measure search extension when one is given.
import {
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
import {
  BadInvokeError,
  type MeasureSearchExtension,
  parseMeasureSearchQuery,
} from './measureSearchExtension.js';
import type { ConversationData, TurnServices } from './turnServices.js';

export class YiqiBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly services: TurnServices,
    private readonly conversationState: BotState,
    private readonly userState: BotState,
    private readonly dialog: MainDialog,
    readonly conversationData: StatePropertyAccessor<ConversationData>,
    private readonly measureSearch?: MeasureSearchExtension,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

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
    if (!this.measureSearch) throw new Error('NotImplemented');
    const parsed = parseMeasureSearchQuery(query);
    const response = this.measureSearch.respond(parsed);
    this.services.logger.info('compose search', {
      conversationId: context.activity.conversation?.id,
      text: this.services.logger.text(parsed.text),
      results: response.composeExtension?.attachments?.length ?? 0,
    });
    return response;
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
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
    logger.info('message', {
      conversationId: activity.conversation?.id,
      channelId: activity.channelId,
      action: action?.action,
      text: logger.text(activity.text),
    });
    await this.dialog.run(context, this.dialogState);
  }
}
