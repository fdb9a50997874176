// “我能申请吗?” for one measure: the generic question loop over that measure's rules, then a result
// card — eligible with the estimate and its arithmetic, possibly eligible, not eligible with the
// unmet condition, or ended — and the channels to apply.
import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { questionIdsFor } from '../src/eligibility/evaluateMeasure.js';
import { fill } from '../src/kb/replies.js';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
import type { Measure } from '../src/kb/schema.js';
import { ELIGIBILITY_DIALOG } from './dialogIds.js';
import type { EligibilityOptions } from './MainDialog.js';
import { type LoopState, type Profile, QuestionLoopDialog } from './QuestionLoopDialog.js';
import { sendResult } from './sendResult.js';

export class EligibilityDialog extends QuestionLoopDialog {
  constructor(
    services: TurnServices,
    conversationData: StatePropertyAccessor<ConversationData>,
    profile: StatePropertyAccessor<Profile>,
  ) {
    super(ELIGIBILITY_DIALOG, services, conversationData, profile);
  }

  protected override measuresFor(options: unknown, kb: KnowledgeBase): Measure[] {
    const id = (options as EligibilityOptions | undefined)?.measureId;
    const measure = id ? kb.measureById.get(id) : undefined;
    return measure ? [measure] : [];
  }

  protected override intro(measures: readonly Measure[], kb: KnowledgeBase): string {
    return fill(kb.replies.eligibility.intro, { title: measures[0]?.title ?? '' });
  }

  protected override async finish(
    step: WaterfallStepContext,
    state: LoopState,
    measures: Measure[],
  ): Promise<DialogTurnResult> {
    const measure = measures[0];
    if (measure) {
      const kb = this.kbOf(step.context);
      const relevant = questionIdsFor(measure, kb.questions);
      const reused = [...relevant].some(
        (id) => Object.hasOwn(state.answers, id) && !state.asked.includes(id),
      );
      if (reused) await step.context.sendActivity(kb.replies.eligibility.usedProfile);
      if (state.profileKey) await this.profiles.touch(step.context, state.profileKey);
      const basis = await this.profiles.attribution(step.context, state.profileKey);
      const data = await sendResult(
        step.context,
        this.services,
        this.conversationData,
        kb,
        measure,
        state.answers,
        basis,
      );
      // Only the answers this measure's rules read, for “为什么不行” (deleted with the user's data).
      data.lastResult = {
        measureId: measure.id,
        answers: Object.fromEntries(Object.entries(state.answers).filter(([id]) => relevant.has(id))),
      };
      await this.conversationData.set(step.context, data);
    }
    return step.endDialog();
  }

  protected override async onGiveUp(step: WaterfallStepContext, state: LoopState): Promise<DialogTurnResult> {
    const kb = this.kbOf(step.context);
    const title = kb.measureById.get(state.measureIds[0] ?? '')?.title ?? '';
    await step.context.sendActivity(fill(kb.replies.eligibility.gaveUp, { title }));
    return step.endDialog();
  }
}
