// CloudAdapter with authentication done up front: any failure to authenticate a request — no token,
// a forged one, or signing keys this machine cannot reach — is a 401, never a 500. Its HTTP clients
// are reused across turns (CachingAuthentication).
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import { CachingAuthentication } from './cachingAuthentication.js';

export class AuthenticationFailed extends Error {
  constructor(readonly reason: string) {
    super(`Unauthorized: ${reason}`);
    this.name = 'AuthenticationFailed';
  }
}

export class YiqiAdapter extends CloudAdapter {
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly requireToken: boolean,
  ) {
    super(new CachingAuthentication(authentication));
  }

  async authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    if (this.requireToken && !authHeader.trim()) throw new AuthenticationFailed('no Authorization header');
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
