// A bot process for the Slack restart tests, so that a test can kill it: SIGKILL by the test
// while a post is in flight, or by itself (NEWSBRIEF_TEST_CRASH=after-send) right after Slack
// confirmed a post and before the confirmation is recorded.
import { slackChannel, startSlackBot } from './slack-bot.js';

const [dir = '', feedUrl = ''] = process.argv.slice(2);
const quiet = { info() {}, warn() {}, error() {} };
const bot = startSlackBot({
  dir,
  apiUrl: process.env.SLACK_API_URL ?? '',
  now: Number(process.env.NEWSBRIEF_TEST_NOW),
  log: quiet,
  afterSend: () =>
    process.env.NEWSBRIEF_TEST_CRASH === 'after-send'
      ? process.kill(process.pid, 'SIGKILL')
      : undefined,
});
await bot.service.subscribe(slackChannel, { feed: feedUrl });
await bot.service.pollOnce();
bot.close();
