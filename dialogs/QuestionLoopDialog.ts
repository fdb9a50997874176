// The generic question loop behind both eligibility flows, driven entirely by the rules in the
// knowledge base: ask the next profile question that can still change an outcome, read the answer
// (amounts such as 600万/六百万元/1.5亿, 是/否/有/没有, options by button, number or word), re-prompt
// with an example, give up politely after three failures, then let the subclass show the result.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from './dialogsLib.js';
import { questionActivity } from '../src/bot/cards/eligibilityCards.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { nextQuestion } from '../src/eligibility/evaluateMeasure.js';
import type { Answers, AnswerValue } from '../src/eligibility/parseAnswer.js';
import { readAnswer } from '../src/eligibility/readAnswer.js';
import type { EligibilityQuestion } from '../src/eligibility/schema.js';
import { readStatedFacts } from '../src/eligibility/statedFacts.js';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
import type { Measure } from '../src/kb/schema.js';
import type { ProfileBook } from '../src/profiles/profileBook.js';
import { CancelAndHelpDialog } from './CancelAndHelpDialog.js';
import { EnterpriseCommands } from './EnterpriseCommands.js';
import { EnterpriseProfileState } from './EnterpriseProfileState.js';

/**
 * What user state keeps under "profile": the user's enterprise profiles (src/profiles), or the one
 * enterprise's answers of earlier versions, which EnterpriseProfileState migrates when read.
 */
export type Profile = ProfileBook | { answers: Record<string, AnswerValue> };

/** What the loop keeps in dialog state between turns. */
export interface LoopState {
  measureIds: string[];
  answers: Record<string, AnswerValue>;
  /** Questions given up on (three failed answers) or not applicable: never asked again in this flow. */
  skipped: string[];
  /** Questions asked in this flow, for the result's 企业情况. */
  asked: string[];
  /** Of those, the ones the request itself answered (高企首次进四上的那个奖励 reads as 首次进四上): a later answer may correct them. */
  stated?: string[];
  pendingQuestionId?: string;
  /** Set once the intro was sent. */
  started?: boolean;
  /** The enterprise profile whose answers this flow reads and writes (never another's). */
  profileKey?: string;
}

const LOOP = 'questionLoop';
const ANSWER_PROMPT = 'answerPrompt';
export const MAX_ATTEMPTS = 3;

export abstract class QuestionLoopDialog extends CancelAndHelpDialog {
  /** The user's enterprise profiles; the loop uses the one active when it started. */
  protected readonly profiles: EnterpriseProfileState;

  constructor(
    id: string,
    services: TurnServices,
    conversationData: StatePropertyAccessor<ConversationData>,
    profile: StatePropertyAccessor<Profile>,
  ) {
    super(id, services, conversationData);
    this.profiles = new EnterpriseProfileState(profile, services);
    this.commands = new EnterpriseCommands(services, this.profiles, conversationData);
    this.addDialog(new TextPrompt(ANSWER_PROMPT, this.validateAnswer.bind(this)));
    this.addDialog(new WaterfallDialog(LOOP, [this.askStep.bind(this), this.collectStep.bind(this)]));
    this.initialDialogId = LOOP;
  }

  /** The measures this flow evaluates, from the options it was started with. */
  protected abstract measuresFor(options: unknown, kb: KnowledgeBase): Measure[];

  /** The intro line sent before the first question. */
  protected abstract intro(measures: readonly Measure[], kb: KnowledgeBase): string;

  /** Sends the result and ends the flow. */
  protected abstract finish(
    step: WaterfallStepContext,
    state: LoopState,
    measures: Measure[],
  ): Promise<DialogTurnResult>;

  /** Sent when a question failed three times; the loop goes on with the next one unless this ends the flow. */
  protected abstract onGiveUp(
    step: WaterfallStepContext,
    state: LoopState,
  ): Promise<DialogTurnResult | undefined>;

  private measures(state: LoopState, kb: KnowledgeBase): Measure[] {
    return state.measureIds.flatMap((id) => kb.measureById.get(id) ?? []);
  }

  private question(id: string | undefined, kb: KnowledgeBase): EligibilityQuestion | undefined {
    return id ? kb.questionById.get(id) : undefined;
  }

  private async initialState(context: TurnContext, options: unknown): Promise<LoopState> {
    const profile = await this.profiles.active(context);
    // What the user said in the question itself (我们不是高企) counts as answered in this flow, and
    // is kept in the enterprise's profile.
    const facts = (options as { facts?: Answers } | undefined)?.facts ?? {};
    for (const [id, value] of Object.entries(facts))
      await this.profiles.recordAnswer(context, profile.key, id, value);
    return {
      measureIds: this.measuresFor(options, this.kbOf(context)).map((m) => m.id),
      answers: { ...profile.answers, ...facts },
      skipped: [],
      asked: Object.keys(facts),
      stated: Object.keys(facts),
      profileKey: profile.key,
    };
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = (step.options as LoopState | undefined)?.measureIds
      ? (step.options as LoopState)
      : await this.initialState(step.context, step.options);
    (step.values as { loop?: LoopState }).loop = state;
    const kb = this.kbOf(step.context);
    const measures = this.measures(state, kb);
    const next = nextQuestion(measures, kb.questions, state.answers, {
      today: this.services.today(),
      skip: state.skipped,
    });
    // “…a few short questions” is said only when one will be asked: where the message stated every
    // fact the rules need (我们刚被认定为小巨人，区里奖励多少), the result follows at once.
    if (!state.started) {
      state.started = true;
      if (next) await step.context.sendActivity(this.intro(measures, kb));
    }
    if (!next) return this.finish(step, state, measures);
    state.pendingQuestionId = next.id;
    if (!state.asked.includes(next.id)) state.asked.push(next.id);
    const prompt = questionActivity(kb, next, step.context.activity.channelId);
    this.services.onReply?.('question');
    // The answers so far go with the prompt: its validator takes a correction only when it changes one.
    return step.prompt(ANSWER_PROMPT, {
      prompt,
      validations: { questionId: next.id, answers: state.answers },
    });
  }

  private async collectStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = (step.values as { loop: LoopState }).loop;
    const kb = this.kbOf(step.context);
    const question = this.question(state.pendingQuestionId, kb);
    const text = String(step.result ?? '');
    const parsed = question ? readAnswer(question, text, kb) : undefined;
    if (question && parsed?.ok) {
      state.answers[question.id] = parsed.value;
      state.profileKey ??= (await this.profiles.active(step.context)).key;
      await this.profiles.recordAnswer(step.context, state.profileKey, question.id, parsed.value);
      // “高企证书有效期到2027年，不过我们2021年就已经是四上企业了”: what the answer states besides
      // the question asked, for questions not asked yet (it outweighs a fact read from the request).
      for (const [id, value] of Object.entries(readStatedFacts(text, kb.questions))) {
        if (id === question.id || (state.asked.includes(id) && !state.stated?.includes(id))) continue;
        state.answers[id] = value;
        if (!state.asked.includes(id)) state.asked.push(id);
        await this.profiles.recordAnswer(step.context, state.profileKey, id, value);
      }
    } else if (question) {
      // “主要拿来跑客户的数据报表” asked for the contract's amount: not an amount, but it corrects an
      // earlier answer (the compute is not used for model R&D) — taken, and the rules decide again.
      const corrections = correctionsIn(text, question.id, state.answers, kb);
      if (corrections.length > 0) {
        state.profileKey ??= (await this.profiles.active(step.context)).key;
        for (const [id, value] of corrections) {
          state.answers[id] = value;
          if (!state.asked.includes(id)) state.asked.push(id);
          await this.profiles.recordAnswer(step.context, state.profileKey, id, value);
        }
      } else {
        state.skipped.push(question.id);
        const ended = await this.onGiveUp(step, state);
        if (ended) return ended;
      }
    }
    state.pendingQuestionId = undefined;
    return step.replaceDialog(LOOP, state);
  }

  /** Accepts a parsable answer; after three failures accepts anything, and collectStep gives up. */
  private async validateAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { questionId, answers } = prompt.options.validations as { questionId: string; answers: Answers };
    const kb = this.kbOf(prompt.context);
    const question = this.question(questionId, kb);
    if (!question) return true;
    const text = prompt.recognized.value ?? '';
    const parsed = readAnswer(question, text, kb);
    if (parsed.ok) return true;
    if (correctionsIn(text, questionId, answers, kb).length > 0) return true;
    if (prompt.attemptCount >= MAX_ATTEMPTS) return true;
    await prompt.context.sendActivity(parsed.retry);
    return false;
  }

  protected override measureInQuestion(dc: DialogContext): string | undefined {
    const ids = loopStateOf(dc)?.measureIds ?? [];
    return ids.length === 1 ? ids[0] : undefined;
  }

  protected override acceptsAsAnswer(dc: DialogContext, text: string): boolean {
    // 行 材料能不能找个人帮我整理: a leading 行 answers nothing when the message asks for a person.
    const intent = this.services.responder.intentOf(text);
    if (intent.type === 'person' && !intent.soft) return false;
    const state = loopStateOf(dc);
    const kb = this.kbOf(dc.context);
    const question = this.question(state?.pendingQuestionId, kb);
    return (
      question !== undefined &&
      (readAnswer(question, text, kb).ok ||
        correctionsIn(text, question.id, state?.answers ?? {}, kb).length > 0)
    );
  }

  protected override async restart(dc: DialogContext): Promise<DialogTurnResult> {
    const state = loopStateOf(dc);
    const profileKey = state?.profileKey ?? (await this.profiles.active(dc.context)).key;
    await this.profiles.clearAnswers(dc.context, profileKey);
    const fresh: LoopState = {
      measureIds: state?.measureIds ?? [],
      answers: {},
      skipped: [],
      asked: [],
      started: true,
      profileKey,
    };
    await dc.cancelAllDialogs();
    return dc.beginDialog(LOOP, fresh);
  }
}

/** What a message states that changes an answer given before or answers a question not asked yet. */
function correctionsIn(
  text: string,
  questionId: string,
  answers: Answers,
  kb: KnowledgeBase,
): [string, Answers[string]][] {
  return Object.entries(readStatedFacts(text, kb.questions)).filter(
    ([id, value]) => id !== questionId && answers[id] !== value,
  );
}

/** The loop's state, wherever the waterfall sits on the inner stack (under its prompt). */
function loopStateOf(dc: DialogContext): LoopState | undefined {
  for (const instance of dc.stack) {
    const values = (instance.state as { values?: { loop?: LoopState } } | undefined)?.values;
    if (values?.loop) return values.loop;
  }
  return undefined;
}
