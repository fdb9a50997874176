// 「删除我的数据」: asks to confirm (是/否), then asks every holder of personal data to forget the user
// (enterprise profiles, share links, service requests …), deletes the rest of the user's state and
// this conversation's last check-up, and says what was deleted, item by item.
import { ActivityTypes, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { actionSet, card, submit, text } from '../src/bot/cards/adaptiveCard.js';
import { supportsCards } from '../src/bot/renderAnswer.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { parseYesNo } from '../src/eligibility/parseAnswer.js';
import { profileTexts } from '../src/profiles/texts.js';
import { FORGET_DATA_DIALOG } from './dialogIds.js';
import {
  ComponentDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from './dialogsLib.js';
import type { EnterpriseProfileState } from './EnterpriseProfileState.js';

const STEPS = 'forgetSteps';
const CONFIRM_PROMPT = 'forgetConfirm';
const MAX_ATTEMPTS = 3;

export class ForgetDataDialog extends ComponentDialog {
  constructor(
    private readonly services: TurnServices,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
    private readonly profiles: EnterpriseProfileState,
    /** Deletes the rest of the user's state and this turn's copy of it (UserState.delete). */
    private readonly deleteUserState: (context: TurnContext) => Promise<void>,
  ) {
    super(FORGET_DATA_DIALOG);
    this.addDialog(new TextPrompt(CONFIRM_PROMPT, this.validate.bind(this)));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.deleteStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = profileTexts.privacy;
    const prompt = supportsCards(step.context.activity.channelId)
      ? {
          type: ActivityTypes.Message,
          attachments: [
            card([
              text(t.confirm, { weight: 'Bolder' }),
              actionSet([
                submit(t.confirmYes, {
                  action: 'answer',
                  text: this.services.kb.eligibilityTexts.answer.yes,
                }),
                submit(t.confirmNo, { action: 'answer', text: this.services.kb.eligibilityTexts.answer.no }),
              ]),
            ]),
          ],
        }
      : { type: ActivityTypes.Message, text: t.confirm };
    return step.prompt(CONFIRM_PROMPT, { prompt });
  }

  /** 是/否 in any form; 取消 is 否; after three unreadable answers nothing is deleted. */
  private async validate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const answer = (prompt.recognized.value ?? '').trim();
    if (this.isCancel(answer) || parseYesNo(answer) !== undefined) return true;
    if (prompt.attemptCount >= MAX_ATTEMPTS) return true;
    await prompt.context.sendActivity(profileTexts.privacy.retry);
    return false;
  }

  private isCancel(answer: string): boolean {
    return this.services.responder.intentOf(answer).type === 'cancel';
  }

  private async deleteStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = profileTexts.privacy;
    const context = step.context;
    const answer = String(step.result ?? '').trim();
    if (this.isCancel(answer) || parseYesNo(answer) !== true) {
      await context.sendActivity(t.cancelled);
      return step.endDialog();
    }
    const { personalData, logger } = this.services;
    const userId = context.activity.from?.id ?? '';
    const channelId = context.activity.channelId ?? '';
    const result = await personalData.forgetUser(userId, channelId);
    const deleted = [...result.deleted];

    const data = await this.conversationData.get(context, {});
    if (data.lastCheckupAnswers) deleted.push(t.checkupItem);
    delete data.lastCheckupAnswers;
    if (data.lastResult) deleted.push(t.resultItem);
    delete data.lastResult;
    delete data.lastCheckupProfileKey;
    delete data.lastCheckupBasis;
    delete data.lastCheckupShare;
    await this.conversationData.set(context, data);
    await this.deleteUserState(context);
    this.profiles.forgetTurn(context);

    logger.info('personal data deleted', { items: deleted.length, failed: result.failed });
    const lines = deleted.length > 0 ? [t.deletedHeading, ...deleted.map((d) => `· ${d}`)] : [t.nothing];
    if (result.failed.length > 0) lines.push(t.partial);
    await context.sendActivity({ type: ActivityTypes.Message, text: lines.join('\n'), textFormat: 'plain' });
    return step.endDialog();
  }
}
