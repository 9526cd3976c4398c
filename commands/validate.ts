import type { z } from 'zod';
import type { Command } from './command.js';
import { describeOptions, type OptionInfo } from './options.js';

export type Checked<T> = { ok: true; options: T } | { ok: false; message: string };

/**
 * Checks raw options against the command's own declaration and says what is wrong in words a
 * person understands: never zod's wording, never an internal code. The same sentence on every
 * platform, whether the options came typed (console, Slack) or as Discord's option values.
 */
export function checkOptions(
  command: Command,
  raw: Record<string, unknown>,
): Checked<Record<string, unknown>> {
  const known = describeOptions(command.options);
  const problems = [...unknownOptions(known, raw), ...tooMany(command, raw)];
  if (problems.length === 0) {
    const parsed = command.options.safeParse(raw);
    if (parsed.success) return { ok: true, options: parsed.data as Record<string, unknown> };
    problems.push(...parsed.error.issues.map((issue) => explain(command, known, issue, raw)));
  }
  const missing = problems.find((problem) => problem.startsWith(`/${command.name} needs `));
  if (missing) return { ok: false, message: missing };
  return { ok: false, message: `/${command.name}: ${[...new Set(problems)].join('; ')}.` };
}

export function shownName(name: string): string {
  return name.replace(/[^\w-]/g, '').slice(0, 32) || '?';
}

function unknownOptions(known: OptionInfo[], raw: Record<string, unknown>): string[] {
  const names = new Set(known.map((option) => option.name));
  const unknown = Object.keys(raw).filter((name) => !names.has(name));
  if (unknown.length === 0) return [];
  const offered = known.length
    ? `options: ${known.map((option) => option.name).join(', ')}`
    : 'it takes no options';
  return unknown.slice(0, 3).map((name) => `unknown option \`${shownName(name)}\` (${offered})`);
}

function tooMany(command: Command, raw: Record<string, unknown>): string[] {
  const given = (command.oneOf ?? []).filter((name) => present(raw[name]));
  if (given.length < 2) return [];
  if (given.length === 2) return [`give either ${given[0]} or ${given[1]}, not both`];
  return [`give only one of ${given.slice(0, -1).join(', ')} or ${given.at(-1)}`];
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && !value.trim());
}

type Issue = z.core.$ZodIssue;

function explain(
  command: Command,
  known: OptionInfo[],
  issue: Issue,
  raw: Record<string, unknown>,
): string {
  const name = String(issue.path[0] ?? '');
  const option = known.find((o) => o.name === name);
  if (!option) return 'those options do not fit together';
  const looksLike = option.example ? `, e.g. /${command.name} ${name}:${option.example}` : '';
  const value = raw[name];
  if (value === undefined || value === null) {
    return `/${command.name} needs ${article(name)} ${name}, e.g. ${command.examples[0] ?? `/${command.name} ${name}:…`}`;
  }
  switch (issue.code) {
    case 'too_small':
      if (typeof value === 'string' && !value.trim()) return `${name} needs a value${looksLike}`;
      return `${name} is too short (at least ${option.minLength ?? issue.minimum} characters)`;
    case 'too_big':
      return `${name} is too long (${lengthOf(value).toLocaleString('en')} characters; the limit is ${(option.maxLength ?? Number(issue.maximum)).toLocaleString('en')})`;
    case 'invalid_value':
      return typeof value === 'string'
        ? `${name} must be ${listOf(option.choices ?? [])}, not "${value.slice(0, 40)}"`
        : `${name} must be ${listOf(option.choices ?? [])}`;
    case 'invalid_format':
      return option.example
        ? `${name} should look like ${option.example}`
        : `${name} is not written right`;
    case 'invalid_type':
      return `${name} should be ${option.type === 'string' ? 'text' : `a ${option.type}`}`;
    default:
      return `${name} is not right${looksLike}`;
  }
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function listOf(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}
