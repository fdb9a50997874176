// The base of every multi-turn flow: before the flow sees a message, it handles 取消/退出,
// 重新开始, 帮助, a wish for a person (转人工: the flow ends and the reply says where people help), a
// term to explain (什么是四上), and a new question about the measures — answered at once, then the
// pending question is asked again, so nothing given so far is lost. Commands about the
// enterprise and the user's data (切换到…, 列出企业, 删除我的数据 …) go to EnterpriseCommands first.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { turnKb } from '../src/bot/turnLanguage.js';
import type { Response } from '../src/conversation/respond.js';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
import { ComponentDialog, type DialogContext, type DialogTurnResult, Dialog } from './dialogsLib.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import type { EnterpriseCommands } from './EnterpriseCommands.js';
import { composePersonAnswer } from '../src/answers/composeAnswer.js';
import { replyWithAnswer } from './replyWithAnswer.js';

export abstract class CancelAndHelpDialog extends ComponentDialog {
  /** Set by flows that keep enterprise data: their commands interrupt before anything else. */
  protected commands?: EnterpriseCommands;

  constructor(
    id: string,
    protected readonly services: TurnServices,
    protected readonly conversationData: StatePropertyAccessor<ConversationData>,
  ) {
    super(id);
  }

  /** The knowledge base in the language of this turn. */
  protected kbOf(context: TurnContext): KnowledgeBase {
    return turnKb(this.services, context);
  }

  /** Whether the message is a valid answer to what the flow is asking now (then it is not an interruption). */
  protected abstract acceptsAsAnswer(dc: DialogContext, text: string): boolean;

  /** The one measure the flow is about, if any: a question asked meanwhile (最多给多少) is about it. */
  protected measureInQuestion(_dc: DialogContext): string | undefined {
    return undefined;
  }

  /**
   * A question asked mid-flow, answered on its own — or, when it asks one aspect (最多给多少, 怎么申请)
   * of the measure the flow is about, about that measure. Anything else (算力是在上海本地租的) is no
   * follow-up: the prompt asks again.
   */
  private answerMeanwhile(dc: DialogContext, text: string, kb: KnowledgeBase): Response {
    const { responder } = this.services;
    const measureId = this.measureInQuestion(dc);
    if (measureId) {
      const about = responder.respond(text, { lang: kb.lang, lastMeasureId: measureId });
      if (
        about.kind === 'answer' &&
        about.answer.type === 'measure' &&
        about.answer.measure.id === measureId &&
        about.answer.focus !== undefined
      )
        return about;
    }
    return responder.respond(text, { lang: kb.lang });
  }

  /** Starts the flow again from the beginning, forgetting its answers. */
  protected abstract restart(dc: DialogContext): Promise<DialogTurnResult>;

  /** What the flow says when cancelled, restarted, asked for help, and when it resumes after an answer. */
  protected flowTexts(kb: KnowledgeBase): {
    cancelled: string;
    restarted: string;
    help: string;
    resume: string;
  } {
    const r = kb.replies.eligibility;
    return { cancelled: r.cancelled, restarted: r.restarted, help: r.help, resume: r.resume };
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = innerDc.context.activity.text?.trim() ?? '';
    if (!text || this.acceptsAsAnswer(innerDc, text)) return undefined;
    const command = await this.commands?.interrupt(innerDc, text);
    if (command) return command;
    const { responder } = this.services;
    const kb = this.kbOf(innerDc.context);
    const r = this.flowTexts(kb);
    const intent = responder.intentOf(text);
    switch (intent.type) {
      case 'cancel':
        await innerDc.context.sendActivity(r.cancelled);
        return innerDc.cancelAllDialogs(true);
      case 'restart':
        await innerDc.context.sendActivity(r.restarted);
        return this.restart(innerDc);
      case 'person':
        // “答不上来，帮我转人工”: the flow ends and the person answer says where people help. A softer
        // word alone (电话) may be part of an answer: the prompt asks again.
        if (intent.soft) return undefined;
        await replyWithAnswer(
          innerDc.context,
          this.services,
          this.conversationData,
          composePersonAnswer(kb, 'asked'),
        );
        return innerDc.cancelAllDialogs(true);
      case 'smalltalk':
        if (intent.kind !== 'help') return undefined;
        await innerDc.context.sendActivity(r.help);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'glossary':
      case 'question': {
        const response = this.answerMeanwhile(innerDc, text, kb);
        if (
          response.kind !== 'answer' ||
          response.answer.type === 'declined' ||
          response.answer.type === 'partial' ||
          response.answer.type === 'smalltalk'
        ) {
          return undefined; // not a question we can answer: let the prompt ask again
        }
        await replyWithAnswer(
          innerDc.context,
          this.services,
          this.conversationData,
          response.answer,
          response.search,
        );
        await innerDc.context.sendActivity(r.resume);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      default:
        return undefined;
    }
  }
}
