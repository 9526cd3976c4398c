import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const seedInRepo = join(root, 'content', 'articles', 'russia-china-alliance.txt');
const reference = join(root, '..', 'shared', 'seed', '000_a2256af13c0b0a93.txt');
// A fingerprint of the scraped CNN page the project was built from, so the check also holds
// where the shared reference folder is not beside the checkout.
const seedSha256 = '1fd347ceef20c0e8cac45d080936d0fc3b563ab39d008b9bb0efbcada6416097';

describe('the seed article', () => {
  it('is the scraped CNN page byte for byte', () => {
    const bytes = readFileSync(seedInRepo);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(seedSha256);
  });

  it.skipIf(!existsSync(reference))('is the shared reference copy, byte for byte', () => {
    expect(readFileSync(seedInRepo).equals(readFileSync(reference))).toBe(true);
  });
});
