// The policy check-up (政策体检): asks the enterprise profile once — only the questions that can
// change an outcome — evaluates every measure with rules, and answers with the 服务包 (普惠性政策 +
// 个性化政策) as a card; its plain-text version, for copying, is one button away.
import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { servicePackageCard } from '../src/bot/cards/eligibilityCards.js';
import { sendRatingPrompt } from '../src/bot/handoff/ratingCards.js';
import { supportsCards } from '../src/bot/renderAnswer.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { runCheckup, servicePackageText } from '../src/eligibility/checkup.js';
import { chineseDate } from '../src/kb/chineseDate.js';
import type { Measure } from '../src/kb/schema.js';
import { CHECKUP_DIALOG } from './dialogIds.js';
import { type LoopState, type Profile, QuestionLoopDialog } from './QuestionLoopDialog.js';

export class CheckupDialog extends QuestionLoopDialog {
  constructor(
    services: TurnServices,
    conversationData: StatePropertyAccessor<ConversationData>,
    profile: StatePropertyAccessor<Profile>,
  ) {
    super(CHECKUP_DIALOG, services, conversationData, profile);
  }

  protected override measuresFor(): Measure[] {
    return this.services.kb.measures.filter((m) => m.eligibility);
  }

  protected override intro(): string {
    return this.services.kb.replies.eligibility.checkupIntro;
  }

  protected override async finish(
    step: WaterfallStepContext,
    state: LoopState,
    measures: Measure[],
  ): Promise<DialogTurnResult> {
    const { kb, today } = this.services;
    const pkg = runCheckup(measures, state.answers, today());
    const data = await this.conversationData.get(step.context, {});
    data.lastCheckupAnswers = { ...state.answers };
    await this.conversationData.set(step.context, data);
    await step.context.sendActivity(
      supportsCards(step.context.activity.channelId)
        ? servicePackageCard(kb, pkg, chineseDate(today()))
        : { type: 'message', text: servicePackageText(pkg, kb, today()) },
    );
    await sendRatingPrompt(step.context, kb, 'checkup');
    return step.endDialog();
  }

  protected override async onGiveUp(step: WaterfallStepContext): Promise<undefined> {
    await step.context.sendActivity(this.services.kb.replies.eligibility.gaveUpCheckup);
    return undefined;
  }
}
