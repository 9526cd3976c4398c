import type { Command } from './command.js';
import help from './help.js';

/** Every command, listed by hand so that adding one is a visible change. */
export const commands: readonly Command[] = [help];
