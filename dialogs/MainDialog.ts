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
import { composeAnswer, composeMeasureAnswer } from '../src/answers/composeAnswer.js';
import { parseCardAction } from '../src/bot/cardAction.js';
import { runCheckup, servicePackageText } from '../src/eligibility/checkup.js';
import { welcomeCard, welcomeText } from '../src/bot/cards/welcomeCard.js';
import { supportsCards } from '../src/bot/renderAnswer.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { CHECKUP_DIALOG, ELIGIBILITY_DIALOG, MAIN_DIALOG } from './dialogIds.js';
import { replyWithAnswer } from './replyWithAnswer.js';

const FLOW = 'mainFlow';

export interface EligibilityOptions {
  measureId: string;
}

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly services: TurnServices,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
    flows: readonly Dialog[] = [],
  ) {
    super(MAIN_DIALOG);
    for (const flow of flows) this.addDialog(flow);
    this.addDialog(new WaterfallDialog(FLOW, [this.routeStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /** Runs the dialog stack for one turn (the pattern of the BotBuilder samples' DialogHelper). */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  async sendWelcome(context: TurnContext): Promise<void> {
    const kb = this.services.kb;
    await context.sendActivity(
      supportsCards(context.activity.channelId)
        ? { type: ActivityTypes.Message, attachments: [welcomeCard(kb)] }
        : { type: ActivityTypes.Message, text: welcomeText(kb) },
    );
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { kb, responder, today, maintainerLog } = this.services;
    const context = step.context;
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
          return step.endDialog();
        }
        case 'area':
          await reply(
            composeAnswer(
              kb,
              { answered: true, kind: 'area', area: action.id, matches: [], confidence: 1 },
              today(),
            ),
          );
          return step.endDialog();
        case 'overview':
          await reply(
            composeAnswer(kb, { answered: true, kind: 'overview', matches: [], confidence: 1 }, today()),
          );
          return step.endDialog();
        case 'checkup':
          return this.startFlow(step, CHECKUP_DIALOG);
        case 'eligibility':
          return this.startFlow(step, ELIGIBILITY_DIALOG, { measureId: action.id });
        case 'feedback':
          await maintainerLog.record({ type: 'feedback', measureId: action.id, useful: action.useful });
          await context.sendActivity(
            action.useful ? kb.replies.feedback.useful : kb.replies.feedback.notUseful,
          );
          return step.endDialog();
        case 'servicePackageText': {
          const answers = (await this.conversationData.get(context, {})).lastCheckupAnswers;
          const measures = kb.measures.filter((m) => m.eligibility);
          await context.sendActivity(
            answers
              ? {
                  type: ActivityTypes.Message,
                  text: servicePackageText(runCheckup(measures, answers, today()), kb, today()),
                  textFormat: 'plain',
                }
              : kb.replies.eligibility.noCheckup,
          );
          return step.endDialog();
        }
        case 'answer':
          break; // an answer button pressed with no question pending: read its text as a message
      }
    }

    const text = context.activity.text ?? (action && 'text' in action ? action.text : undefined) ?? '';
    const data = await this.conversationData.get(context, {});
    const response = responder.respond(text, { lastMeasureId: data.lastMeasureId });
    switch (response.kind) {
      case 'answer':
        await reply(response.answer, response.search);
        return step.endDialog();
      case 'start-checkup':
        return this.startFlow(step, CHECKUP_DIALOG);
      case 'start-eligibility':
        return this.startFlow(step, ELIGIBILITY_DIALOG, { measureId: response.measureId });
      case 'cancel':
      case 'restart':
        // Nothing in progress: show what the bot can do.
        await this.sendWelcome(context);
        return step.endDialog();
    }
  }

  private async startFlow(
    step: WaterfallStepContext,
    id: string,
    options?: object,
  ): Promise<DialogTurnResult> {
    if (this.findDialog(id)) return step.replaceDialog(id, options);
    // The flow is not registered (a bot built without it): answer what can be answered.
    const measureId = (options as EligibilityOptions | undefined)?.measureId;
    const measure = measureId ? this.services.kb.measureById.get(measureId) : undefined;
    if (measure) {
      await replyWithAnswer(
        step.context,
        this.services,
        this.conversationData,
        composeMeasureAnswer(this.services.kb, measure, this.services.today(), 'conditions'),
      );
    } else {
      await this.sendWelcome(step.context);
    }
    return step.endDialog();
  }
}
