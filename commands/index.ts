import ask from './ask.js';
import brief from './brief.js';
import type { Command } from './command.js';
import help from './help.js';
import opml from './opml.js';
import subscribe from './subscribe.js';
import subscriptions from './subscriptions.js';
import unsubscribe from './unsubscribe.js';

/** Every command, listed by hand so that adding one is a visible change. */
export const commands: readonly Command[] = [
  brief,
  ask,
  help,
  subscribe,
  unsubscribe,
  subscriptions,
  opml,
];
