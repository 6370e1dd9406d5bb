import { isIPv4, isIPv6 } from 'node:net';

/**
 * What kind of network an IP address belongs to, so the link previewer fetches from the public
 * internet only (SSRF: a shared link must never make the server call its own loopback, the
 * cloud metadata endpoint at 169.254.169.254, or the company network behind it).
 */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'carrier-nat'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'invalid';

type Range4 = [base: number, prefix: number, cls: AddressClass];

/** IPv4 special-purpose ranges (IANA registry, RFC 6890 and successors). First match wins. */
const V4_RANGES: Range4[] = [
  [v4('255.255.255.255'), 32, 'broadcast'],
  [v4('0.0.0.0'), 8, 'unspecified'], // "this network"; 0.0.0.0 reaches the local host on Linux
  [v4('10.0.0.0'), 8, 'private'],
  [v4('100.64.0.0'), 10, 'carrier-nat'],
  [v4('127.0.0.0'), 8, 'loopback'],
  [v4('169.254.0.0'), 16, 'link-local'], // includes the cloud metadata endpoint 169.254.169.254
  [v4('172.16.0.0'), 12, 'private'],
  [v4('192.0.0.0'), 24, 'reserved'], // IETF protocol assignments
  [v4('192.0.2.0'), 24, 'reserved'], // TEST-NET-1
  [v4('192.88.99.0'), 24, 'reserved'], // 6to4 relay anycast (deprecated)
  [v4('192.168.0.0'), 16, 'private'],
  [v4('198.18.0.0'), 15, 'reserved'], // benchmarking
  [v4('198.51.100.0'), 24, 'reserved'], // TEST-NET-2
  [v4('203.0.113.0'), 24, 'reserved'], // TEST-NET-3
  [v4('224.0.0.0'), 4, 'multicast'],
  [v4('240.0.0.0'), 4, 'reserved'],
];

/** Classifies an IPv4 or IPv6 address (an IPv6 zone like `%eth0` is ignored). */
export function classifyAddress(address: string): AddressClass {
  const ip = address.replace(/^\[|\]$/g, '');
  if (isIPv4(ip)) return classifyV4(v4(ip));
  const bare = ip.replace(/%.*$/, '');
  if (isIPv6(bare)) return classifyV6(v6(bare));
  return 'invalid';
}

/** True only for addresses on the public internet. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}

function classifyV4(ip: number): AddressClass {
  for (const [base, prefix, cls] of V4_RANGES) {
    if (inRange(ip, base, prefix)) return cls;
  }
  return 'public';
}

function classifyV6(g: number[]): AddressClass {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embeddedV4 = (g6 << 16) | g7;
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);

  if (zeros(8)) return 'unspecified';
  if (zeros(7) && g7 === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d, deprecated) forms: the IPv4
  // address decides, or ::ffff:127.0.0.1 would be a way around the IPv4 rules.
  if (zeros(5) && g5 === 0xffff) return classifyV4(embeddedV4 >>> 0);
  if (zeros(6)) return classifyV4(embeddedV4 >>> 0);
  // IPv4-translated (::ffff:0:a.b.c.d, SIIT)
  if (zeros(4) && g4 === 0xffff && g5 === 0) return classifyV4(embeddedV4 >>> 0);
  // NAT64 well-known prefix 64:ff9b::/96 reaches the embedded IPv4 address through a gateway.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return classifyV4(embeddedV4 >>> 0);
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'private'; // local-use NAT64 (64:ff9b:1::/48)
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved'; // discard-only 100::/64
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  if (g0 === 0x2001 && g1 === 0) return 'reserved'; // Teredo: hides an IPv4 address we cannot check
  if (g0 === 0x2001 && g1 < 0x0200) return 'reserved'; // other IETF protocol assignments
  if (g0 === 0x2002) return classifyV4(((g1 << 16) | g2) >>> 0); // 6to4 embeds an IPv4 address
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local'; // fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // site-local fec0::/10 (deprecated)
  if ((g0 & 0xff00) === 0xff00) return 'multicast'; // ff00::/8
  if ((g0 & 0xe000) === 0x2000) return 'public'; // global unicast 2000::/3
  return 'reserved'; // everything else is unassigned
}

function inRange(ip: number, base: number, prefix: number): boolean {
  if (prefix === 0) return true;
  const mask = (0xffffffff << (32 - prefix)) >>> 0;
  return (ip & mask) >>> 0 === (base & mask) >>> 0;
}

/** Dotted quad → unsigned 32-bit integer (the input is already validated by isIPv4). */
function v4(ip: string): number {
  return ip.split('.').reduce((n, part) => ((n << 8) | Number(part)) >>> 0, 0);
}

/** IPv6 text (validated by isIPv6, zone removed) → its eight 16-bit groups. */
function v6(ip: string): number[] {
  let text = ip.toLowerCase();
  // A dotted IPv4 tail (::ffff:127.0.0.1) becomes two hex groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const n = v4(tail[1]!);
    text = text.slice(0, tail.index) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const fill = rest === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(fill).fill('0'), ...right].map((h) => parseInt(h, 16));
}
