import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { Config } from '../../config/config';

/** CloudAdapter, with the turn run by us so failures are answered and logged our way (not to the console). */
export class ChatAdapter extends CloudAdapter {
  run(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

/**
 * The adapter for Azure Bot Service's activities. This module is the only one that loads botbuilder's code (the
 * rest import its types): it is loaded when /api/messages is first used, so a service without Teams or the
 * Emulator never carries it (about 45 MB of memory and half a second of every start).
 */
export function createChatAdapter(botFramework: Config['botFramework']): ChatAdapter {
  return new ChatAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: botFramework.appId ?? undefined,
      MicrosoftAppPassword: botFramework.appPassword ?? undefined,
      MicrosoftAppTenantId: botFramework.tenantId ?? undefined,
      MicrosoftAppType: botFramework.tenantId ? 'SingleTenant' : 'MultiTenant',
    }),
  );
}
