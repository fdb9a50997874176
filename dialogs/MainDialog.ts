// The root flow of every turn: reads the message (or the card button pressed), and either answers
// at once or starts the eligibility check or the check-up. One answer per message.
import { ActivityTypes, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type Dialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
  type DialogTurnResult,
} from './dialogsLib.js';
import { composeAnswer, composeMeasureAnswer, composePersonAnswer } from '../src/answers/composeAnswer.js';
import { parseCardAction } from '../src/bot/cardAction.js';
import { turnKb } from '../src/bot/turnLanguage.js';
import type { Answers } from '../src/eligibility/parseAnswer.js';
import { welcomeCard, welcomeText } from '../src/bot/cards/welcomeCard.js';
import { supportsCards } from '../src/bot/renderAnswer.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { CHECKUP_DIALOG, ELIGIBILITY_DIALOG, HANDOFF_DIALOG, MAIN_DIALOG, MAIN_FLOW } from './dialogIds.js';
import type { EnterpriseCommands } from './EnterpriseCommands.js';
import { replyWithAnswer } from './replyWithAnswer.js';
import { MAX_QUERY_CHARS } from '../src/search/normalizeQuery.js';
import { sendResult } from './sendResult.js';
import { lastServicePackageText } from './servicePackageShare.js';

/** The user's messages kept for the next ones to point back at (这样能申请吗). */
const RECENT_TEXTS = 2;

const FLOW = MAIN_FLOW;

export interface EligibilityOptions {
  measureId: string;
  /** Answers the user stated in the question itself: not asked again. */
  facts?: Answers;
}

/** A flow to start, with its options. */
interface FlowStart {
  flow: string;
  options?: object;
}

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly services: TurnServices,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
    flows: readonly Dialog[] = [],
    /** Commands about the enterprise profiles and the user's data, read before anything else. */
    private readonly commands?: EnterpriseCommands,
  ) {
    super(MAIN_DIALOG);
    for (const flow of flows) this.addDialog(flow);
    this.addDialog(new WaterfallDialog(FLOW, [this.routeStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /**
   * Runs one turn. A message that needs no flow (most of them: a question, a button) is answered
   * without building a dialog context at all — the dialog machinery is a large share of a turn's
   * cost; otherwise the dialog stack runs as in the BotBuilder samples' DialogHelper.
   */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const state = await accessor.get(context, { dialogStack: [] });
    let start: FlowStart | undefined;
    if (state.dialogStack.length === 0) {
      start = await this.route(context);
      if (!start) return;
    }
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    if (start) {
      await dc.beginDialog(this.id, start);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  async sendWelcome(context: TurnContext): Promise<void> {
    const kb = turnKb(this.services, context);
    await context.sendActivity(
      supportsCards(context.activity.channelId)
        ? { type: ActivityTypes.Message, attachments: [welcomeCard(kb)] }
        : { type: ActivityTypes.Message, text: welcomeText(kb) },
    );
  }

  /** Starts the flow `run` chose, or routes the message when the stack was not empty before. */
  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const start = (step.options as FlowStart | undefined)?.flow
      ? (step.options as FlowStart)
      : await this.route(step.context);
    return start ? step.replaceDialog(start.flow, start.options) : step.endDialog();
  }

  /**
   * Reads the message (or the card button pressed) and answers it, or says which flow must start.
   * One answer per message.
   */
  private async route(context: TurnContext): Promise<FlowStart | undefined> {
    const { responder, today, maintainerLog } = this.services;
    const kb = turnKb(this.services, context);
    const reply = (
      answer: Parameters<typeof replyWithAnswer>[3],
      search?: Parameters<typeof replyWithAnswer>[4],
    ) => replyWithAnswer(context, this.services, this.conversationData, answer, search);

    const action = parseCardAction(context.activity.value);
    if (action) {
      switch (action.action) {
        case 'measure': {
          const measure = kb.measureById.get(action.id);
          if (measure) await reply(composeMeasureAnswer(kb, measure, today()));
          return undefined;
        }
        case 'area':
          await reply(
            composeAnswer(
              kb,
              { answered: true, kind: 'area', area: action.id, matches: [], confidence: 1 },
              today(),
            ),
          );
          return undefined;
        case 'overview':
          await reply(
            composeAnswer(kb, { answered: true, kind: 'overview', matches: [], confidence: 1 }, today()),
          );
          return undefined;
        case 'checkup':
          return this.startFlow(context, CHECKUP_DIALOG);
        case 'eligibility':
          return this.startFlow(context, ELIGIBILITY_DIALOG, { measureId: action.id });
        case 'feedback':
          await maintainerLog.record({ type: 'feedback', measureId: action.id, useful: action.useful });
          await context.sendActivity(
            action.useful ? kb.replies.feedback.useful : kb.replies.feedback.notUseful,
          );
          return undefined;
        case 'servicePackageText':
          await context.sendActivity(
            lastServicePackageText(this.services, await this.conversationData.get(context, {}), kb),
          );
          return undefined;
        case 'revokeShare':
          await this.commands?.revokeFromCard(context, action.token);
          return undefined;
        case 'handoff':
          return this.handoff(context, 'declines');
        case 'answer':
          break; // an answer button pressed with no question pending: read its text as a message
      }
    }

    let text = context.activity.text ?? (action && 'text' in action ? action.text : undefined) ?? '';
    const command = await this.commands?.handle(context, text);
    if (command?.kind === 'done') return undefined;
    if (command?.kind === 'start') return this.startFlow(context, command.flow, command.options);
    if (command?.kind === 'continue') text = command.text;
    const data = await this.conversationData.get(context, {});
    const response = responder.respond(text, {
      lastMeasureId: data.lastMeasureId,
      lastList: data.lastList,
      declinesInARow: data.declinesInARow,
      lang: kb.lang,
      ...(data.lastResult ? { lastResultMeasureId: data.lastResult.measureId } : {}),
      hadCheckup: data.lastCheckupAnswers !== undefined,
      ...(data.recentTexts?.length ? { earlierText: data.recentTexts.join('\n') } : {}),
    });
    // 这样能申请吗 next asks about what this message tells: the last two are kept, as the conversation's state.
    data.recentTexts = [...(data.recentTexts ?? []), text.slice(0, MAX_QUERY_CHARS)].slice(-RECENT_TEXTS);
    switch (response.kind) {
      case 'answer':
        await reply(response.answer, response.search);
        return undefined;
      case 'handoff':
        // The question asked beside the ask for a person is answered first; then the person.
        if (response.also) await reply(response.also);
        return this.handoff(context, response.reason, response.asksNumber);
      case 'start-checkup':
        return this.startFlow(context, CHECKUP_DIALOG);
      case 'start-eligibility':
        return this.startFlow(context, ELIGIBILITY_DIALOG, {
          measureId: response.measureId,
          ...(response.facts ? { facts: response.facts } : {}),
        });
      case 'explain-result': {
        const answers = response.from === 'eligibility' ? data.lastResult?.answers : data.lastCheckupAnswers;
        await this.explainResult(context, response.measureId, answers ?? {});
        return undefined;
      }
      case 'cancel':
      case 'restart':
        // Nothing in progress: show what the bot can do.
        await this.sendWelcome(context);
        return undefined;
    }
  }

  /**
   * “为什么不行”: the measure's result again from the answers it was worked out with — each unmet
   * condition and what would change the outcome.
   */
  private async explainResult(context: TurnContext, measureId: string, answers: Answers): Promise<void> {
    const kb = turnKb(this.services, context);
    const measure = kb.measureById.get(measureId);
    if (measure) await sendResult(context, this.services, this.conversationData, kb, measure, answers);
  }

  /**
   * The user wants a person: a service request when that flow is registered (handoff routes are
   * configured), otherwise the human channels the source names.
   */
  private async handoff(
    context: TurnContext,
    reason: 'asked' | 'declines',
    asksNumber = false,
  ): Promise<FlowStart | undefined> {
    if (this.findDialog(HANDOFF_DIALOG)) {
      this.services.onReply?.('person');
      return { flow: HANDOFF_DIALOG, options: { reason, ...(asksNumber ? { asksNumber } : {}) } };
    }
    await replyWithAnswer(
      context,
      this.services,
      this.conversationData,
      composePersonAnswer(turnKb(this.services, context), reason, asksNumber),
    );
    return undefined;
  }

  private async startFlow(
    context: TurnContext,
    flow: string,
    options?: object,
  ): Promise<FlowStart | undefined> {
    if (this.findDialog(flow)) return { flow, ...(options ? { options } : {}) };
    // The flow is not registered (a bot built without it): answer what can be answered.
    const measureId = (options as EligibilityOptions | undefined)?.measureId;
    const kb = turnKb(this.services, context);
    const measure = measureId ? kb.measureById.get(measureId) : undefined;
    if (measure) {
      await replyWithAnswer(
        context,
        this.services,
        this.conversationData,
        composeMeasureAnswer(kb, measure, this.services.today(), 'conditions'),
      );
    } else {
      await this.sendWelcome(context);
    }
    return undefined;
  }
}
