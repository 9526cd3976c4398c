import { describe, expect, it } from 'vitest';
import { createHostLimit } from '../../src/feeds/host-limit.js';

describe('the per-host request limit', () => {
  it('keeps at most N requests in flight per host, in arrival order, while other hosts go on', async () => {
    const withHost = createHostLimit(2);
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    const order: string[] = [];
    const request = (host: string, id: string) =>
      withHost(host, async () => {
        inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
        peak.set(host, Math.max(peak.get(host) ?? 0, inFlight.get(host) ?? 0));
        order.push(id);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight.set(host, (inFlight.get(host) ?? 0) - 1);
        return id;
      });
    const results = await Promise.all([
      ...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => request('a.example', id)),
      request('b.example', 'b1'),
    ]);
    expect(results).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1']);
    expect(peak.get('a.example')).toBe(2);
    expect(order.filter((id) => id.startsWith('a'))).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(order.indexOf('b1')).toBeLessThan(order.indexOf('a3'));
    await expect(
      withHost('a.example', async () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(await request('a.example', 'a6')).toBe('a6');
  });
});
