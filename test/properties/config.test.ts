import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { isNewsbriefError } from '../../src/errors.js';
import { loadConfig } from '../../src/index.js';

const keys = Object.keys(configSchema.shape);

describe('configuration', () => {
  it('lists every setting in .env.example, each with a comment, and loads it as it stands', () => {
    const example = readFileSync(join(import.meta.dirname, '..', '..', '.env.example'), 'utf8');
    const lines = example.split('\n');
    for (const key of keys) {
      const at = lines.findIndex((line) => new RegExp(`^(# )?${key}=`).test(line));
      expect(at, `${key} missing from .env.example`).toBeGreaterThan(0);
      expect(lines[at - 1], `${key} has no comment`).toMatch(/^# \S/);
    }
    const env = Object.fromEntries(
      lines
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
    );
    expect(() => loadConfig(env)).not.toThrow();
  });

  it('accepts or rejects any environment with a config_invalid message that never echoes a value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.string({ minLength: 12, maxLength: 40 }), {
          maxKeys: 6,
        }),
        (env) => {
          try {
            loadConfig(env);
          } catch (error) {
            expect(isNewsbriefError(error) && error.code).toBe('config_invalid');
            for (const value of Object.values(env)) {
              if (value.trim().length >= 12) expect(String(error)).not.toContain(value);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
