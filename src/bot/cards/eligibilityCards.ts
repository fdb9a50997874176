// Cards of the eligibility flows: a profile question with answer buttons, the result for one
// measure (outcome, estimate with its arithmetic, reason, channels), and the check-up's 服务包.
import { punctuation } from '../../kb/language.js';
import { ActivityTypes, type Activity } from 'botbuilder';
import { measureLabel } from '../../answers/renderText.js';
import { whyNotLines } from '../../answers/whyNotLines.js';
import type { Evaluation, EvaluationOutcome } from '../../eligibility/evaluateMeasure.js';
import type { ServicePackage } from '../../eligibility/checkup.js';
import type { Answers } from '../../eligibility/parseAnswer.js';
import { formatAnswer, questionPrompt } from '../../eligibility/questionPrompt.js';
import type { EligibilityQuestion } from '../../eligibility/schema.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import type { Measure } from '../../kb/schema.js';
import { supportsCards } from '../renderAnswer.js';
import { fill as fillProfileText, profileTexts } from '../../profiles/texts.js';
import {
  actionSet,
  card,
  container,
  facts,
  heading,
  image,
  openUrl,
  submit,
  text,
  type Element,
} from './adaptiveCard.js';

export function questionActivity(
  kb: KnowledgeBase,
  question: EligibilityQuestion,
  channelId: string | undefined,
  preface?: string,
): Partial<Activity> {
  if (!supportsCards(channelId)) {
    return {
      type: ActivityTypes.Message,
      text: [preface, questionPrompt(question, kb)].filter(Boolean).join('\n\n'),
    };
  }
  const body: Element[] = [];
  if (preface) body.push(text(preface, { isSubtle: true, size: 'Small' }));
  body.push(
    text(question.type === 'amount' ? questionPrompt(question, kb) : question.text, { weight: 'Bolder' }),
  );
  if (question.type === 'yesno') {
    body.push(actionSet(['是', '否'].map((a) => submit(a, { action: 'answer', text: a }))));
  } else if (question.type === 'choice') {
    body.push(actionSet(question.options.map((o) => submit(o.label, { action: 'answer', text: o.label }))));
  }
  return { type: ActivityTypes.Message, attachments: [card(body)] };
}

const OUTCOME_STYLE: Record<
  EvaluationOutcome,
  { color: string; key: keyof KnowledgeBase['replies']['eligibility']['outcome'] }
> = {
  eligible: { color: 'Good', key: 'eligible' },
  possible: { color: 'Warning', key: 'possible' },
  'not-eligible': { color: 'Attention', key: 'notEligible' },
  ended: { color: 'Attention', key: 'ended' },
  unknown: { color: 'Default', key: 'unknown' },
};

export function outcomeLabel(kb: KnowledgeBase, outcome: EvaluationOutcome): string {
  return kb.replies.eligibility.outcome[OUTCOME_STYLE[outcome].key];
}

function profileFacts(kb: KnowledgeBase, answers: Answers, questionIds?: ReadonlySet<string>) {
  return kb.questions
    .filter((q) => Object.hasOwn(answers, q.id) && (!questionIds || questionIds.has(q.id)))
    .map((q) => ({ title: q.label, value: formatAnswer(q, answers[q.id], kb) }));
}

function channelLines(kb: KnowledgeBase, measure: Measure): string[] {
  return measure.howToApply.channels.flatMap((id) => kb.channelById.get(id)?.name ?? []);
}

/** The result for one measure, as card elements and as text (for channels without cards). */
export function evaluationActivity(
  kb: KnowledgeBase,
  measure: Measure,
  evaluation: Evaluation,
  answers: Answers,
  asked: ReadonlySet<string>,
  channelId: string | undefined,
  /** The line naming the enterprise whose answers were used (以下结果基于:…的回答), when it must be said. */
  basis?: string,
): Partial<Activity> {
  const r = kb.replies.eligibility;
  const outcome = outcomeLabel(kb, evaluation.outcome);
  const benefit = evaluation.benefit;
  const estimate = benefit?.arithmetic ?? benefit?.amountText;
  const profile = profileFacts(kb, answers, asked);
  const why = whyNotLines(kb, measure, evaluation.outcome, answers);
  if (!supportsCards(channelId)) {
    const lines = [
      fill(r.resultTitle, { title: measure.title }),
      `${measureLabel(kb, measure)}${punctuation(kb.lang).colon}${outcome}`,
    ];
    if (basis) lines.unshift(basis);
    if (estimate) lines.push(`${r.estimateHeading}${punctuation(kb.lang).colon}${estimate}`);
    if (benefit) lines.push(benefit.text);
    lines.push(`${r.reasonHeading}${punctuation(kb.lang).colon}${evaluation.reason}`);
    if (why) {
      if (why.unmet.length > 0)
        lines.push(
          `${kb.replies.whyNot.unmetHeading}${punctuation(kb.lang).colon}`,
          ...why.unmet.map((l) => `· ${l}`),
        );
      lines.push(
        `${kb.replies.whyNot[why.heading]}${punctuation(kb.lang).colon}`,
        ...why.change.map((l) => `· ${l}`),
      );
    }
    if (profile.length > 0)
      lines.push(
        `${r.profileHeading}${punctuation(kb.lang).colon}${profile.map((p) => `${p.title} ${p.value}`).join(punctuation(kb.lang).semicolon)}`,
      );
    lines.push(
      `${r.channelsHeading}${punctuation(kb.lang).colon}${channelLines(kb, measure).join(punctuation(kb.lang).listSeparator)}`,
      r.applyNote,
    );
    return { type: ActivityTypes.Message, text: lines.join('\n') };
  }
  const body: Element[] = [
    text(fill(r.resultTitle, { title: measure.title }), { size: 'Medium', weight: 'Bolder' }),
    text(measureLabel(kb, measure), { isSubtle: true, size: 'Small', spacing: 'None' }),
    ...(basis ? [text(basis, { weight: 'Bolder', color: 'Accent', spacing: 'Small' })] : []),
    container(
      [text(outcome, { size: 'Large', weight: 'Bolder', color: OUTCOME_STYLE[evaluation.outcome].color })],
      {
        style: 'emphasis',
      },
    ),
  ];
  if (estimate) body.push(heading(r.estimateHeading), text(estimate, { weight: 'Bolder' }));
  if (benefit) body.push(text(benefit.text, { spacing: 'Small' }));
  body.push(heading(r.reasonHeading), text(evaluation.reason, { spacing: 'Small' }));
  if (why) {
    if (why.unmet.length > 0)
      body.push(
        heading(kb.replies.whyNot.unmetHeading),
        ...why.unmet.map((l) => text(`· ${l}`, { spacing: 'Small', color: 'Attention' })),
      );
    body.push(
      heading(kb.replies.whyNot[why.heading]),
      ...why.change.map((l) => text(`· ${l}`, { spacing: 'Small' })),
    );
  }
  if (profile.length > 0) body.push(heading(r.profileHeading), facts(profile));
  body.push(
    heading(r.channelsHeading),
    text(channelLines(kb, measure).join(punctuation(kb.lang).listSeparator), { spacing: 'Small' }),
    text(r.applyNote, { size: 'Small', isSubtle: true }),
  );
  return {
    type: ActivityTypes.Message,
    attachments: [
      card(body, [
        submit(r.viewMeasure, { action: 'measure', id: measure.id, text: measureLabel(kb, measure) }),
        submit(r.startCheckup, { action: 'checkup', text: r.startCheckup }),
      ]),
    ],
  };
}

/** The printable page of a 服务包 for the enterprise: its link, until when, a QR code of it, its token. */
export interface ShareCardPart {
  url: string;
  until: string;
  token: string;
  /** The QR code as a PNG data: URI. */
  qrDataUri: string;
}

export function servicePackageCard(
  kb: KnowledgeBase,
  pkg: ServicePackage,
  day: string,
  extras: { basis?: string; share?: ShareCardPart } = {},
): Partial<Activity> {
  const r = kb.replies.eligibility;
  const body: Element[] = [
    text(r.checkupTitle, { size: 'Large', weight: 'Bolder' }),
    text(day, { isSubtle: true, spacing: 'None' }),
  ];
  if (extras.basis) body.push(text(extras.basis, { weight: 'Bolder', color: 'Accent', spacing: 'Small' }));
  const profile = profileFacts(kb, pkg.answers ?? {});
  if (profile.length > 0) body.push(heading(r.profileHeading), facts(profile));
  const group = (title: string, evaluations: readonly Evaluation[], detailed: boolean) => {
    if (evaluations.length === 0) return;
    body.push(heading(title));
    for (const e of evaluations) {
      const m = kb.measureById.get(e.measureId);
      if (!m) continue;
      const amount = e.benefit?.amountText ? `:${e.benefit.amountText}` : '';
      const items: Element[] = [
        text(`${measureLabel(kb, m)}${amount}`, { weight: 'Bolder', spacing: 'Small' }),
      ];
      if (detailed && e.benefit?.arithmetic)
        items.push(text(e.benefit.arithmetic, { spacing: 'None', size: 'Small' }));
      items.push(
        text(detailed && e.benefit ? e.benefit.text : e.reason, {
          spacing: 'None',
          size: 'Small',
          isSubtle: true,
        }),
      );
      body.push(
        container(items, {
          selectAction: submit('', { action: 'measure', id: m.id, text: measureLabel(kb, m) }),
        }),
      );
    }
  };
  group(r.universalHeading, pkg.universal, true);
  group(r.targetedHeading, pkg.targeted, true);
  group(r.possibleHeading, pkg.possible, true);
  group(r.endedHeading, pkg.ended, false);
  group(r.notEligibleHeading, pkg.notEligible, false);
  const channels = kb.channels.map((c) => c.name).join(punctuation(kb.lang).listSeparator);
  body.push(
    heading(r.channelsHeading),
    text(channels, { spacing: 'Small' }),
    text(r.applyNote, { size: 'Small', isSubtle: true }),
  );
  body.push(text(kb.replies.measure.numberingNote, { size: 'Small', isSubtle: true }));
  const actions = [submit(r.copyText, { action: 'servicePackageText', text: r.copyText })];
  const share = extras.share;
  if (share) {
    const s = profileTexts.share;
    body.push(
      container(
        [
          heading(s.heading, { spacing: 'None' }),
          text(fillProfileText(s.note, { until: share.until }), { size: 'Small', spacing: 'Small' }),
          image(share.qrDataUri, s.qrAlt, { size: 'Large', horizontalAlignment: 'Left' }),
        ],
        { separator: true, spacing: 'Large' },
      ),
    );
    actions.unshift(openUrl(s.open, share.url));
    actions.push(submit(s.revoke, { action: 'revokeShare', token: share.token, text: s.revoke }));
  }
  return { type: ActivityTypes.Message, attachments: [card(body, actions)] };
}
