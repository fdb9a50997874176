// The bot's own words (knowledge/replies.yaml) as a typed, validated object, and the one function
// that fills their {placeholders}. Code refers to replies by path; it never spells Chinese text itself.
import { z } from 'zod';
import { nonEmpty } from './primitives.js';

export const repliesSchema = z.strictObject({
  botName: nonEmpty,
  welcome: z.strictObject({
    title: nonEmpty,
    text: nonEmpty,
    examples: z.array(nonEmpty).min(1),
    areasHeading: nonEmpty,
    checkupButton: nonEmpty,
    tryHeading: nonEmpty,
  }),
  help: nonEmpty,
  identity: nonEmpty,
  greeting: nonEmpty,
  thanks: nonEmpty,
  goodbye: nonEmpty,
  declined: z.strictObject({
    text: nonEmpty,
    region: nonEmpty,
    notCovered: nonEmpty,
    empty: nonEmpty,
    whereToAsk: nonEmpty,
    coversHeading: nonEmpty,
  }),
  ambiguous: z.strictObject({ prompt: nonEmpty }),
  area: z.strictObject({ prompt: nonEmpty }),
  overview: z.strictObject({ prompt: nonEmpty }),
  measure: z.strictObject({
    numberLabel: nonEmpty,
    officialArticle: nonEmpty,
    areaLabel: nonEmpty,
    factsHeading: nonEmpty,
    beneficiariesHeading: nonEmpty,
    howToApplyHeading: nonEmpty,
    validityHeading: nonEmpty,
    departmentsHeading: nonEmpty,
    sourceLabel: nonEmpty,
    relatedHeading: nonEmpty,
    /** Another measure the message named ({measures}), offered next: reply “另外那个”. */
    alsoNamedOne: nonEmpty,
    /** Two or more others, offered next by their place: reply “第二个”. */
    alsoNamedSeveral: nonEmpty,
    canIApply: nonEmpty,
    useful: nonEmpty,
    notUseful: nonEmpty,
    noFacts: nonEmpty,
    noValidity: nonEmpty,
    numberingNote: nonEmpty,
    /** The link to the measure's page on a card inserted from Teams' compose box. */
    openPage: nonEmpty,
  }),
  status: z.strictObject({ ended: nonEmpty, targetPassed: nonEmpty, inForce: nonEmpty, recurring: nonEmpty }),
  /** A measure's status in a few words, for lists and previews (src/answers/statusBadge.ts). */
  badge: z.strictObject({
    ended: nonEmpty,
    targetPassed: nonEmpty,
    inForce: nonEmpty,
    recurring: nonEmpty,
    undated: nonEmpty,
  }),
  followUp: z.strictObject({
    apply: nonEmpty,
    conditions: nonEmpty,
    amount: nonEmpty,
    deadline: nonEmpty,
    /** Asked when a measure closes, which has only target dates or standing arrangements. */
    noClosingDate: nonEmpty,
    needMeasure: nonEmpty,
    department: nonEmpty,
    noDepartment: nonEmpty,
    article: nonEmpty,
    noArticle: nonEmpty,
  }),
  person: z.strictObject({
    /** Said first when the user asked for a phone number: the source publishes none. */
    noNumber: nonEmpty,
    asked: nonEmpty,
    declines: nonEmpty,
    offer: nonEmpty,
    offerText: nonEmpty,
  }),
  /** Asked whether measures can be used together (能同时申请吗): the source does not say. */
  combined: nonEmpty,
  several: z.strictObject({
    intro: nonEmpty,
    details: nonEmpty,
    group: nonEmpty,
    area: nonEmpty,
    notCovered: nonEmpty,
    otherRegion: nonEmpty,
    mayHelp: nonEmpty,
  }),
  compare: z.strictObject({
    title: nonEmpty,
    area: nonEmpty,
    who: nonEmpty,
    figures: nonEmpty,
    time: nonEmpty,
    apply: nonEmpty,
    difference: nonEmpty,
    sameArea: nonEmpty,
    differentAreas: nonEmpty,
    offerCheck: nonEmpty,
    checkButton: nonEmpty,
    noFigures: nonEmpty,
    undated: nonEmpty,
  }),
  statusBadge: z.strictObject({ ended: nonEmpty, targetPassed: nonEmpty }),
  statusList: z.strictObject({
    heading: nonEmpty,
    /** What has ended, waved away by the question (过期的别给我列): how many were left out. */
    endedHidden: nonEmpty,
    endedNotListed: nonEmpty,
    areaScope: nonEmpty,
    ended: nonEmpty,
    targetPassed: nonEmpty,
    inForce: nonEmpty,
    noneInForce: nonEmpty,
    undated: nonEmpty,
    /** Under the passed 2023 targets: the source does not say whether they were met. */
    targetsNote: nonEmpty,
    undatedNote: nonEmpty,
    noneEnded: nonEmpty,
    count: nonEmpty,
  }),
  partial: z.strictObject({ text: nonEmpty, mayHelp: nonEmpty, asked: nonEmpty }),
  /** What `yiqi ask` adds when a question needs a conversation (an eligibility check, the check-up). */
  cli: z.strictObject({ checkInChat: nonEmpty, checkupInCli: nonEmpty }),
  calculation: z.strictObject({
    title: nonEmpty,
    premise: nonEmpty,
    estimate: nonEmpty,
    /** Why an amount stated does not qualify (未满足:{condition}). */
    unmet: nonEmpty,
    note: nonEmpty,
    check: nonEmpty,
  }),
  whyNot: z.strictObject({
    unmetHeading: nonEmpty,
    unmet: nonEmpty,
    /** An amount below a threshold: how much is missing (技改投资800万 → 还差200万元). */
    short: nonEmpty,
    /** What a way that would apply gives with the amounts stated (400万元 × 5% = 20万元). */
    worked: nonEmpty,
    changeHeading: nonEmpty,
    otherHeading: nonEmpty,
    path: nonEmpty,
    and: nonEmpty,
    or: nonEmpty,
    is: nonEmpty,
    gte: nonEmpty,
    lt: nonEmpty,
    in: nonEmpty,
  }),
  feedback: z.strictObject({ useful: nonEmpty, notUseful: nonEmpty }),
  glossary: z.strictObject({ heading: nonEmpty, relatedHeading: nonEmpty }),
  errors: z.strictObject({
    turn: nonEmpty,
    storage: nonEmpty,
    conflict: nonEmpty,
    attachmentOnly: nonEmpty,
    tooLong: nonEmpty,
  }),
  /** What a deletion of personal data names, part by part. */
  eligibility: z.strictObject({
    intro: nonEmpty,
    checkupIntro: nonEmpty,
    noQuestions: nonEmpty,
    usedProfile: nonEmpty,
    cancelled: nonEmpty,
    restarted: nonEmpty,
    gaveUp: nonEmpty,
    gaveUpCheckup: nonEmpty,
    help: nonEmpty,
    resume: nonEmpty,
    resultTitle: nonEmpty,
    checkupTitle: nonEmpty,
    outcome: z.strictObject({
      eligible: nonEmpty,
      possible: nonEmpty,
      notEligible: nonEmpty,
      ended: nonEmpty,
      unknown: nonEmpty,
    }),
    estimateHeading: nonEmpty,
    reasonHeading: nonEmpty,
    profileHeading: nonEmpty,
    channelsHeading: nonEmpty,
    applyNote: nonEmpty,
    viewMeasure: nonEmpty,
    startCheckup: nonEmpty,
    copyText: nonEmpty,
    universalHeading: nonEmpty,
    targetedHeading: nonEmpty,
    possibleHeading: nonEmpty,
    notEligibleHeading: nonEmpty,
    endedHeading: nonEmpty,
    noCheckup: nonEmpty,
  }),
});

export type Replies = z.infer<typeof repliesSchema>;

/** Fills {name} placeholders; a placeholder without a value is an operator error, not silent text. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in reply template "${template}"`);
    return String(value);
  });
}
