import type { VideoEmbed } from './post';

/**
 * Embeddable videos: a shared link to YouTube, Vimeo or Microsoft Stream (on SharePoint) becomes
 * the URL of the host's own player. Pure and strict: every id is checked against the host's
 * pattern and the embed URL is rebuilt from those parts only, never copied from the input, so
 * nothing a member typed ends up in an iframe `src` unchecked. The tab's CSP `frame-src` lists
 * exactly these player origins.
 */

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
/** Unlisted Vimeo videos need their privacy hash in the player URL (`?h=`). */
const VIMEO_HASH = /^[0-9a-f]{6,20}$/;
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
/** `contoso.sharepoint.com`, `contoso-my.sharepoint.com` (OneDrive); no other domain. */
const SHAREPOINT_HOST = /^[a-z0-9]+(?:-[a-z0-9]+)*\.sharepoint\.com$/;
/** A decoded path segment we are willing to re-encode into a player URL. */
const SAFE_SEGMENT = /^[^\p{Cc}/\\<>"'`?#]{1,200}$/u;
/** A decoded folder or file name inside the `id` path (apostrophes are common in file names). */
const SAFE_FILE_PART = /^[^\p{Cc}/\\<>"`?#]{1,255}$/u;
/** The opaque token at the end of a SharePoint sharing link. */
const SHARE_TOKEN = /^[A-Za-z0-9_-]{16,120}$/;
const SHARE_E = /^[A-Za-z0-9_-]{3,32}$/;
/** Longest start offset we accept (YouTube's own limit on video length is 12 hours). */
const MAX_START_SECONDS = 24 * 3600;

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com']);
const YOUTUBE_NOCOOKIE_HOSTS = new Set(['youtube-nocookie.com', 'www.youtube-nocookie.com']);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com']);

/** The embeddable player of a shared video link, or `undefined` when it is not one we recognise. */
export function videoEmbedOf(url: string): VideoEmbed | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined; // not a URL at all: simply not a video
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username || parsed.password || parsed.port) return undefined;
  const host = parsed.hostname.toLowerCase();
  if (YOUTUBE_HOSTS.has(host) || YOUTUBE_NOCOOKIE_HOSTS.has(host) || host === 'youtu.be') {
    return youtube(parsed, host);
  }
  if (VIMEO_HOSTS.has(host) || host === 'player.vimeo.com') return vimeo(parsed, host);
  // SharePoint is only ever https; an http link there is not something we want to frame.
  if (SHAREPOINT_HOST.test(host) && parsed.protocol === 'https:') return stream(parsed, host);
  return undefined;
}

function youtube(url: URL, host: string): VideoEmbed | undefined {
  const segments = pathSegments(url);
  let id: string | undefined;
  if (host === 'youtu.be') {
    if (segments.length === 1) id = segments[0];
  } else if (YOUTUBE_NOCOOKIE_HOSTS.has(host)) {
    if (segments.length === 2 && segments[0] === 'embed') id = segments[1];
  } else if (segments.length === 1 && segments[0] === 'watch') {
    id = url.searchParams.get('v') ?? undefined;
  } else if (segments.length === 2 && ['shorts', 'embed', 'live'].includes(segments[0]!)) {
    id = segments[1];
  }
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return {
    provider: 'youtube',
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`,
  };
}

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds; anything else (or 0) → no start offset. */
function startSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  let seconds: number;
  if (/^\d{1,6}$/.test(value)) {
    seconds = Number(value);
  } else {
    const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/.exec(value);
    if (!match) return undefined;
    seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  }
  return seconds > 0 && seconds <= MAX_START_SECONDS ? seconds : undefined;
}

function vimeo(url: URL, host: string): VideoEmbed | undefined {
  const segments = pathSegments(url);
  let id: string | undefined;
  let hash: string | undefined;
  if (host === 'player.vimeo.com') {
    if (segments.length === 2 && segments[0] === 'video') id = segments[1];
    hash = url.searchParams.get('h') ?? undefined;
  } else if (segments.length === 1 || segments.length === 2) {
    // vimeo.com/<id> and, for unlisted videos, vimeo.com/<id>/<hash>
    [id, hash] = segments;
  } else if (segments.length === 3 && segments[0] === 'channels') {
    id = segments[2];
  }
  if (!id || !VIMEO_ID.test(id)) return undefined;
  if (hash !== undefined && !VIMEO_HASH.test(hash)) return undefined;
  return { provider: 'vimeo', embedUrl: `https://player.vimeo.com/video/${id}${hash ? `?h=${hash}` : ''}` };
}

/**
 * Microsoft Stream (on SharePoint). Stream's "Embed code" dialog produces an iframe on the site's
 * `_layouts/15/embed.aspx`, addressing the file by `UniqueId` (a GUID) or by its server-relative
 * path (`id`), with `referrer=StreamWebApp&referrerScenario=EmbedDialog.Create`. So:
 * - `<site>/_layouts/15/stream.aspx?id=<path>` (the player page) → `<site>/_layouts/15/embed.aspx?id=<path>`;
 * - `<site>/_layouts/15/embed.aspx?UniqueId=<guid>` or `?id=<path>` → the same, normalised;
 * - a sharing link `/:v:/<kind>/…/<token>` cannot be turned into a file id without a Graph call,
 *   so it is framed as itself in SharePoint's embed view (`action=embedview`).
 */
function stream(url: URL, host: string): VideoEmbed | undefined {
  const segments = decodedSegments(url);
  if (!segments) return undefined;
  if (segments[0] === ':v:') return streamShareLink(url, host, segments);

  const layouts = segments.indexOf('_layouts');
  if (layouts < 0 || layouts > 4 || segments.length !== layouts + 3) return undefined;
  if (segments[layouts + 1] !== '15') return undefined;
  const page = segments[layouts + 2]!.toLowerCase();
  if (page !== 'stream.aspx' && page !== 'embed.aspx') return undefined;

  const embed = new URL(`https://${host}`);
  embed.pathname =
    '/' + [...segments.slice(0, layouts), '_layouts', '15', 'embed.aspx'].map(encodeURIComponent).join('/');
  const uniqueId = page === 'embed.aspx' ? param(url, 'UniqueId') : undefined;
  const guid = uniqueId ? GUID.exec(uniqueId)?.[1] : undefined;
  if (uniqueId !== undefined && !guid) return undefined;
  if (guid) {
    embed.searchParams.set('UniqueId', guid.toLowerCase());
  } else {
    const path = param(url, 'id');
    if (!path || !isSafeServerPath(path)) return undefined;
    embed.searchParams.set('id', path);
  }
  embed.searchParams.set('referrer', 'StreamWebApp');
  embed.searchParams.set('referrerScenario', 'EmbedDialog.Create');
  return { provider: 'stream', embedUrl: embed.toString() };
}

function streamShareLink(url: URL, host: string, segments: string[]): VideoEmbed | undefined {
  // /:v:/<kind>/<site path…>/<token>; `r` links end with the file name instead of a token.
  const kind = segments[1];
  const rest = segments.slice(2);
  if (!kind || !/^[a-z]$/.test(kind) || rest.length < 1 || rest.length > 10) return undefined;
  if (kind !== 'r' && !SHARE_TOKEN.test(rest[rest.length - 1]!)) return undefined;
  const embed = new URL(`https://${host}`);
  embed.pathname =
    '/' + [':v:', kind, ...rest].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/');
  const e = url.searchParams.get('e');
  if (e !== null) {
    if (!SHARE_E.test(e)) return undefined;
    embed.searchParams.set('e', e);
  }
  embed.searchParams.set('action', 'embedview');
  return { provider: 'stream', embedUrl: embed.toString() };
}

/** A server-relative file path (`/sites/x/Shared Documents/a.mp4`): absolute, no traversal, no markup. */
function isSafeServerPath(path: string): boolean {
  if (!path.startsWith('/') || path.length > 1024) return false;
  const parts = path.slice(1).split('/');
  return parts.every((p) => SAFE_FILE_PART.test(p) && p !== '.' && p !== '..');
}

/** A query parameter by case-insensitive name (SharePoint writes both `UniqueId` and `uniqueid`). */
function param(url: URL, name: string): string | undefined {
  const lower = name.toLowerCase();
  const values = [...url.searchParams].filter(([key]) => key.toLowerCase() === lower);
  return values.length === 1 ? values[0]![1] : undefined; // a repeated parameter is ambiguous: refuse
}

function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s !== '');
}

/** Decoded, checked path segments, or `undefined` when one is malformed or unsafe. */
function decodedSegments(url: URL): string[] | undefined {
  const segments: string[] = [];
  for (const raw of pathSegments(url)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined; // malformed percent-encoding
    }
    if (!SAFE_SEGMENT.test(segment) || segment === '.' || segment === '..') return undefined;
    segments.push(segment);
  }
  return segments;
}
