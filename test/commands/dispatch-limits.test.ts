import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../commands/dispatch.js';
import { createCommandLimiter } from '../../commands/limits.js';
import { type HostileContext, hostileContext } from '../properties/context.js';

let open: HostileContext | undefined;
afterEach(() => open?.close());

function context(...args: Parameters<typeof hostileContext>) {
  open = hostileContext(...args);
  return open.ctx;
}

describe('dispatch enforces needs and limits before a command runs', () => {
  it('refuses a manage-only command to someone who cannot manage', async () => {
    const ctx = context({ user: { id: 'u2', canManage: false } });
    const reply = await dispatch('subscribe', {}, ctx);
    expect(reply).toMatchObject({ kind: 'error', code: 'not_allowed', ephemeral: true });
    const allowed = await dispatch(
      'subscribe',
      {},
      { ...ctx, user: { id: 'u2', canManage: true } },
    );
    expect(allowed.kind === 'error' && allowed.code === 'not_allowed').toBe(false);
  });

  it('bounds the length of questions, links and keywords', async () => {
    const ctx = context();
    // The limits are the commands' own (commands/ask.ts: questions up to 500 characters).
    const question = await dispatch('ask', { question: `Who ${'x'.repeat(600)}?` }, ctx);
    expect(question).toMatchObject({ kind: 'error', code: 'bad_input' });
    expect(question.kind === 'error' && question.message).toMatch(
      /question is too long \(605 characters; the limit is 500\)/,
    );
    const link = await dispatch('brief', { url: `https://example.com/${'a'.repeat(3_000)}` }, ctx);
    expect(link.kind === 'error' && link.message).toMatch(/url is too long/);
    const keywords = await dispatch(
      'subscribe',
      { feed: 'https://f.example.com/rss', keywords: 'k'.repeat(301) },
      ctx,
    );
    expect(keywords.kind === 'error' && keywords.message).toMatch(/keywords is too long/);
  });

  it('says "try again in N s" once a user has used their /brief and /ask allowance', async () => {
    const limiter = createCommandLimiter({ userPerMinute: 2, channelPerMinute: 10 });
    const ctx = context({ limiter });
    const first = await dispatch('ask', { question: 'Who signed the treaty?' }, ctx);
    const second = await dispatch('brief', { url: 'https://example.com/a' }, ctx);
    for (const reply of [first, second]) expect(reply).not.toMatchObject({ code: 'rate_limited' });
    const third = await dispatch('ask', { question: 'Who signed the treaty?' }, ctx);
    expect(third).toMatchObject({ kind: 'error', code: 'rate_limited', ephemeral: true });
    expect(third.kind === 'error' && third.message).toMatch(/try again in 60 s/);
    const help = await dispatch('help', {}, ctx);
    expect(help.kind).not.toBe('error');
    const other = await dispatch(
      'ask',
      { question: 'Who?' },
      { ...ctx, user: { id: 'u9', canManage: false } },
    );
    expect(other).not.toMatchObject({ code: 'rate_limited' });
  });

  it('limits a whole channel across users', async () => {
    const limiter = createCommandLimiter({ userPerMinute: 5, channelPerMinute: 2 });
    const ctx = context({ limiter });
    const as = (id: string) => ({ ...ctx, user: { id, canManage: false } });
    await dispatch('ask', { question: 'Who?' }, as('a'));
    await dispatch('ask', { question: 'Who?' }, as('b'));
    const third = await dispatch('ask', { question: 'Who?' }, as('c'));
    expect(third.kind === 'error' && third.message).toMatch(/This channel .* try again in \d+ s/);
  });

  it('does not spend an allowance on a call that fails validation', async () => {
    const limiter = createCommandLimiter({ userPerMinute: 1, channelPerMinute: 10 });
    const ctx = context({ limiter });
    expect(await dispatch('ask', { question: 'q'.repeat(501) }, ctx)).toMatchObject({
      code: 'bad_input',
    });
    expect(await dispatch('ask', { question: 'Who signed?' }, ctx)).not.toMatchObject({
      code: 'rate_limited',
    });
  });

  it('never echoes a hostile command name', async () => {
    const reply = await dispatch('@everyone <script>', {}, context());
    expect(reply.kind === 'error' && reply.message).not.toMatch(/@|</);
  });
});
