import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Logger } from 'pino';
import type { LinkPreviewer } from '../domain/content/link-previewer';
import type { LinkPreview } from '../domain/content/post';
import { capLength, cleanText, readHeadMeta } from './html-meta';
import { classifyAddress } from './ip-ranges';

/** An address a host name resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** How a SafeLinkPreviewer fetches; only `logger` is required. */
export interface SafeLinkPreviewerOptions {
  logger: Logger;
  /** Whole fetch, DNS and redirects included (default 2500 ms). */
  timeoutMs?: number;
  /** Most (decompressed) bytes read from a page (default 512 KiB); reading stops there. */
  maxBytes?: number;
  /** Let previews reach loopback, private, link-local… addresses. Never in production. */
  allowPrivateNetworks?: boolean;
  /** Redirects followed, each one checked like the first request (default 3). */
  maxRedirects?: number;
  /** Previews remembered, per URL (default 500; 0 turns the cache off). */
  cacheSize?: number;
  /** How long a preview is remembered (default 1 hour; failures for at most 5 minutes). */
  cacheTtlMs?: number;
  /** Name resolution, every address of a host (default: dns.lookup with `all`). */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /**
   * Tests only: where to connect for an address that passed the checks (default: that address).
   * Lets a test give a "public" address to a local server without any real traffic.
   */
  dial?: (checked: ResolvedAddress) => ResolvedAddress;
  /** Clock of the cache (tests). */
  now?: () => number;
}

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 500;
const SITE_NAME_MAX = 100;
const URL_MAX = 2048;
const NEGATIVE_TTL_MS = 5 * 60_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Names that mean "this machine" or "the local network" whatever DNS says. */
const LOCAL_NAME = /(^|\.)(localhost|localdomain|local|internal|home\.arpa|ip6-localhost|ip6-loopback)$/;

/** Why a preview was not made: logged at debug level, never shown to members. */
class PreviewRefused extends Error {
  constructor(
    readonly reason: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(reason);
  }
}

interface CacheEntry {
  value: LinkPreview | undefined;
  expiresAt: number;
}

/**
 * The link previewer of production: fetches a shared page with node:http(s) and reads its
 * Open Graph / Twitter / HTML metadata, guarded against server-side request forgery.
 *
 * - http and https only; no credentials in the URL; names like `localhost` refused.
 * - Every address the host resolves to must be public (see ip-ranges.ts), or the link is
 *   refused before any connection. The request then connects to the address that was checked
 *   (a pinned `lookup`, with SNI and Host of the original name), so DNS cannot answer
 *   differently the second time (DNS rebinding).
 * - At most 3 redirects, each checked the same way; one deadline for the whole fetch; at most
 *   `maxBytes` read (decompressed), and reading stops at the end of the `<head>`; HTML only.
 * - Never throws: any failure is `undefined`, with the reason logged at debug level.
 * - An LRU cache (500 URLs, 1 hour) and one fetch per URL at a time, so posting the same link
 *   many times does not make us fetch it many times.
 */
export class SafeLinkPreviewer implements LinkPreviewer {
  private readonly logger: Logger;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly allowPrivate: boolean;
  private readonly maxRedirects: number;
  private readonly cacheSize: number;
  private readonly cacheTtlMs: number;
  private readonly resolve: (hostname: string) => Promise<ResolvedAddress[]>;
  private readonly dial: (checked: ResolvedAddress) => ResolvedAddress;
  private readonly now: () => number;
  /** Map order is recency order: the first key is the least recently used. */
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inFlight = new Map<string, Promise<LinkPreview | undefined>>();

  constructor(options: SafeLinkPreviewerOptions) {
    this.logger = options.logger.child({ component: 'link-preview' });
    this.timeoutMs = options.timeoutMs ?? 2500;
    this.maxBytes = options.maxBytes ?? 524_288;
    this.allowPrivate = options.allowPrivateNetworks ?? false;
    this.maxRedirects = options.maxRedirects ?? 3;
    this.cacheSize = options.cacheSize ?? 500;
    this.cacheTtlMs = options.cacheTtlMs ?? 3_600_000;
    this.resolve = options.resolve ?? systemResolve;
    this.dial = options.dial ?? ((checked) => checked);
    this.now = options.now ?? Date.now;
  }

  /** The preview of `url`, or `undefined` when it cannot be fetched quickly and safely. */
  async preview(url: string): Promise<LinkPreview | undefined> {
    let key: string;
    try {
      const parsed = new URL(url.trim());
      parsed.hash = ''; // the fragment never reaches the server: same page, same preview
      key = parsed.href;
    } catch {
      this.logger.debug({ reason: 'invalid-url' }, 'link preview skipped');
      return undefined;
    }
    // The preview carries the URL as this caller wrote it (a cached one may come from another
    // spelling of the same page, e.g. another fragment).
    const asWritten = (value: LinkPreview | undefined) => value && { ...value, url: url.trim() };
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > this.now()) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return asWritten(cached.value);
    }
    let running = this.inFlight.get(key);
    if (!running) {
      running = this.fetchPreview(key).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, running);
    }
    return asWritten(await running);
  }

  private async fetchPreview(key: string): Promise<LinkPreview | undefined> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new PreviewRefused('timeout', { timeoutMs: this.timeoutMs })),
      this.timeoutMs,
    );
    let value: LinkPreview | undefined;
    try {
      value = await this.fetchAndRead(key, controller.signal);
    } catch (error) {
      const refused =
        error instanceof PreviewRefused
          ? error
          : controller.signal.reason instanceof PreviewRefused
            ? controller.signal.reason
            : new PreviewRefused('fetch-failed', {
                error: error instanceof Error ? error.message : String(error),
              });
      // The host only: a query string may carry someone's token.
      const host = new URL(key).host;
      this.logger.debug({ host, reason: refused.reason, ...refused.details }, 'link preview skipped');
      value = undefined;
    } finally {
      clearTimeout(timer);
    }
    this.remember(key, value);
    return value;
  }

  private async fetchAndRead(key: string, signal: AbortSignal): Promise<LinkPreview> {
    let url = new URL(key);
    for (let hop = 0; ; hop++) {
      const target = await this.checkedTarget(url, signal);
      const response = await request(url, this.dial(target), signal);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        const location = response.headers.location;
        response.destroy();
        if (!location) throw new PreviewRefused('redirect-without-location', { status });
        if (hop >= this.maxRedirects)
          throw new PreviewRefused('too-many-redirects', { max: this.maxRedirects });
        try {
          url = new URL(location, url);
        } catch {
          throw new PreviewRefused('bad-redirect');
        }
        url.hash = '';
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new PreviewRefused('http-status', { status });
      }
      const [mediaType = '', ...params] = (response.headers['content-type'] ?? '').split(';');
      if (!HTML_TYPES.has(mediaType.trim().toLowerCase())) {
        response.destroy();
        throw new PreviewRefused('not-html', { contentType: mediaType.trim().slice(0, 100) });
      }
      const body = await readCapped(response, this.maxBytes);
      const html = decode(body, charsetOf(params, body));
      return this.previewOf(key, url, html);
    }
  }

  /** The address to connect to for `url`, once the URL, the name and every address passed. */
  private async checkedTarget(url: URL, signal: AbortSignal): Promise<ResolvedAddress> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new PreviewRefused('scheme', { scheme: url.protocol });
    }
    if (url.username || url.password) throw new PreviewRefused('credentials');
    if (url.href.length > URL_MAX) throw new PreviewRefused('url-too-long');
    const hostname = url.hostname
      .replace(/^\[|\]$/g, '')
      .replace(/\.$/, '')
      .toLowerCase();
    const family = isIP(hostname);
    if (!this.allowPrivate && family === 0 && (LOCAL_NAME.test(hostname) || !hostname.includes('.'))) {
      throw new PreviewRefused('local-name', { hostname });
    }
    const addresses: ResolvedAddress[] =
      family !== 0
        ? [{ address: hostname, family: family as 4 | 6 }]
        : await abortable(this.resolve(hostname), signal);
    if (addresses.length === 0) throw new PreviewRefused('no-address', { hostname });
    if (!this.allowPrivate) {
      // Every address, not just the first: the connection could be made to any of them.
      for (const { address } of addresses) {
        const cls = classifyAddress(address);
        if (cls !== 'public') throw new PreviewRefused('blocked-address', { address, class: cls });
      }
    }
    return addresses[0]!;
  }

  private previewOf(requested: string, finalUrl: URL, html: string): LinkPreview {
    const meta = readHeadMeta(html);
    const preview: LinkPreview = { url: requested };
    if (meta.title) preview.title = capLength(meta.title, TITLE_MAX);
    if (meta.description) preview.description = capLength(meta.description, DESCRIPTION_MAX);
    if (meta.siteName) preview.siteName = capLength(cleanText(meta.siteName), SITE_NAME_MAX);
    const imageUrl = meta.image ? this.imageUrlOf(meta.image, finalUrl) : undefined;
    if (imageUrl) preview.imageUrl = imageUrl;
    if (!preview.title && !preview.description && !preview.imageUrl) throw new PreviewRefused('no-metadata');
    return preview;
  }

  /** The image, absolute, if the tab may show it: https (http only with private networks allowed). */
  private imageUrlOf(raw: string, base: URL): string | undefined {
    try {
      const image = new URL(raw, base);
      const allowed = image.protocol === 'https:' || (this.allowPrivate && image.protocol === 'http:');
      if (!allowed || image.username || image.password || image.href.length > URL_MAX) return undefined;
      return image.href;
    } catch {
      return undefined; // an unreadable image URL: the preview goes without it
    }
  }

  private remember(key: string, value: LinkPreview | undefined): void {
    if (this.cacheSize <= 0) return;
    const ttl = value ? this.cacheTtlMs : Math.min(this.cacheTtlMs, NEGATIVE_TTL_MS);
    this.cache.delete(key);
    this.cache.set(key, { value, expiresAt: this.now() + ttl });
    while (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}

async function systemResolve(hostname: string): Promise<ResolvedAddress[]> {
  const addresses = await dnsLookup(hostname, { all: true, verbatim: true });
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

/** `promise`, or a rejection as soon as `signal` aborts (DNS lookups cannot be cancelled). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** One GET to `url`, connected to `target` whatever DNS would say now. Resolves on the response head. */
function request(url: URL, target: ResolvedAddress, signal: AbortSignal): Promise<http.IncomingMessage> {
  const secure = url.protocol === 'https:';
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const pinned: LookupFunction = (_name, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const options: https.RequestOptions = {
    method: 'GET',
    port: url.port || (secure ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    headers: {
      Host: url.host,
      'User-Agent': 'GuildhallLinkPreview/1.0 (+https://github.com/guildhall)',
      Accept: 'text/html,application/xhtml+xml;q=0.9',
      'Accept-Encoding': 'gzip, deflate, br',
      'Accept-Language': 'en, fr;q=0.9, *;q=0.5',
    },
    agent: false, // a fresh connection per request: nothing pooled under another address
    signal,
    // An IP literal is connected to as is; a name gets the pinned lookup and keeps its SNI.
    ...(isIP(hostname) !== 0
      ? { host: target.address }
      : { host: hostname, lookup: pinned, servername: hostname }),
  };
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(options, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** At most `maxBytes` of the (decompressed) body, stopping early at the end of the head. */
async function readCapped(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  let stream: Readable = response;
  if (encoding !== 'identity' && encoding !== '') {
    const decoder =
      encoding === 'gzip' || encoding === 'x-gzip'
        ? zlib.createGunzip()
        : encoding === 'deflate'
          ? zlib.createInflate()
          : encoding === 'br'
            ? zlib.createBrotliDecompress()
            : undefined;
    if (!decoder) {
      response.destroy();
      throw new PreviewRefused('content-encoding', { encoding: encoding.slice(0, 40) });
    }
    // pipeline, not pipe: an aborted response must fail the decoder too, or reading would hang.
    stream = pipeline(response, decoder, () => undefined);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let tail = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const part = chunk.subarray(0, maxBytes - total);
      chunks.push(part);
      total += part.length;
      if (total >= maxBytes) break;
      // The head is all we read; latin1 keeps byte offsets and is enough to spot ASCII tags.
      const text = tail + part.toString('latin1');
      if (/<\/head\s*>|<body[\s>]/i.test(text)) break;
      tail = text.slice(-16);
    }
  } finally {
    stream.destroy();
    response.destroy();
  }
  return Buffer.concat(chunks);
}

/** The charset from the Content-Type parameters, else from a `<meta>` in the first bytes. */
function charsetOf(params: string[], body: Buffer): string {
  for (const param of params) {
    const [name, value] = param.split('=');
    if (name?.trim().toLowerCase() === 'charset' && value) return value.trim().replace(/^["']|["']$/g, '');
  }
  const start = body.subarray(0, 2048).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})/i.exec(start)?.[1] ?? 'utf-8';
}

function decode(body: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body); // an unknown label: UTF-8 is the web's default
  }
}
