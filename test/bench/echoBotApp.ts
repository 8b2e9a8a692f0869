import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';
import { listenForBench } from './benchApp';

/**
 * The chat's reference: Microsoft's echo bot on CloudAdapter with no app id and no storage. Requests ask for
 * deliveryMode expectReplies, so the reply comes back in the answer instead of being POSTed to a serviceUrl.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const app = express();
app.use(express.json());
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
listenForBench('echo', app);
