import { describe, expect, it } from 'vitest';
import {
  classifyAddress,
  isAddressAllowed,
  normalizeAddress,
  refusalMessage,
} from '../../src/net/address.js';

describe('classifyAddress', () => {
  it.each([
    ['93.184.216.34', 'public'],
    ['2606:2800:220:1:248:1893:25c8:1946', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['fe80::abcd', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['239.255.255.250', 'multicast'],
    ['ff05::2', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['100.127.0.1', 'carrier-grade-nat'],
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:93.184.216.34', 'public'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['2002:a9fe:a9fe::1', 'metadata'],
    ['2001:db8::1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['[::1]', 'loopback'],
    ['fe80::1%eth0', 'link-local'],
    ['news.example', 'invalid'],
    ['', 'invalid'],
  ])('classifies %s as %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe('isAddressAllowed', () => {
  it('allows only public addresses by default', () => {
    expect(isAddressAllowed('public', false)).toBe(true);
    for (const kind of ['loopback', 'private', 'unique-local', 'metadata', 'invalid'] as const) {
      expect(isAddressAllowed(kind, false), kind).toBe(false);
    }
  });

  it('opens loopback and private networks, never metadata or link-local, when private is allowed', () => {
    expect(isAddressAllowed('loopback', true)).toBe(true);
    expect(isAddressAllowed('private', true)).toBe(true);
    expect(isAddressAllowed('unique-local', true)).toBe(true);
    for (const kind of [
      'metadata',
      'link-local',
      'multicast',
      'unspecified',
      'broadcast',
    ] as const) {
      expect(isAddressAllowed(kind, true), kind).toBe(false);
    }
  });
});

describe('normalizeAddress and refusalMessage', () => {
  it('unwraps IPv4 hidden in IPv6 forms so it is dialled and judged as IPv4', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('[2001:4860::8888]')).toBe('2001:4860::8888');
    expect(normalizeAddress('example.com')).toBeUndefined();
  });

  it('explains a private address in plain words', () => {
    expect(refusalMessage('private')).toBe(
      "That link points to a private network address, which newsbrief won't fetch.",
    );
  });
});
