import { describe, expect, it } from 'vitest';
import type { Command } from '../../commands/command.js';
import { commands } from '../../commands/index.js';
import { readOptions } from '../../commands/parse-text.js';
import { checkOptions } from '../../commands/validate.js';

function command(name: string): Command {
  const found = commands.find((c) => c.name === name);
  if (!found) throw new Error(`no /${name}`);
  return found;
}

const read = (name: string, text: string) => readOptions(command(name), text);
const check = (name: string, options: Record<string, unknown>) =>
  checkOptions(command(name), options);

describe('reading typed options (console and Slack)', () => {
  it('reads name:value options wherever they are, values with spaces and quotes', () => {
    expect(read('brief', 'url:https://example.com/a?b=c length:short')).toEqual({
      ok: true,
      options: { url: 'https://example.com/a?b=c', length: 'short' },
    });
    expect(read('brief', 'topic:"trade deal" length:long')).toEqual({
      ok: true,
      options: { topic: 'trade deal', length: 'long' },
    });
  });

  it('gives free text to the command’s free-text option', () => {
    expect(read('ask', 'Who signed the agreement? url:content/articles/x.txt')).toEqual({
      ok: true,
      options: { question: 'Who signed the agreement?', url: 'content/articles/x.txt' },
    });
    expect(read('unsubscribe', '2')).toEqual({ ok: true, options: { feed: '2' } });
    expect(read('help', 'brief')).toEqual({ ok: true, options: { command: 'brief' } });
    expect(read('opml', 'export')).toEqual({ ok: true, options: { action: 'export' } });
  });

  it('reads one word after /brief as a link and more as the article’s text', () => {
    expect(read('brief', 'https://example.com/x length:short')).toEqual({
      ok: true,
      options: { url: 'https://example.com/x', length: 'short' },
    });
    const pasted = 'Harbour reopens. The harbour reopened on Tuesday after a week of storms.';
    expect(read('brief', pasted)).toEqual({ ok: true, options: { text: pasted } });
  });

  it('reads a quoted path as one value, and a quoted paste as pasted text', () => {
    expect(read('brief', '"my notes/harbour story.txt"')).toEqual({
      ok: true,
      options: { url: 'my notes/harbour story.txt' },
    });
    const paste = '"We will reopen on Tuesday," the harbour master said. "Not before."';
    expect(read('brief', paste)).toEqual({ ok: true, options: { text: paste } });
  });

  it('reads words after a feed as its keywords', () => {
    expect(read('subscribe', 'https://f.example.com/rss ukraine -football')).toEqual({
      ok: true,
      options: { feed: 'https://f.example.com/rss', keywords: 'ukraine -football' },
    });
  });

  it('does not mistake a colon inside a value, or a link, for an option', () => {
    expect(read('ask', 'question:What time: noon or later?')).toEqual({
      ok: true,
      options: { question: 'What time: noon or later?' },
    });
    expect(read('brief', 'file:///etc/passwd')).toEqual({
      ok: true,
      options: { url: 'file:///etc/passwd' },
    });
  });

  it('passes an unknown option on, for the one message every platform shows', () => {
    const typed = read('brief', 'foo:bar');
    expect(typed).toEqual({ ok: true, options: { foo: 'bar' } });
    expect(check('brief', { foo: 'bar' })).toEqual({
      ok: false,
      message: '/brief: unknown option `foo` (options: url, text, topic, length).',
    });
  });

  it('refuses an option given twice instead of keeping the last', () => {
    expect(read('brief', 'url:https://a.example.com url:https://b.example.com')).toEqual({
      ok: false,
      message: '/brief: give url only once.',
    });
    expect(read('brief', 'https://a.example.com url:https://b.example.com')).toMatchObject({
      ok: false,
    });
  });

  it('takes a pasted OPML file whole, colons and all', () => {
    const opml =
      '<opml version="2.0"><body><outline xmlUrl="https://f.example.com/rss" text="a:b"/></body></opml>';
    expect(read('opml', `import ${opml}`)).toEqual({
      ok: true,
      options: { action: 'import', source: opml },
    });
  });
});

describe('saying what is wrong with options, in plain words', () => {
  it('asks for a missing required option with an example', () => {
    expect(check('ask', {})).toEqual({
      ok: false,
      message: '/ask needs a question, e.g. /ask Who signed it?',
    });
  });

  it('refuses url together with topic', () => {
    expect(check('brief', { url: 'https://a.example.com', topic: 'china' })).toEqual({
      ok: false,
      message: '/brief: give either url or topic, not both.',
    });
  });

  it('names an empty option, a short one, a long one and a wrong choice', () => {
    const empty = check('brief', { url: '' });
    expect(empty).toMatchObject({ ok: false });
    if (!empty.ok)
      expect(empty.message).toMatch(/^\/brief: url needs a value, e\.g\. \/brief url:https:/);
    expect(check('brief', { topic: 'x' })).toEqual({
      ok: false,
      message: '/brief: topic is too short (at least 2 characters).',
    });
    expect(check('ask', { question: 'x'.repeat(600) })).toEqual({
      ok: false,
      message: '/ask: question is too long (600 characters; the limit is 500).',
    });
    expect(check('brief', { length: 'huge' })).toEqual({
      ok: false,
      message: '/brief: length must be short, standard or long, not "huge".',
    });
    expect(check('subscribe', { feed: 'https://f.example.com', time: '8 am' })).toEqual({
      ok: false,
      message: '/subscribe: time should look like 08:00.',
    });
  });

  it('never shows zod’s own wording', () => {
    for (const c of commands) {
      const verdict = checkOptions(c, { url: 42, question: [], feed: {}, action: 'x' });
      if (!verdict.ok) expect(verdict.message).not.toMatch(/Invalid|expected|received|>=|<=/);
    }
  });
});
