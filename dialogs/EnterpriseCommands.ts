// Runs the commands about whose data the bot is using, read before a message is taken as a
// question: the enterprise profiles (为…做政策体检, 切换到…, 现在是哪家企业, 列出企业, 删除…,
// 换一家企业), 「撤销分享链接」 and 「删除我的数据」. MainDialog calls `handle`; a flow in progress
// calls `interrupt` first: a command that changes the enterprise (or deletes the user's data) ends
// the running check with a note and hands the message back to MainDialog, any other runs in place
// and the pending question is asked again.
import { ActivityTypes, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { parseCardAction } from '../src/bot/cardAction.js';
import { actionSet, card, submit, text } from '../src/bot/cards/adaptiveCard.js';
import { supportsCards } from '../src/bot/renderAnswer.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { isForgetRequest } from '../src/privacy/forgetRequest.js';
import { matchNames } from '../src/profiles/enterpriseName.js';
import {
  activeProfile,
  addProfile,
  MAX_PROFILES,
  removeProfile,
  switchTo,
  type EnterpriseProfile,
  type ProfileBook,
} from '../src/profiles/profileBook.js';
import { listPosition, readProfileCommand, type ProfileCommand } from '../src/profiles/profileCommand.js';
import { fill, profileTexts } from '../src/profiles/texts.js';
import { readShareCommand, type ShareCommand } from '../src/share/shareCommand.js';
import { CHECKUP_DIALOG, FORGET_DATA_DIALOG, MAIN_FLOW } from './dialogIds.js';
import { Dialog, type DialogContext, type DialogTurnResult } from './dialogsLib.js';
import { type EnterpriseProfileState, profileLabel } from './EnterpriseProfileState.js';

export type EnterpriseCommand =
  | { family: 'profile'; command: ProfileCommand }
  | { family: 'share'; command: ShareCommand }
  | { family: 'forget' };

/** What MainDialog does after a command: nothing more, start a flow, or route the rest of the message. */
export type CommandOutcome =
  { kind: 'done' } | { kind: 'start'; flow: string; options?: object } | { kind: 'continue'; text: string };

/** The profiles a query means: by place in the list (第2家) or by name. */
function resolve(book: ProfileBook, query: string): EnterpriseProfile[] {
  const position = listPosition(query);
  if (position !== undefined) {
    const profile = book.profiles[position - 1];
    return profile ? [profile] : [];
  }
  return matchNames(query, book.profiles);
}

export class EnterpriseCommands {
  constructor(
    private readonly services: TurnServices,
    private readonly profiles: EnterpriseProfileState,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
  ) {}

  read(message: string): EnterpriseCommand | undefined {
    if (!message) return undefined;
    if (isForgetRequest(message)) return { family: 'forget' };
    const share = readShareCommand(message);
    if (share) return { family: 'share', command: share };
    const profile = readProfileCommand(message);
    return profile ? { family: 'profile', command: profile } : undefined;
  }

  /** Runs the command the message is, if it is one. */
  async handle(context: TurnContext, message: string): Promise<CommandOutcome | undefined> {
    const command = this.read(message);
    if (!command) return undefined;
    switch (command.family) {
      case 'forget':
        return { kind: 'start', flow: FORGET_DATA_DIALOG };
      case 'share':
        await this.revokeOwned(context, command.command.all);
        return { kind: 'done' };
      case 'profile':
        return this.runProfileCommand(context, command.command);
    }
  }

  /** In the middle of a flow: ends it for a command that changes the enterprise, else answers in place. */
  async interrupt(innerDc: DialogContext, message: string): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    const action = parseCardAction(context.activity.value);
    if (action?.action === 'revokeShare') {
      await this.revokeFromCard(context, action.token);
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    const command = this.read(message);
    if (!command) return undefined;
    if (await this.endsFlow(context, command)) {
      await context.sendActivity(
        command.family === 'forget' ? profileTexts.privacy.flowEnded : profileTexts.profiles.flowEnded,
      );
      const main = innerDc.parent;
      if (main?.findDialog(MAIN_FLOW)) return main.replaceDialog(MAIN_FLOW);
      return innerDc.cancelAllDialogs(true);
    }
    await this.handle(context, message);
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** The 撤销分享链接 button of a check-up card. */
  async revokeFromCard(context: TurnContext, token: string): Promise<void> {
    const links = this.services.shareLinks;
    const { userId, channelId } = who(context);
    const revoked = links ? await links.revoke(token, userId, channelId) : false;
    if (revoked) this.services.logger.info('share link revoked', { links: 1 });
    await context.sendActivity(
      revoked ? fill(profileTexts.share.revoked, { count: 1 }) : profileTexts.share.revokedNone,
    );
  }

  private async endsFlow(context: TurnContext, command: EnterpriseCommand): Promise<boolean> {
    if (command.family === 'forget') return true;
    if (command.family !== 'profile') return false;
    const c = command.command;
    switch (c.type) {
      case 'checkup-for':
      case 'fresh':
        return true;
      case 'switch':
      case 'delete': {
        if (!c.query) return false;
        const book = await this.profiles.book(context);
        const found = resolve(book, c.query);
        if (found.length !== 1) return false; // not found or ambiguous: answered in place
        const isActive = found[0]!.key === book.activeKey;
        return c.type === 'switch' ? !isActive : isActive;
      }
      default:
        return false;
    }
  }

  private async revokeOwned(context: TurnContext, all: boolean): Promise<void> {
    const links = this.services.shareLinks;
    const { userId, channelId } = who(context);
    const profileKey = all ? undefined : (await this.profiles.book(context)).activeKey;
    const revoked =
      links && (all || profileKey) ? await links.revokeOwned(userId, channelId, profileKey) : [];
    if (revoked.length > 0)
      this.services.logger.info('share links revoked', { links: revoked.length, profileKey });
    await context.sendActivity(
      revoked.length > 0
        ? fill(profileTexts.share.revoked, { count: revoked.length })
        : profileTexts.share.revokedNone,
    );
  }

  private async runProfileCommand(context: TurnContext, command: ProfileCommand): Promise<CommandOutcome> {
    const t = profileTexts.profiles;
    const book = await this.profiles.book(context);
    const say = (message: string) => context.sendActivity(message);
    const log = (action: string, profileKey?: string) =>
      this.services.logger.info('enterprise profile', { action, profileKey, profiles: book.profiles.length });
    /** The one profile `query` names, or undefined once the user is told that none or several do. */
    const theOne = async (query: string): Promise<EnterpriseProfile | undefined> => {
      const found = resolve(book, query);
      if (found.length === 1) return found[0]!;
      await say(found.length === 0 ? fill(t.notFound, { query }) : ambiguous(query, found));
      return undefined;
    };
    switch (command.type) {
      case 'checkup-for': {
        const found = matchNames(command.name, book.profiles);
        if (found.length > 1) {
          await say(ambiguous(command.name, found));
          return { kind: 'done' };
        }
        const target = found[0];
        if (target) {
          if (target.key === book.activeKey) await say(fill(t.alreadyActive, { name: profileLabel(target) }));
          else {
            switchTo(book, target.key, new Date());
            await say(fill(t.switched, { name: profileLabel(target) }));
          }
          log('switch', target.key);
          return { kind: 'start', flow: CHECKUP_DIALOG };
        }
        const active = activeProfile(book);
        if (active && active.name === undefined && Object.keys(active.answers).length === 0) {
          active.name = command.name;
          active.updatedAt = new Date().toISOString();
          await say(fill(t.named, { name: command.name }));
          log('name', active.key);
          return { kind: 'start', flow: CHECKUP_DIALOG };
        }
        const made = addProfile(book, command.name, new Date());
        if (made === 'too-many') {
          await say(fill(t.tooMany, { max: MAX_PROFILES }));
          return { kind: 'done' };
        }
        const besideUnnamed = active !== undefined && active.name === undefined;
        await say(fill(besideUnnamed ? t.createdBesideUnnamed : t.created, { name: command.name }));
        log('create', made.key);
        return { kind: 'start', flow: CHECKUP_DIALOG };
      }
      case 'fresh': {
        const active = activeProfile(book);
        const reusable = active && active.name === undefined && Object.keys(active.answers).length === 0;
        if (!reusable) {
          const made = addProfile(book, undefined, new Date());
          if (made === 'too-many') {
            await say(fill(t.tooMany, { max: MAX_PROFILES }));
            return { kind: 'done' };
          }
          log('create', made.key);
        }
        await say(t.fresh);
        return command.rest ? { kind: 'continue', text: command.rest } : { kind: 'done' };
      }
      case 'current': {
        const active = activeProfile(book);
        const count = active ? Object.keys(active.answers).length : 0;
        await say(
          active?.name ? fill(t.current, { name: active.name, count }) : fill(t.currentUnnamed, { count }),
        );
        return { kind: 'done' };
      }
      case 'list':
        await context.sendActivity(listActivity(book, context.activity.channelId));
        return { kind: 'done' };
      case 'switch': {
        if (!command.query) {
          await say(t.askName);
          if (book.profiles.length > 0)
            await context.sendActivity(listActivity(book, context.activity.channelId));
          return { kind: 'done' };
        }
        const target = await theOne(command.query);
        if (!target) return { kind: 'done' };
        if (target.key === book.activeKey) {
          await say(fill(t.alreadyActive, { name: profileLabel(target) }));
        } else {
          switchTo(book, target.key, new Date());
          await say(fill(t.switched, { name: profileLabel(target) }));
          log('switch', target.key);
        }
        return { kind: 'done' };
      }
      case 'delete': {
        const target = await theOne(command.query);
        if (!target) return { kind: 'done' };
        const wasActive = target.key === book.activeKey;
        removeProfile(book, target.key);
        const { userId, channelId } = who(context);
        const revoked = (await this.services.shareLinks?.revokeOwned(userId, channelId, target.key)) ?? [];
        const data = await this.conversationData.get(context, {});
        // The last result's answers may be this profile's: they go with it.
        delete data.lastResult;
        if (data.lastCheckupProfileKey === target.key) {
          delete data.lastCheckupAnswers;
          delete data.lastCheckupProfileKey;
          delete data.lastCheckupBasis;
          delete data.lastCheckupShare;
        }
        await this.conversationData.set(context, data);
        const name = profileLabel(target);
        const lines = [
          fill(wasActive ? t.deletedActive : t.deleted, { name, count: Object.keys(target.answers).length }),
        ];
        if (revoked.length > 0) lines.push(fill(t.deletedLinks, { count: revoked.length }));
        await say(lines.join(''));
        log('delete', target.key);
        return { kind: 'done' };
      }
    }
  }
}

function who(context: TurnContext): { userId: string; channelId: string } {
  return { userId: context.activity.from?.id ?? '', channelId: context.activity.channelId ?? '' };
}

function ambiguous(query: string, found: readonly EnterpriseProfile[]): string {
  return fill(profileTexts.profiles.ambiguous, { query, names: found.map(profileLabel).join('、') });
}

/** The saved enterprises, the active one marked; on card channels with a button to switch to each other one. */
function listActivity(book: ProfileBook, channelId: string | undefined) {
  const t = profileTexts.profiles;
  if (book.profiles.length === 0) return { type: ActivityTypes.Message, text: t.listEmpty };
  const lines = book.profiles.map((p, i) =>
    fill(p.key === book.activeKey ? t.listActive : t.listItem, {
      n: i + 1,
      name: profileLabel(p),
      count: Object.keys(p.answers).length,
    }),
  );
  const heading = fill(t.listHeading, { count: book.profiles.length });
  if (!supportsCards(channelId))
    return { type: ActivityTypes.Message, text: [heading, ...lines, t.listHint].join('\n') };
  const buttons = book.profiles
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.key !== book.activeKey)
    .slice(0, 10)
    .map(({ p, i }) =>
      submit(fill(t.switchButton, { name: profileLabel(p) }), {
        action: 'answer',
        text: fill(t.switchButton, { name: p.name ?? fill(t.position, { n: i + 1 }) }),
      }),
    );
  const body = [
    text(heading, { weight: 'Bolder' }),
    ...lines.map((l) => text(l, { spacing: 'Small' })),
    text(t.listHint, { size: 'Small', isSubtle: true }),
  ];
  if (buttons.length > 0) body.push(actionSet(buttons));
  return { type: ActivityTypes.Message, attachments: [card(body)] };
}
