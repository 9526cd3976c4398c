import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { readOptions } from '../../commands/parse-text.js';
import { createRateLimiter } from '../../commands/rate-limiter.js';
import { checkOptions } from '../../commands/validate.js';
import { createFetcher } from '../../src/article/fetch.js';
import { isNewsbriefError } from '../../src/errors.js';
import { redactSecrets } from '../../src/log.js';
import { classifyAddress, isAddressAllowed } from '../../src/net/address.js';
import { watchConnections } from '../net/serve.js';

let sockets: ReturnType<typeof watchConnections>;
beforeAll(() => {
  sockets = watchConnections();
});
afterAll(() => sockets.restore());

const privateAddress = fc.oneof(
  fc.constantFrom('127.0.0.1', '10.0.0.1', '169.254.169.254', '::1', 'fd00:ec2::254', '0.0.0.0'),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
    .map(([a, b]) => `192.168.${a}.${b}`),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
    .map(([a, b]) => `::ffff:127.${a}.${b}.1`),
);

describe('the fetcher under hostile links', () => {
  it('refuses every link whose host resolves privately, before any socket opens', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        privateAddress,
        async (url, address) => {
          const fetcher = createFetcher({
            allowPrivate: false,
            timeoutMs: 1_000,
            maxBytes: 1_000,
            userAgent: 'test',
            resolve: async () => [address],
            dial: () => {
              throw new Error('property tests never dial');
            },
          });
          const error = await fetcher.fetchText(url, { accept: 'html' }).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(isNewsbriefError(error), String(error)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
    expect(sockets.hosts).toEqual([]);
  });

  it('classifies any string without throwing, and allows only public addresses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended(), fc.string()), (text) => {
        const kind = classifyAddress(text);
        expect(isAddressAllowed(kind, false)).toBe(kind === 'public');
      }),
      { numRuns: 300 },
    );
  });

  it('never lets metadata through, whatever the setting', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom(
          '169.254.169.254',
          '::ffff:169.254.169.254',
          'fd00:ec2::254',
          '::ffff:a9fe:a9fe',
        ),
        (allow, address) => {
          expect(isAddressAllowed(classifyAddress(address), allow)).toBe(false);
        },
      ),
    );
  });
});

describe('secrets and limits', () => {
  it('removes a secret from any text that carries it', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 8, maxLength: 60 }),
        fc.string(),
        (before, secret, after) => {
          expect(redactSecrets(`${before}${secret}${after}`, [secret])).not.toContain(secret);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never allows more than the limit within any window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.constantFrom('a', 'b')), {
          maxLength: 60,
        }),
        (limit, steps) => {
          let at = 0;
          const limiter = createRateLimiter({ limit, windowSeconds: 10, now: () => at });
          const allowed: Record<string, number[]> = { a: [], b: [] };
          for (const [gap, key] of steps) {
            at += gap;
            if (limiter.take(key).allowed) allowed[key]?.push(at);
          }
          for (const times of Object.values(allowed)) {
            for (const [i, time] of times.entries()) {
              const inWindow = times.filter((t) => t > time - 10_000 && t <= time);
              expect(inWindow.length, `at ${i}`).toBeLessThanOrEqual(limit);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers any option record with options or one plain sentence, never a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...commands),
        fc.dictionary(
          fc.oneof(fc.constantFrom('url', 'length', 'question', 'action', 'feed'), fc.string()),
          fc.anything({ withNullPrototype: true, withBigInt: true }),
        ),
        (command, options) => {
          const verdict = checkOptions(command, options);
          if (!verdict.ok)
            expect(verdict.message).not.toMatch(/Invalid input|expected string|Too (small|big)/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads any typed text into options or one plain sentence, never a throw', () => {
    const word = fc.constantFrom('url:', 'topic:', 'foo:', 'https://x.example/a', '"', ':', 'a:b');
    const typed = fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom(...commands), typed, (command, parts) => {
        const read = readOptions(command, parts.join(' '));
        if (read.ok) expect(checkOptions(command, read.options)).toHaveProperty('ok');
        else expect(read.message).toMatch(new RegExp(`^/${command.name}: `));
      }),
      { numRuns: 300 },
    );
  });
});
