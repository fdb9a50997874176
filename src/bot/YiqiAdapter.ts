// CloudAdapter with authentication done up front: any failure to authenticate a request — no token,
// a forged one, or signing keys this machine cannot reach — is a 401, never a 500. The token is
// checked once before the body is read (preAuthenticate) and then against the activity it came
// with. Its HTTP clients are reused across turns and their requests have deadlines
// (CachingAuthentication).
import {
  Channels,
  CloudAdapter,
  RoleTypes,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import { CachingAuthentication } from './cachingAuthentication.js';

export class AuthenticationFailed extends Error {
  constructor(readonly reason: string) {
    super(`Unauthorized: ${reason}`);
    this.name = 'AuthenticationFailed';
  }
}

export class YiqiAdapter extends CloudAdapter {
  private readonly anonymousResults = new Map<boolean, Promise<AuthenticateRequestResult>>();

  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly requireToken: boolean,
    options: { connectorTimeoutMs?: number } = {},
  ) {
    super(new CachingAuthentication(authentication, options.connectorTimeoutMs));
  }

  /** Whether requests must carry a Bot Framework token (authenticated mode). */
  get requiresToken(): boolean {
    return this.requireToken;
  }

  /**
   * Checks the token alone — signature, issuer, audience, expiry — before the request's body is read,
   * so an unauthenticated caller costs no body reading or validation. The serviceUrl and channel the
   * token must also match are checked by `authenticate` once the activity is known.
   */
  async preAuthenticate(authHeader: string): Promise<void> {
    if (!this.requireToken) return;
    await this.authenticate({ channelId: '', serviceUrl: '' } as Activity, authHeader);
  }

  async authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    if (!this.requireToken) return this.anonymous(activity, authHeader);
    if (!authHeader.trim()) throw new AuthenticationFailed('no Authorization header');
    return this.checkToken(activity, authHeader);
  }

  /**
   * Local mode (no MicrosoftAppId): authentication is off and every request gets the same anonymous
   * result, except a skill call from the Emulator — so it is worked out once for each and reused,
   * instead of on every turn.
   */
  private anonymous(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const skill = activity.channelId === Channels.Emulator && activity.recipient?.role === RoleTypes.Skill;
    let result = this.anonymousResults.get(skill);
    if (!result) {
      result = this.checkToken(activity, authHeader);
      this.anonymousResults.set(skill, result);
      result.catch(() => this.anonymousResults.delete(skill));
    }
    return result;
  }

  private async checkToken(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw new AuthenticationFailed(err instanceof Error ? err.message.split('\n')[0]! : String(err));
    }
  }

  /** Runs a turn for an authenticated request; returns the invoke or expectReplies response, if any. */
  processAuthenticated(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}
