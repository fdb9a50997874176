// The 服务包 to hand over: after a check-up, a snapshot of its content behind a share link (when this
// server knows its public address), shown on the card as a button, a QR code and a revoke button;
// and the plain-text 服务包 with the line naming the enterprise and the link.
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { ShareCardPart } from '../src/bot/cards/eligibilityCards.js';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import {
  runCheckup,
  servicePackageDocument,
  servicePackageText,
  type ServicePackage,
} from '../src/eligibility/checkup.js';
import { chineseDate } from '../src/kb/chineseDate.js';
import { toShanghaiDay } from '../src/kb/statusOn.js';
import type { EnterpriseProfile } from '../src/profiles/profileBook.js';
import { fill, profileTexts } from '../src/profiles/texts.js';
import { qrPngDataUri } from '../src/share/qrCode.js';

/**
 * Makes the share link of a 服务包: undefined when links are off (no public address, yiqi chat),
 * 'failed' when the store could not be written (logged; the check-up result is still given).
 */
export async function shareServicePackage(
  context: TurnContext,
  services: TurnServices,
  profile: EnterpriseProfile,
  pkg: ServicePackage,
): Promise<ShareCardPart | 'failed' | undefined> {
  const links = services.shareLinks;
  if (!links?.enabled) return undefined;
  const day = services.today();
  try {
    const snapshot = await links.create({
      userId: context.activity.from?.id ?? '',
      channelId: context.activity.channelId ?? '',
      profileKey: profile.key,
      ...(profile.name ? { enterpriseName: profile.name } : {}),
      day,
      document: servicePackageDocument(pkg, services.kb, day),
    });
    const url = links.urlOf(snapshot.token);
    if (!url) return undefined;
    services.logger.info('share link made', { profileKey: profile.key, expiresAt: snapshot.expiresAt });
    return {
      url,
      token: snapshot.token,
      until: chineseDate(toShanghaiDay(new Date(snapshot.expiresAt))),
      qrDataUri: qrPngDataUri(url),
    };
  } catch (err) {
    services.logger.warn('share link could not be made', { err, profileKey: profile.key });
    return 'failed';
  }
}

/** The line giving the share link in text (the plain-text 服务包, channels without cards). */
export function shareLine(share: { url: string; until: string }): string {
  return fill(profileTexts.share.textLine, share);
}

/** The last check-up's 服务包 as plain text: whose answers, the 服务包, the link; or why there is none. */
export function lastServicePackageText(
  services: TurnServices,
  data: ConversationData,
  kb: KnowledgeBase = services.kb,
): Partial<Activity> | string {
  const { today } = services;
  const answers = data.lastCheckupAnswers;
  if (!answers) return kb.replies.eligibility.noCheckup;
  const measures = kb.measures.filter((m) => m.eligibility);
  const text = servicePackageText(runCheckup(measures, answers, today(), kb), kb, today());
  const parts = [
    data.lastCheckupBasis,
    text.trimEnd(),
    data.lastCheckupShare && shareLine(data.lastCheckupShare),
  ];
  return { type: ActivityTypes.Message, text: parts.filter(Boolean).join('\n') + '\n', textFormat: 'plain' };
}
