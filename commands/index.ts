import type { Command } from './command.js';
import help from './help.js';
import subscribe from './subscribe.js';
import subscriptions from './subscriptions.js';
import unsubscribe from './unsubscribe.js';

/** Every command, listed by hand so that adding one is a visible change. */
export const commands: readonly Command[] = [help, subscribe, unsubscribe, subscriptions];
