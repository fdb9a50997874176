// A service request (转人工): says what will be shared and asks for consent — a refusal stores and
// sends nothing —, then the enterprise name, the district (button, number or name, typos tolerated),
// a contact (a mainland mobile number, or in Teams “contact me here”) and the question (offered from
// the last one the bot could not answer). 取消 works at every step (CancelAndHelpDialog). The
// RequestDesk files it, posts it to the district's specialists and tells the user its number.
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from './dialogsLib.js';
import type { RequestDesk } from '../src/bot/handoff/RequestDesk.js';
import { channelsActivity, choiceActivity } from '../src/bot/handoff/requestCards.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { formatAnswer } from '../src/eligibility/questionPrompt.js';
import type { DistrictMatcher } from '../src/handoff/districtMatcher.js';
import { parseMobile } from '../src/handoff/mobileNumber.js';
import {
  isContactHere,
  parseConsent,
  readEnterpriseName,
  readQuestion,
} from '../src/handoff/requestAnswers.js';
import type { Contact, ProfileLine } from '../src/handoff/serviceRequest.js';
import type { TranscriptTurn } from '../src/handoff/transcript.js';
import { fill } from '../src/kb/replies.js';
import { CancelAndHelpDialog } from './CancelAndHelpDialog.js';
import { EnterpriseProfileState } from './EnterpriseProfileState.js';
import { HANDOFF_DIALOG } from './dialogIds.js';
import type { Profile } from './QuestionLoopDialog.js';

export interface ServiceRequestOptions {
  /** 'asked': the user asked for a person; 'declines': they took the offer after unanswered questions. */
  reason?: 'asked' | 'declines';
  /** The user asked for a phone number: the source publishes none, said before the request begins. */
  asksNumber?: boolean;
}

type Step = 'consent' | 'enterprise' | 'district' | 'contact' | 'question';

/** What the flow keeps in dialog state until the request is filed (or given up: then it is gone). */
interface FlowState {
  reason: 'asked' | 'declines';
  pending?: Step;
  /** The conversation before the request, and the check-up answers, as they were when it began. */
  transcript: TranscriptTurn[];
  profile: ProfileLine[];
  offeredQuestion?: string;
  enterprise?: string;
  district?: string;
  contact?: Contact;
}

const FLOW = 'serviceRequestFlow';
const PROMPTS: Record<Step, string> = {
  consent: 'consentPrompt',
  enterprise: 'enterprisePrompt',
  district: 'districtPrompt',
  contact: 'contactPrompt',
  question: 'questionPrompt',
};
const MAX_ATTEMPTS = 3;
const TEAMS = 'msteams';
const DISTRICTS_PER_ROW = 4;

export class ServiceRequestDialog extends CancelAndHelpDialog {
  /** The enterprise profiles, to show the active one's answers with a request. */
  private readonly profiles: EnterpriseProfileState;

  constructor(
    services: TurnServices,
    conversationData: StatePropertyAccessor<ConversationData>,
    profile: StatePropertyAccessor<Profile>,
    private readonly desk: RequestDesk,
    private readonly districts: DistrictMatcher,
  ) {
    super(HANDOFF_DIALOG, services, conversationData);
    this.profiles = new EnterpriseProfileState(profile, services);
    for (const step of Object.keys(PROMPTS) as Step[])
      this.addDialog(new TextPrompt(PROMPTS[step], (prompt) => this.validate(step, prompt)));
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.consentStep.bind(this),
        this.enterpriseStep.bind(this),
        this.districtStep.bind(this),
        this.contactStep.bind(this),
        this.questionStep.bind(this),
        this.submitStep.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  private get texts() {
    return this.services.kb.handoff.request;
  }

  protected override flowTexts() {
    const t = this.texts;
    return { cancelled: t.cancelled, restarted: t.restarted, help: t.help, resume: t.resume };
  }

  // ------------------------------------------------------------------------------------------
  // Reading answers: one reader per step, shared by the prompt's validator, the interruption check
  // of CancelAndHelpDialog and the step that takes the answer.

  /**
   * The answer to `step` in the text, or undefined when the text does not answer it. `offered` is the
   * question offered at the last step (就用这个问题 takes it).
   */
  private read(step: Step, text: string, offered: string | undefined, channelId: string): unknown {
    const t = this.texts;
    switch (step) {
      case 'consent':
        return parseConsent(text, { yes: t.consentYes, no: t.consentNo });
      case 'enterprise':
        return this.isCommand(text) ? undefined : readEnterpriseName(text);
      case 'district':
        return this.districts.match(text)?.name;
      case 'contact': {
        const mobile = parseMobile(text);
        if (mobile) return { kind: 'mobile', mobile } satisfies Contact;
        return channelId === TEAMS && isContactHere(text, t.contactHere)
          ? ({ kind: 'here' } satisfies Contact)
          : undefined;
      }
      case 'question': {
        if (this.isCommand(text)) return undefined;
        if (offered && parseConsent(text, { yes: t.questionUseLast, no: t.consentNo }) === true)
          return offered;
        return readQuestion(text);
      }
    }
  }

  /** 取消, 重新开始, 帮助 and asking for a person again are not names or questions. */
  private isCommand(text: string): boolean {
    const intent = this.services.responder.intentOf(text);
    return (
      intent.type === 'cancel' ||
      intent.type === 'restart' ||
      intent.type === 'person' ||
      (intent.type === 'smalltalk' && intent.kind === 'help')
    );
  }

  private async validate(step: Step, prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { offered } = (prompt.options.validations ?? {}) as { offered?: string };
    if (
      this.read(step, prompt.recognized.value ?? '', offered, prompt.context.activity.channelId) !== undefined
    )
      return true;
    // After the last failed attempt the step gives up.
    return prompt.attemptCount >= MAX_ATTEMPTS;
  }

  protected override acceptsAsAnswer(dc: DialogContext, text: string): boolean {
    const state = stateIn(dc);
    if (!state?.pending) return false;
    return this.read(state.pending, text, state.offeredQuestion, dc.context.activity.channelId) !== undefined;
  }

  protected override async restart(dc: DialogContext): Promise<DialogTurnResult> {
    const state = stateIn(dc);
    await dc.cancelAllDialogs();
    return dc.beginDialog(FLOW, { reason: state?.reason ?? 'asked' } satisfies ServiceRequestOptions);
  }

  // ------------------------------------------------------------------------------------------
  // The steps

  private async ask(
    step: WaterfallStepContext,
    state: FlowState,
    next: Step,
    prompt: Partial<Activity>,
    retry: Partial<Activity>,
  ): Promise<DialogTurnResult> {
    state.pending = next;
    return step.prompt(PROMPTS[next], {
      prompt,
      retryPrompt: retry,
      validations: { offered: state.offeredQuestion },
    });
  }

  /** The answer the last prompt collected, or undefined after three failed attempts (then: give up). */
  private answer<T>(step: WaterfallStepContext, state: FlowState): T | undefined {
    if (!state.pending) return undefined;
    const text = String(step.result ?? '');
    return this.read(state.pending, text, state.offeredQuestion, step.context.activity.channelId) as
      T | undefined;
  }

  private async giveUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(
      channelsActivity(this.services.kb, this.texts.gaveUp, step.context.activity.channelId),
    );
    return step.endDialog();
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as ServiceRequestOptions;
    const data = await this.conversationData.get(step.context, {});
    const state: FlowState = {
      reason: options.reason ?? 'asked',
      transcript: structuredClone(data.transcript ?? []),
      profile: await this.profileLines(step.context, data),
      ...(data.lastUnanswered ? { offeredQuestion: data.lastUnanswered } : {}),
    };
    (step.values as { flow?: FlowState }).flow = state;
    const t = this.texts;
    if (options.asksNumber) await step.context.sendActivity(this.services.kb.replies.person.noNumber);
    await step.context.sendActivity(t.intro[state.reason]);
    const prompt = choiceActivity(
      fill(t.consent, { days: this.desk.retentionDays }),
      [t.consentYes, t.consentNo].map((c) => ({ title: c, text: c })),
      step.context.activity.channelId,
    );
    const retry = choiceActivity(
      t.consentRetry,
      [t.consentYes, t.consentNo].map((c) => ({ title: c, text: c })),
      step.context.activity.channelId,
    );
    return this.ask(step, state, 'consent', prompt, retry);
  }

  private async enterpriseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = flowOf(step);
    const consent = this.answer<boolean>(step, state);
    if (consent === undefined) return this.giveUp(step);
    if (!consent) {
      await step.context.sendActivity(
        channelsActivity(this.services.kb, this.texts.refused, step.context.activity.channelId),
      );
      return step.endDialog();
    }
    return this.ask(
      step,
      state,
      'enterprise',
      message(this.texts.enterprise),
      message(this.texts.enterpriseRetry),
    );
  }

  private async districtStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = flowOf(step);
    const enterprise = this.answer<string>(step, state);
    if (enterprise === undefined) return this.giveUp(step);
    state.enterprise = enterprise;
    const channelId = step.context.activity.channelId;
    const choices = this.districts.districts.map((d) => ({ title: d.name, text: d.name }));
    return this.ask(
      step,
      state,
      'district',
      choiceActivity(this.texts.district, choices, channelId, DISTRICTS_PER_ROW),
      choiceActivity(this.texts.districtRetry, choices, channelId, DISTRICTS_PER_ROW),
    );
  }

  private async contactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = flowOf(step);
    const district = this.answer<string>(step, state);
    if (district === undefined) return this.giveUp(step);
    state.district = district;
    const t = this.texts;
    const channelId = step.context.activity.channelId;
    const teams = channelId === TEAMS;
    const here = [{ title: t.contactHere, text: t.contactHere }];
    return this.ask(
      step,
      state,
      'contact',
      teams ? choiceActivity(t.contactTeams, here, channelId) : message(t.contact),
      teams
        ? choiceActivity(`${t.contactRetry}\n\n${t.contactTeams}`, here, channelId)
        : message(t.contactRetry),
    );
  }

  private async questionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = flowOf(step);
    const contact = this.answer<Contact>(step, state);
    if (contact === undefined) return this.giveUp(step);
    state.contact = contact;
    const t = this.texts;
    const prompt = state.offeredQuestion
      ? choiceActivity(
          fill(t.questionOffer, { question: state.offeredQuestion }),
          [{ title: t.questionUseLast, text: t.questionUseLast }],
          step.context.activity.channelId,
        )
      : message(t.question);
    return this.ask(step, state, 'question', prompt, message(t.questionRetry));
  }

  private async submitStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = flowOf(step);
    const question = this.answer<string>(step, state);
    if (question === undefined || !state.enterprise || !state.district || !state.contact)
      return this.giveUp(step);
    state.pending = undefined;
    await this.desk.submit(step.context, {
      enterprise: state.enterprise,
      district: state.district,
      contact: state.contact,
      question,
      transcript: state.transcript,
      profile: state.profile,
    });
    return step.endDialog();
  }

  /** The check-up answers to show the specialists: the last check-up's, else the user's profile. */
  private async profileLines(context: TurnContext, data: ConversationData): Promise<ProfileLine[]> {
    const answers = data.lastCheckupAnswers ?? (await this.profiles.active(context)).answers;
    const kb = this.services.kb;
    return kb.questions
      .filter((q) => Object.hasOwn(answers, q.id))
      .map((q) => ({ label: q.label, value: formatAnswer(q, answers[q.id], kb) }));
  }
}

function message(text: string): Partial<Activity> {
  return { type: 'message', text };
}

function flowOf(step: WaterfallStepContext): FlowState {
  return (step.values as { flow: FlowState }).flow;
}

/** The flow's state, wherever the waterfall sits on the inner stack (under its prompt). */
function stateIn(dc: DialogContext): FlowState | undefined {
  for (const instance of dc.stack) {
    const values = (instance.state as { values?: { flow?: FlowState } } | undefined)?.values;
    if (values?.flow) return values.flow;
  }
  return undefined;
}
