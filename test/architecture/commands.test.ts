import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { readOptions } from '../../commands/parse-text.js';
import { checkOptions } from '../../commands/validate.js';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const commandFiles = new Set(commands.map((command) => join('commands', `${command.name}.ts`)));
/** Every source file but the commands' own: none may say what a command's options, limits or privacy are. */
const elsewhere = ['src', 'commands', 'adapters']
  .flatMap(sourceFiles)
  // The `newsbrief brief|ask|summarize` command line is a batch tool with its own flags and JSON
  // lines, not the chat commands.
  .filter((file) => !commandFiles.has(file) && !file.startsWith(join('adapters', 'cli')));
const names = commands.map((command) => command.name).join('|');
const quoted = `['"](?:${names})['"]`;

const declarations: [string, RegExp][] = [
  ['a list of command names', new RegExp(`${quoted}\\s*,\\s*${quoted}`)],
  ['a table keyed to command names', new RegExp(`:\\s*${quoted}\\s*,\\s*[\\w'"]+:\\s*${quoted}`)],
  ['an option length', /\b(min|max)(_length|Length)\s*:\s*\d/],
  ['an option schema', /\bz\.(object|string|enum)\(/],
  [
    'a length per option name',
    // A length is at least two digits: a counter starting at 0 (`text: 0,`) is not one.
    /\b(question|url|topic|feed|keywords|text|source)\s*:\s*[1-9][\d_]+\s*,/,
  ],
  ['who may run a command', /\b(manage|limited|private)\s*:\s*true\b/],
];

describe('each command declared once', () => {
  it('keeps options, limits and privacy in the command’s own file', () => {
    for (const file of elsewhere) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [what, pattern] of declarations) {
        // The engine parses its own data (feeds, settings) with zod; options are not its business.
        if (what === 'an option schema' && file.startsWith('src')) continue;
        expect(pattern.test(text), `${file} declares ${what}: ${pattern.exec(text)?.[0]}`).toBe(
          false,
        );
      }
    }
  });

  it('catches a declaration made elsewhere, e.g. a set of private commands', () => {
    const [, listOfNames] = declarations[0] ?? [];
    expect(listOfNames?.test("const privateCommands = new Set(['help', 'subscriptions']);")).toBe(
      true,
    );
    const [, length] = declarations.find(([what]) => what === 'a length per option name') ?? [];
    expect(length?.test('  question: 300,')).toBe(true);
  });

  it('gives every command examples that its own parser and checks accept', () => {
    for (const command of commands) {
      expect(command.examples.length, command.name).toBeGreaterThan(0);
      for (const example of command.examples.filter((e) => !e.includes('<'))) {
        const typed = example.replace(new RegExp(`^/${command.name}\\s*`), '');
        const read = readOptions(command, typed);
        expect(read, example).toMatchObject({ ok: true });
        if (read.ok)
          expect(checkOptions(command, read.options), example).toMatchObject({ ok: true });
      }
    }
  });

  it('lets a command with a required option take it as free text', () => {
    for (const command of commands) {
      const required = Object.entries(command.options.shape).filter(
        ([, field]) =>
          !(field as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success,
      );
      if (required.length) expect(command.freeText?.option, command.name).toBe(required[0]?.[0]);
    }
  });
});
