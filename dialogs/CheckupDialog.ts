// The policy check-up (政策体检): asks the enterprise profile once — only the questions that can
// change an outcome — evaluates every measure with rules, and answers with the 服务包 (普惠性政策 +
// 个性化政策) as a card; its plain-text version, for copying, is one button away.
import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { servicePackageCard } from '../src/bot/cards/eligibilityCards.js';
import { supportsCards } from '../src/bot/renderAnswer.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { runCheckup, servicePackageText } from '../src/eligibility/checkup.js';
import { formatDate } from '../src/kb/formatDate.js';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
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

  protected override measuresFor(_options: unknown, kb: KnowledgeBase): Measure[] {
    return kb.measures.filter((m) => m.eligibility);
  }

  protected override intro(_measures: readonly Measure[], kb: KnowledgeBase): string {
    return kb.replies.eligibility.checkupIntro;
  }

  protected override async finish(
    step: WaterfallStepContext,
    state: LoopState,
    measures: Measure[],
  ): Promise<DialogTurnResult> {
    const { today } = this.services;
    const kb = this.kbOf(step.context);
    const pkg = runCheckup(measures, state.answers, today(), kb);
    const data = await this.conversationData.get(step.context, {});
    data.lastCheckupAnswers = { ...state.answers };
    await this.conversationData.set(step.context, data);
    await step.context.sendActivity(
      supportsCards(step.context.activity.channelId)
        ? servicePackageCard(kb, pkg, formatDate(today(), kb.lang))
        : { type: 'message', text: servicePackageText(pkg, kb, today()) },
    );
    this.services.onReply?.('result');
    return step.endDialog();
  }

  protected override async onGiveUp(step: WaterfallStepContext): Promise<undefined> {
    await step.context.sendActivity(this.kbOf(step.context).replies.eligibility.gaveUpCheckup);
    return undefined;
  }
}
