// The shape of knowledge/handoff.yaml: the districts of Shanghai a service request is routed by, and
// every sentence of the handoff (opening a request, the specialists' card and commands, the relay).
// The handoff room (src/handoff, dialogs/ServiceRequestDialog.ts) reads it from the knowledge base.
import { z } from 'zod';
import { nonEmpty } from './primitives.js';

export const districtSchema = z.strictObject({
  /** The official name: 浦东新区, 徐汇区. */
  name: nonEmpty,
  /** The name without 区/新区, as people say it: 浦东, 徐汇. */
  short: nonEmpty,
  /** Toneless pinyin of the short name, in one word (polyphones read as the place name is read). */
  pinyin: z.string().regex(/^[a-z]+$/, 'expected lower-case pinyin without spaces or tones'),
});

export const handoffFileSchema = z
  .strictObject({
    districts: z.array(districtSchema).min(1),
    request: z.strictObject({
      intro: z.strictObject({ asked: nonEmpty, declines: nonEmpty }),
      consent: nonEmpty,
      consentYes: nonEmpty,
      consentNo: nonEmpty,
      consentRetry: nonEmpty,
      refused: nonEmpty,
      enterprise: nonEmpty,
      enterpriseRetry: nonEmpty,
      district: nonEmpty,
      districtRetry: nonEmpty,
      contact: nonEmpty,
      contactTeams: nonEmpty,
      contactHere: nonEmpty,
      contactRetry: nonEmpty,
      question: nonEmpty,
      questionOffer: nonEmpty,
      questionUseLast: nonEmpty,
      questionRetry: nonEmpty,
      gaveUp: nonEmpty,
      cancelled: nonEmpty,
      restarted: nonEmpty,
      help: nonEmpty,
      resume: nonEmpty,
      submitted: nonEmpty,
      nextSteps: nonEmpty,
      nextStepsHere: nonEmpty,
      notRouted: nonEmpty,
      notDelivered: nonEmpty,
    }),
    card: z.strictObject({
      title: nonEmpty,
      time: nonEmpty,
      district: nonEmpty,
      enterprise: nonEmpty,
      contact: nonEmpty,
      contactHere: nonEmpty,
      question: nonEmpty,
      status: nonEmpty,
      transcriptHeading: nonEmpty,
      userLine: nonEmpty,
      botLine: nonEmpty,
      noTranscript: nonEmpty,
      profileHeading: nonEmpty,
      replyPlaceholder: nonEmpty,
      claim: nonEmpty,
      reply: nonEmpty,
      close: nonEmpty,
      commands: nonEmpty,
    }),
    status: z.strictObject({ new: nonEmpty, claimed: nonEmpty, closed: nonEmpty }),
    desk: z.strictObject({
      claimed: nonEmpty,
      claimedByOther: nonEmpty,
      replied: nonEmpty,
      replyEmpty: nonEmpty,
      relayFailed: nonEmpty,
      erased: nonEmpty,
      closed: nonEmpty,
      alreadyClosed: nonEmpty,
      notFound: nonEmpty,
      list: nonEmpty,
      listEmpty: nonEmpty,
      listLine: nonEmpty,
      help: nonEmpty,
      enterpriseReply: nonEmpty,
      someone: nonEmpty,
      unknownEnterprise: nonEmpty,
    }),
    relay: z.strictObject({
      specialistReply: nonEmpty,
      replyButton: nonEmpty,
      textHint: nonEmpty,
      replyPrompt: nonEmpty,
      replySent: nonEmpty,
      replyCancelled: nonEmpty,
      replyClosed: nonEmpty,
      replyFailed: nonEmpty,
      noOpenRequest: nonEmpty,
      closedNotice: nonEmpty,
    }),
    forgotten: nonEmpty,
  })
  .superRefine((file, ctx) => {
    // A district must be told apart by every name it is matched by.
    const seen = new Map<string, number>();
    file.districts.forEach((d, i) => {
      for (const [field, key] of [
        ['name', d.name],
        ['short', d.short],
        ['pinyin', d.pinyin],
      ] as const) {
        const first = seen.get(key);
        if (first !== undefined && first !== i)
          ctx.addIssue({
            code: 'custom',
            path: ['districts', i, field],
            message: `also names districts[${first}]`,
            input: key,
          });
        seen.set(key, i);
      }
    });
  });

export type District = z.infer<typeof districtSchema>;
export type HandoffTexts = z.infer<typeof handoffFileSchema>;
