// The policy check-up (政策体检): asks the enterprise profile once — only the questions that can
// change an outcome — evaluates every measure with rules, and answers with the 服务包 (普惠性政策 +
// 个性化政策) as a card naming the enterprise, with a share link to its printable page (and a QR code);
// its plain-text version, for copying, is one button away.
import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { servicePackageCard } from '../src/bot/cards/eligibilityCards.js';
import { sendRatingPrompt } from '../src/bot/handoff/ratingCards.js';
import { supportsCards } from '../src/bot/renderAnswer.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { runCheckup, servicePackageText } from '../src/eligibility/checkup.js';
import { formatDate } from '../src/kb/formatDate.js';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
import type { Measure } from '../src/kb/schema.js';
import { profileTexts } from '../src/profiles/texts.js';
import { CHECKUP_DIALOG } from './dialogIds.js';
import { type LoopState, type Profile, QuestionLoopDialog } from './QuestionLoopDialog.js';
import { shareLine, shareServicePackage } from './servicePackageShare.js';

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
    const context = step.context;
    const kb = this.kbOf(context);
    const profile =
      (await this.profiles.profile(context, state.profileKey)) ?? (await this.profiles.active(context));
    await this.profiles.touch(context, profile.key);
    const basis = await this.profiles.attribution(context, profile.key);
    const pkg = runCheckup(measures, state.answers, today(), kb);
    // The page to hand over is in Chinese, whatever language the check-up ran in.
    const zh = this.services.kb;
    const sharePkg =
      kb.lang === zh.lang
        ? pkg
        : runCheckup(
            measures.flatMap((m) => zh.measureById.get(m.id) ?? []),
            state.answers,
            today(),
            zh,
          );
    const share = await shareServicePackage(context, this.services, profile, sharePkg);
    const shared = share === 'failed' ? undefined : share;
    const data = await this.conversationData.get(context, {});
    data.lastCheckupAnswers = { ...state.answers };
    data.lastCheckupProfileKey = profile.key;
    if (basis) data.lastCheckupBasis = basis;
    else delete data.lastCheckupBasis;
    if (shared) data.lastCheckupShare = { url: shared.url, until: shared.until };
    else delete data.lastCheckupShare;
    await this.conversationData.set(context, data);
    await context.sendActivity(
      supportsCards(context.activity.channelId)
        ? servicePackageCard(kb, pkg, formatDate(today(), kb.lang), {
            ...(basis ? { basis } : {}),
            ...(shared ? { share: shared } : {}),
          })
        : {
            type: 'message',
            text: [basis, servicePackageText(pkg, kb, today()).trimEnd(), shared && shareLine(shared)]
              .filter(Boolean)
              .join('\n'),
          },
    );
    this.services.onReply?.('result');
    if (share === 'failed') await context.sendActivity(profileTexts.share.unavailable);
    await sendRatingPrompt(step.context, kb, 'checkup');
    return step.endDialog();
  }

  protected override async onGiveUp(step: WaterfallStepContext): Promise<undefined> {
    await step.context.sendActivity(this.kbOf(step.context).replies.eligibility.gaveUpCheckup);
    return undefined;
  }
}
