import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import {
  SafeLinkPreviewer,
  type ResolvedAddress,
  type SafeLinkPreviewerOptions,
} from '../../bot/src/link-preview/safe-link-previewer';
import { capturingLogger, testLogger } from '../support/silent-logger';

/** A page with everything a preview reads, entities included, and a relative image. */
const OG_PAGE = `<!doctype html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Plain title</title>
  <!-- <meta property="og:title" content="Commented out"> -->
  <script>document.write('<meta property="og:title" content="From a script">')</script>
  <meta property="og:title" content="Tips &amp; tricks &#8211; &quot;R&eacute;sum&eacute;&quot; &#x1F680;">
  <meta property="og:description" content='Data &lt;3 &hellip; caf&#233;   and
     more'>
  <meta property="og:image" content="/img/cover.png?x=1&amp;y=2">
  <meta property="og:site_name" content="Contoso&nbsp;Blog">
  <meta name="description" content="Not this one">
</head><body><meta property="og:title" content="In the body"></body></html>`;

const TWITTER_PAGE = `<html><head>
<title>  Fallback
  title </title>
<meta name="twitter:description" content="Twitter description">
<meta name="twitter:image" content="https://cdn.example.org/card.jpg">
</head><body></body></html>`;

const PLAIN_PAGE = `<html><head><title>Only a title</title><meta name=description content=Unquoted></head></html>`;

interface Server {
  origin: string;
  port: number;
  /** Requests seen, by path. */
  hits: Map<string, number>;
  hosts: string[];
  total(): number;
  /** Whether the 5 MB page was written to the end. */
  bigFinished: boolean | undefined;
  close(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const state = { bigFinished: undefined as boolean | undefined };
  const hits = new Map<string, number>();
  const hosts: string[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    hosts.push(req.headers.host ?? '');
    const html = (body: string, type = 'text/html; charset=utf-8') => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    if (redirect) {
      const left = Number(redirect[1]);
      res.writeHead(302, { Location: left === 0 ? '/og' : `/redirect/${left - 1}` });
      res.end();
      return;
    }
    switch (path) {
      case '/og':
        return html(OG_PAGE);
      case '/twitter':
        return html(TWITTER_PAGE, 'application/xhtml+xml');
      case '/plain':
        return html(PLAIN_PAGE, 'TEXT/HTML');
      case '/long':
        return html(
          `<head><title>${'T'.repeat(500)}</title><meta name="description" content="${'D'.repeat(2000)}"></head>`,
        );
      case '/images':
        return html(
          `<head><title>x</title><meta property="og:image" content="javascript:alert(1)"><meta property="og:image:url" content="data:image/png;base64,AAAA"></head>`,
        );
      case '/http-image':
        return html(
          `<head><title>x</title><meta property="og:image" content="http://img.example/a.png"></head>`,
        );
      case '/latin1':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=iso-8859-1' });
        res.end(Buffer.from('<head><title>Caf\u00e9 cr\u00e8me</title></head>', 'latin1'));
        return;
      case '/gzip':
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
        res.end(gzipSync(OG_PAGE));
        return;
      case '/json':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"title":"json"}');
        return;
      case '/missing':
        res.writeHead(404, { 'Content-Type': 'text/html' });
        res.end('<head><title>Not found</title></head>');
        return;
      case '/hang':
        return; // never answers
      case '/big':
        void writeBigPage(res).then((finished) => (state.bigFinished = finished));
        return;
      case '/to-private':
        res.writeHead(302, { Location: `http://10.0.0.1:${port}/og` });
        res.end();
        return;
      case '/to-loopback':
        res.writeHead(301, { Location: `http://127.0.0.1:${port}/og` });
        res.end();
        return;
      case '/to-localhost':
        res.writeHead(307, { Location: `http://localhost:${port}/og` });
        res.end();
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    hosts,
    total: () => [...hits.values()].reduce((a, b) => a + b, 0),
    get bigFinished() {
      return state.bigFinished;
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** 5 MB: a head that never ends (a huge inline style), written with back-pressure. */
async function writeBigPage(res: http.ServerResponse): Promise<boolean> {
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.write(
    '<html><head><meta property="og:title" content="Big page"><meta name="description" content="Cut short">',
  );
  res.write('<style>');
  const filler = Buffer.alloc(64 * 1024, 'a{color:red}\n');
  for (let sent = 0; sent < 5 * 1024 * 1024; sent += filler.length) {
    if (res.destroyed) return false;
    if (!res.write(filler)) {
      const drained = await new Promise<boolean>((resolve) => {
        const onDrain = () => {
          res.off('close', onClose);
          resolve(true);
        };
        const onClose = () => {
          res.off('drain', onDrain);
          resolve(false);
        };
        res.once('drain', onDrain);
        res.once('close', onClose);
      });
      if (!drained) return false;
    }
  }
  res.end('</style></head><body></body></html>');
  return true;
}

describe('SafeLinkPreviewer', () => {
  let server: Server;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server.close();
  });

  describe('with private networks allowed (a local test server)', () => {
    const previewer = (options: Partial<SafeLinkPreviewerOptions> = {}) =>
      new SafeLinkPreviewer({ logger: testLogger(), allowPrivateNetworks: true, cacheSize: 0, ...options });

    it('reads Open Graph tags from the head, decodes entities and resolves a relative image', async () => {
      await expect(previewer().preview(`${server.origin}/og#section`)).resolves.toEqual({
        url: `${server.origin}/og#section`,
        title: 'Tips & tricks – "Résumé" 🚀',
        description: 'Data <3 … café and more',
        imageUrl: `${server.origin}/img/cover.png?x=1&y=2`,
        siteName: 'Contoso Blog', // &nbsp; collapses like any other space
      });
    });

    it('falls back to Twitter cards, <title> and <meta name="description">', async () => {
      await expect(previewer().preview(`${server.origin}/twitter`)).resolves.toEqual({
        url: `${server.origin}/twitter`,
        title: 'Fallback title',
        description: 'Twitter description',
        imageUrl: 'https://cdn.example.org/card.jpg',
      });
      await expect(previewer().preview(`${server.origin}/plain`)).resolves.toEqual({
        url: `${server.origin}/plain`,
        title: 'Only a title',
        description: 'Unquoted',
      });
    });

    it('caps the title at 200 and the description at 500 characters', async () => {
      const preview = await previewer().preview(`${server.origin}/long`);
      expect(Array.from(preview?.title ?? '')).toHaveLength(200);
      expect(Array.from(preview?.description ?? '')).toHaveLength(500);
      expect(preview?.title?.endsWith('…')).toBe(true);
    });

    it('keeps only web images: no javascript: or data:, http only because private networks are allowed', async () => {
      await expect(previewer().preview(`${server.origin}/images`)).resolves.toEqual({
        url: `${server.origin}/images`,
        title: 'x',
      });
      await expect(previewer().preview(`${server.origin}/http-image`)).resolves.toMatchObject({
        imageUrl: 'http://img.example/a.png',
      });
    });

    it('decodes the declared charset and gzip bodies', async () => {
      await expect(previewer().preview(`${server.origin}/latin1`)).resolves.toMatchObject({
        title: 'Café crème',
      });
      await expect(previewer().preview(`${server.origin}/gzip`)).resolves.toMatchObject({
        title: 'Tips & tricks – "Résumé" 🚀',
      });
    });

    it('follows up to 3 redirects, and refuses a 4th', async () => {
      const before = server.hits.get('/og') ?? 0;
      await expect(previewer().preview(`${server.origin}/redirect/2`)).resolves.toMatchObject({
        url: `${server.origin}/redirect/2`,
        title: 'Tips & tricks – "Résumé" 🚀',
        imageUrl: `${server.origin}/img/cover.png?x=1&y=2`,
      });
      expect(server.hits.get('/og')).toBe(before + 1);

      const { logger, lines } = capturingLogger();
      await expect(previewer({ logger }).preview(`${server.origin}/redirect/3`)).resolves.toBeUndefined();
      expect(server.hits.get('/og')).toBe(before + 1); // the 4th hop was never made
      expect(lines).toContainEqual(expect.objectContaining({ reason: 'too-many-redirects' }));
    });

    it('gives up at the deadline when a server never answers', async () => {
      const { logger, lines } = capturingLogger();
      const started = Date.now();
      await expect(
        previewer({ logger, timeoutMs: 300 }).preview(`${server.origin}/hang`),
      ).resolves.toBeUndefined();
      expect(Date.now() - started).toBeLessThan(1500);
      expect(lines).toContainEqual(expect.objectContaining({ reason: 'timeout' }));
    });

    it('stops reading at the size cap (512 KiB) and still reads the head of a 5 MB page', async () => {
      const started = Date.now();
      await expect(previewer().preview(`${server.origin}/big`)).resolves.toEqual({
        url: `${server.origin}/big`,
        title: 'Big page',
        description: 'Cut short',
      });
      expect(Date.now() - started).toBeLessThan(2000);
      // The connection was dropped: the server could not write the whole page.
      await waitFor(() => server.bigFinished !== undefined);
      expect(server.bigFinished).toBe(false);
    });

    it('refuses what is not HTML, and error pages', async () => {
      const { logger, lines } = capturingLogger();
      await expect(previewer({ logger }).preview(`${server.origin}/json`)).resolves.toBeUndefined();
      await expect(previewer({ logger }).preview(`${server.origin}/missing`)).resolves.toBeUndefined();
      expect(lines.map((l) => l['reason'])).toEqual(['not-html', 'http-status']);
    });

    it('fetches a URL once and answers again from the cache', async () => {
      const cached = previewer({ cacheSize: 10 });
      const before = server.hits.get('/plain') ?? 0;
      const [a, b] = await Promise.all([
        cached.preview(`${server.origin}/plain`),
        cached.preview(`${server.origin}/plain`),
      ]);
      const c = await cached.preview(`${server.origin}/plain#other-fragment`);
      expect(a).toEqual(b);
      expect(c).toEqual({ ...a, url: `${server.origin}/plain#other-fragment` });
      expect(server.hits.get('/plain')).toBe(before + 1);
    });

    it('forgets cached previews after their time, and the least recently used first', async () => {
      let now = 0;
      const cached = previewer({ cacheSize: 2, cacheTtlMs: 1000, now: () => now });
      const hits = () => server.hits.get('/plain') ?? 0;
      const before = hits();
      await cached.preview(`${server.origin}/plain`);
      await cached.preview(`${server.origin}/plain?2`);
      await cached.preview(`${server.origin}/plain`); // refreshes /plain
      await cached.preview(`${server.origin}/plain?3`); // evicts /plain?2
      await cached.preview(`${server.origin}/plain`);
      expect(hits()).toBe(before + 3);
      await cached.preview(`${server.origin}/plain?2`);
      expect(hits()).toBe(before + 4);
      now = 1001;
      await cached.preview(`${server.origin}/plain?3`);
      expect(hits()).toBe(before + 5);
    });
  });

  describe('by default: public addresses only, refused before any connection', () => {
    /** A DNS that knows a few test names, counting its answers. */
    const PUBLIC = '93.184.215.14';
    const dns: Record<string, string[]> = {
      'public.example': [PUBLIC],
      'intranet.example': ['10.1.2.3'],
      'metadata.example': ['169.254.169.254'],
      'mixed.example': [PUBLIC, '192.168.0.10'],
      'v6.example': ['fd00::1'],
      'mapped.example': ['::ffff:127.0.0.1'],
    };

    const setup = () => {
      const { logger, lines } = capturingLogger();
      const resolved: string[] = [];
      const dialled: string[] = [];
      const previewer = new SafeLinkPreviewer({
        logger,
        cacheSize: 0,
        resolve: (hostname) => {
          resolved.push(hostname);
          const addresses = dns[hostname];
          if (!addresses) return Promise.reject(new Error(`ENOTFOUND ${hostname}`));
          return Promise.resolve(
            addresses.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 })),
          );
        },
        // Whatever passed the checks is really served by the local server: if a check failed to
        // refuse, the server would count the request.
        dial: (checked) => {
          dialled.push(checked.address);
          return { address: '127.0.0.1', family: 4 };
        },
      });
      return { previewer, lines, resolved, dialled };
    };

    it('previews a public host, connecting to the checked address with the original Host', async () => {
      const { previewer, dialled } = setup();
      await expect(previewer.preview(`http://public.example:${server.port}/plain`)).resolves.toMatchObject({
        title: 'Only a title',
      });
      expect(dialled).toEqual([PUBLIC]);
      expect(server.hosts.at(-1)).toBe(`public.example:${server.port}`);
    });

    it.each([
      ['loopback', () => `http://127.0.0.1:${server.port}/og`, 'blocked-address'],
      ['localhost', () => `http://localhost:${server.port}/og`, 'local-name'],
      ['a *.localhost name', () => `http://app.localhost:${server.port}/og`, 'local-name'],
      ['a single-label name', () => `http://intranet:${server.port}/og`, 'local-name'],
      ['IPv6 loopback', () => `http://[::1]:${server.port}/og`, 'blocked-address'],
      ['IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${server.port}/og`, 'blocked-address'],
      ['loopback written as a number', () => `http://2130706433:${server.port}/og`, 'blocked-address'],
      ['loopback written in hex', () => `http://0x7f.1:${server.port}/og`, 'blocked-address'],
      ['the unspecified address', () => `http://0.0.0.0:${server.port}/og`, 'blocked-address'],
      ['a private address', () => `http://10.0.0.1:${server.port}/og`, 'blocked-address'],
      [
        'the cloud metadata endpoint',
        () => `http://169.254.169.254:${server.port}/latest/meta-data/`,
        'blocked-address',
      ],
      ['a home router', () => `http://192.168.1.1:${server.port}/og`, 'blocked-address'],
      ['carrier-grade NAT', () => `http://100.64.0.1:${server.port}/og`, 'blocked-address'],
      [
        'a name resolving to a private address',
        () => `http://intranet.example:${server.port}/og`,
        'blocked-address',
      ],
      [
        'a name resolving to the metadata endpoint',
        () => `http://metadata.example:${server.port}/`,
        'blocked-address',
      ],
      [
        'a name with one private address among public ones',
        () => `http://mixed.example:${server.port}/og`,
        'blocked-address',
      ],
      [
        'a name resolving to a unique-local IPv6 address',
        () => `http://v6.example:${server.port}/og`,
        'blocked-address',
      ],
      [
        'a name resolving to mapped loopback',
        () => `http://mapped.example:${server.port}/og`,
        'blocked-address',
      ],
      ['an unknown name', () => `http://nowhere.example:${server.port}/og`, 'fetch-failed'],
      ['a file URL', () => 'file:///etc/passwd', 'scheme'],
      ['an ftp URL', () => `ftp://public.example:${server.port}/og`, 'scheme'],
      ['credentials in the URL', () => `http://user:secret@public.example:${server.port}/og`, 'credentials'],
    ])('refuses %s', async (_what, url, reason) => {
      const { previewer, lines, dialled } = setup();
      const before = server.total();
      const started = Date.now();
      await expect(previewer.preview(url())).resolves.toBeUndefined();
      expect(Date.now() - started).toBeLessThan(500); // refused, not timed out
      expect(dialled).toEqual([]);
      expect(server.total()).toBe(before);
      expect(lines).toContainEqual(expect.objectContaining({ reason }));
    });

    it.each([
      ['a private address', '/to-private'],
      ['loopback', '/to-loopback'],
      ['localhost', '/to-localhost'],
    ])('refuses a redirect from a public host to %s', async (_what, path) => {
      const { previewer, lines, dialled } = setup();
      const ogBefore = server.hits.get('/og') ?? 0;
      await expect(previewer.preview(`http://public.example:${server.port}${path}`)).resolves.toBeUndefined();
      expect(server.hits.get(path)).toBeGreaterThanOrEqual(1);
      expect(server.hits.get('/og') ?? 0).toBe(ogBefore);
      expect(dialled).toEqual([PUBLIC]); // only the first, public, hop connected
      expect(lines).toContainEqual(
        expect.objectContaining({ reason: expect.stringMatching(/blocked-address|local-name/) }),
      );
    });

    it('resolves once per hop and connects to that answer (no second lookup to rebind)', async () => {
      const { previewer, resolved, dialled } = setup();
      await previewer.preview(`http://public.example:${server.port}/plain`);
      expect(resolved).toEqual(['public.example']);
      expect(dialled).toEqual([PUBLIC]);
    });

    it('never throws, whatever it is given', async () => {
      const { previewer } = setup();
      for (const url of [
        '',
        'not a url',
        'http://',
        'http://[::1',
        'javascript:alert(1)',
        `http://${'a'.repeat(3000)}.example/`,
      ]) {
        await expect(previewer.preview(url)).resolves.toBeUndefined();
      }
    });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}
