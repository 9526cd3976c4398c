import { stripUnsafeCharacters } from '../../src/index.js';

/**
 * Everything the console prints passes `escapeTerminal`, whatever made it: a terminal obeys
 * escape sequences in its output, so a feed item could clear the screen, set the window title
 * (OSC 0/2), plant a hyperlink (OSC 8) or rewrite a line it printed (carriage return).
 * https://invisible-island.net/xterm/ctlseqs/ctlseqs.html
 * Whole sequences go, so no half of one is left to show; then every control and bidi character.
 */

// OSC (…BEL or …ST), DCS/SOS/PM/APC strings, CSI (7- and 8-bit), then any other ESC pair.
const sequences =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal sequences are the point.
  /\u001B\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[PX^_][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?|\u001B[\s\S]?/g;

export function escapeTerminal(text: string): string {
  return stripUnsafeCharacters(text.replace(sequences, '').replace(/\r\n?/g, '\n'));
}

/** A writer that prints only what `escapeTerminal` lets through. */
export function terminalWriter(write: (text: string) => void): (text: string) => void {
  return (text) => write(escapeTerminal(text));
}
