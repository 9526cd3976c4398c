import ipaddr from 'ipaddr.js';

/** Where an IP address leads, in the words a refusal uses. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'carrier-grade-nat'
  | 'metadata'
  | 'reserved'
  | 'invalid';

/**
 * Cloud instance-metadata endpoints (AWS/GCP/Azure, AWS ECS and IPv6 IMDS, Alibaba, Oracle):
 * the classic SSRF prize, refused even when private addresses are allowed.
 */
const metadataAddresses = new Set([
  '169.254.169.254',
  '169.254.170.2',
  '169.254.169.253',
  '100.100.100.200',
  '192.0.0.192',
  'fd00:ec2::254',
]);

const ipv4Classes: Record<string, AddressClass> = {
  unicast: 'public',
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  carrierGradeNat: 'carrier-grade-nat',
};

const ipv6Classes: Record<string, AddressClass> = {
  unicast: 'public',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
};

/** The canonical text of an address (IPv4 inside IPv6 unwrapped), or undefined when it is none. */
export function normalizeAddress(text: string): string | undefined {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return undefined;
  const address = ipaddr.parse(bare);
  const embedded = address.kind() === 'ipv6' ? embeddedIPv4(address as ipaddr.IPv6) : undefined;
  return (embedded ?? address).toString();
}

export function classifyAddress(text: string): AddressClass {
  const normalized = normalizeAddress(text);
  if (normalized === undefined) return 'invalid';
  if (metadataAddresses.has(normalized)) return 'metadata';
  const address = ipaddr.parse(normalized);
  const table = address.kind() === 'ipv4' ? ipv4Classes : ipv6Classes;
  const kind = table[address.range()] ?? 'reserved';
  // The deprecated IPv4-compatible range (::/96, RFC 4291 2.5.5.1) is routed by no one to a
  // public host, yet some stacks dial the IPv4 inside it: never public.
  return kind === 'public' && ipv4Compatible(text) ? 'reserved' : kind;
}

/** `::a.b.c.d` (also written `::7f00:1`), other than `::` and `::1`. */
function ipv4Compatible(text: string): ipaddr.IPv4 | undefined {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.IPv6.isValid(bare)) return undefined;
  // ipaddr.js reads `::a.b.c.d` as `::ffff:a.b.c.d`, so the dotted form is judged by its text.
  const dotted = /^[0:]*:(\d+\.\d+\.\d+\.\d+)$/.exec(bare)?.[1];
  if (dotted) return ipaddr.IPv4.isValid(dotted) ? ipaddr.IPv4.parse(dotted) : undefined;
  const parts = ipaddr.IPv6.parse(bare).parts;
  if (parts.slice(0, 6).some((part) => part !== 0)) return undefined;
  const high = parts[6] ?? 0;
  const low = parts[7] ?? 0;
  return high === 0 && low <= 1 ? undefined : fromWords(high, low);
}

/** IPv4-mapped, IPv4-compatible, IPv4-translated, NAT64 and 6to4 forms all lead to an IPv4 host: judge that host. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const range = address.range();
  const parts = address.parts;
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') {
    return fromWords(parts[6] ?? 0, parts[7] ?? 0);
  }
  if (range === '6to4') return fromWords(parts[1] ?? 0, parts[2] ?? 0);
  return ipv4Compatible(address.toString());
}

function fromWords(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/** The classes `allowPrivate` opens for tests and local use; metadata and the rest stay shut. */
const privateClasses: ReadonlySet<AddressClass> = new Set([
  'loopback',
  'private',
  'unique-local',
  'carrier-grade-nat',
]);

export function isAddressAllowed(kind: AddressClass, allowPrivate: boolean): boolean {
  return kind === 'public' || (allowPrivate && privateClasses.has(kind));
}

const reasons: Record<AddressClass, string> = {
  public: 'a public address',
  loopback: 'this machine (a loopback address)',
  private: 'a private network address',
  'link-local': 'a link-local address',
  'unique-local': 'a private network address (IPv6 unique-local)',
  multicast: 'a multicast address',
  unspecified: 'an unspecified address (0.0.0.0 or ::)',
  broadcast: 'a broadcast address',
  'carrier-grade-nat': 'a carrier-grade NAT (shared) address',
  metadata: 'a cloud metadata service',
  reserved: 'a reserved address',
  invalid: 'an invalid address',
};

/** The sentence a user reads when a link is refused for where it points. */
export function refusalMessage(kind: AddressClass): string {
  return `That link points to ${reasons[kind]}, which newsbrief won't fetch.`;
}
