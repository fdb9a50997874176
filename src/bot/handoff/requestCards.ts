// What the handoff shows: the request card the specialists receive (number, time, district,
// enterprise, contact, question, the last turns, the check-up answers; 认领/回复/关闭), the
// specialist's reply as the enterprise sees it (with 回复服务专员), the prompts of the request flow,
// and the channels the source names when a request cannot be passed on. Cards where the channel
// renders them, text elsewhere.
import { ActivityTypes, type Activity } from 'botbuilder';
import { composePersonAnswer } from '../../answers/composeAnswer.js';
import type { ServiceRequest } from '../../handoff/serviceRequest.js';
import { shanghaiTimeOf } from '../../handoff/shanghaiTime.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import { actionSet, card, facts, heading, submit, text, type Element } from '../cards/adaptiveCard.js';
import { supportsCards } from '../renderAnswer.js';

function message(partial: Partial<Activity>): Partial<Activity> {
  return { type: ActivityTypes.Message, ...partial };
}

/** A sentence with answer buttons (是/否-like choices, districts …); numbered text without cards. */
export function choiceActivity(
  prompt: string,
  choices: readonly { title: string; text: string }[],
  channelId: string | undefined,
  perRow = choices.length,
): Partial<Activity> {
  if (!supportsCards(channelId)) {
    const list = choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n');
    return message({ text: choices.length > 0 ? `${prompt}\n${list}` : prompt, textFormat: 'plain' });
  }
  const rows: Element[] = [];
  for (let i = 0; i < choices.length; i += perRow)
    rows.push(
      actionSet(choices.slice(i, i + perRow).map((c) => submit(c.title, { action: 'answer', text: c.text }))),
    );
  return message({ attachments: [card([text(prompt, { weight: 'Bolder' }), ...rows])] });
}

/** A sentence followed by the human channels the source names (企业服务云, 区中小企业服务专员). */
export function channelsActivity(
  kb: KnowledgeBase,
  lead: string,
  channelId: string | undefined,
): Partial<Activity> {
  const channels = composePersonAnswer(kb, 'asked').channels;
  if (!supportsCards(channelId))
    return message({
      text: [lead, ...channels.map((c) => `· ${c.name}:${c.description}`)].join('\n'),
      textFormat: 'plain',
    });
  return message({
    attachments: [
      card([
        text(lead, { weight: 'Bolder' }),
        facts(channels.map((c) => ({ title: c.name, value: c.description }))),
      ]),
    ],
  });
}

function contactText(kb: KnowledgeBase, request: ServiceRequest): string {
  const contact = request.contact;
  if (!contact) return kb.handoff.desk.unknownEnterprise;
  return contact.kind === 'mobile'
    ? contact.mobile
    : fill(kb.handoff.card.contactHere, { number: request.number });
}

function transcriptLines(kb: KnowledgeBase, request: ServiceRequest): string[] {
  const c = kb.handoff.card;
  return (request.transcript ?? []).flatMap((turn) => [
    fill(c.userLine, { text: turn.user }),
    ...turn.bot.map((line) => fill(c.botLine, { text: line })),
  ]);
}

/** The request as the specialists receive it in their conversation. */
export function requestActivity(
  kb: KnowledgeBase,
  request: ServiceRequest,
  channelId: string | undefined,
): Partial<Activity> {
  const c = kb.handoff.card;
  const n = request.number;
  const rows = [
    { title: c.time, value: shanghaiTimeOf(request.createdAt) },
    { title: c.district, value: request.district },
    { title: c.enterprise, value: request.enterprise ?? kb.handoff.desk.unknownEnterprise },
    { title: c.contact, value: contactText(kb, request) },
    { title: c.status, value: kb.handoff.status[request.status] },
  ];
  const question = request.question ?? '';
  const transcript = transcriptLines(kb, request);
  const profile = request.profile ?? [];
  const commands = fill(c.commands, { number: n });
  if (!supportsCards(channelId)) {
    const lines = [
      fill(c.title, { number: n }),
      ...rows.map((r) => `${r.title}:${r.value}`),
      `${c.question}:${question}`,
      `${c.transcriptHeading}:`,
      ...(transcript.length > 0 ? transcript.map((l) => `  ${l}`) : [`  ${c.noTranscript}`]),
    ];
    if (profile.length > 0)
      lines.push(`${c.profileHeading}:`, ...profile.map((p) => `  ${p.label}:${p.value}`));
    lines.push(commands);
    return message({ text: lines.join('\n'), textFormat: 'plain' });
  }
  const body: Element[] = [
    text(fill(c.title, { number: n }), { size: 'Large', weight: 'Bolder' }),
    facts(rows),
    heading(c.question),
    text(question, { spacing: 'Small' }),
    heading(c.transcriptHeading),
    ...(transcript.length > 0
      ? transcript.map((l) => text(l, { spacing: 'None', size: 'Small' }))
      : [text(c.noTranscript, { spacing: 'None', size: 'Small', isSubtle: true })]),
  ];
  if (profile.length > 0)
    body.push(heading(c.profileHeading), facts(profile.map((p) => ({ title: p.label, value: p.value }))));
  body.push(
    {
      type: 'Input.Text',
      id: 'replyText',
      placeholder: c.replyPlaceholder,
      isMultiline: true,
      maxLength: 2000,
    },
    text(commands, { size: 'Small', isSubtle: true }),
  );
  return message({
    attachments: [
      card(body, [
        submit(c.claim, { action: 'serviceRequest', op: 'claim', number: n, text: `${c.claim} ${n}` }),
        submit(c.reply, { action: 'serviceRequest', op: 'reply', number: n, text: `${c.reply} ${n}` }),
        submit(c.close, { action: 'serviceRequest', op: 'close', number: n, text: `${c.close} ${n}` }),
      ]),
    ],
  });
}

/** A specialist's reply as the enterprise sees it, with the button that answers back. */
export function specialistReplyActivity(
  kb: KnowledgeBase,
  number: number,
  reply: string,
  channelId: string | undefined,
): Partial<Activity> {
  const r = kb.handoff.relay;
  const title = fill(r.specialistReply, { number });
  if (!supportsCards(channelId))
    return message({ text: `${title}\n${reply}\n${fill(r.textHint, { number })}`, textFormat: 'plain' });
  return message({
    attachments: [
      card(
        [text(title, { weight: 'Bolder', color: 'Accent' }), text(reply)],
        [submit(r.replyButton, { action: 'replyToSpecialist', number, text: `${r.replyButton} ${number}` })],
      ),
    ],
  });
}
