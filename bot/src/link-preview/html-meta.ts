/**
 * What a page says about itself in its `<head>`: title, description, image and site name from
 * Open Graph, Twitter cards and plain HTML. A small tolerant scanner rather than an HTML parser:
 * it reads only the head of a page that may be cut short by the size cap, and a full parser would
 * be a heavy dependency for four strings. It runs in linear time whatever the page (the obvious
 * regular expressions are quadratic on unclosed tags: a hostile page could stall the server).
 * Values come out decoded and single-spaced, uncapped.
 */
export interface PageMeta {
  title?: string;
  description?: string;
  /** As written in the page (possibly relative); the caller resolves and checks it. */
  image?: string;
  siteName?: string;
}

/** Elements whose content is not markup: skipped whole, so a `<meta>` in a script is not read. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'xmp', 'iframe', 'noembed']);

/** Reads the metadata of the head of `html` (everything before `</head>` or `<body>`). */
export function readHeadMeta(html: string): PageMeta {
  const { metas, title: titleTag } = scanHead(html);
  const first = (...raws: (string | undefined)[]) =>
    raws.map((raw) => (raw === undefined ? '' : cleanText(raw))).find((text) => text !== '');
  const image = ['og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']
    .map((key) => metas.get(key))
    .map((raw) => (raw === undefined ? '' : decodeEntities(raw).trim()))
    .find((value) => value !== '');
  const meta: PageMeta = {};
  const title = first(metas.get('og:title'), metas.get('twitter:title'), titleTag);
  const description = first(
    metas.get('og:description'),
    metas.get('twitter:description'),
    metas.get('description'),
  );
  const siteName = first(metas.get('og:site_name'), metas.get('application-name'));
  if (title) meta.title = title;
  if (description) meta.description = description;
  if (image) meta.image = image;
  if (siteName) meta.siteName = siteName;
  return meta;
}

/**
 * One pass over the head: `<meta>` attributes by key (the first occurrence wins, as with the
 * crawlers the page was written for) and the first `<title>`. Every step moves forward; an
 * unterminated tag, comment or element ends the scan (the rest is inside it).
 */
function scanHead(html: string): { metas: Map<string, string>; title: string | undefined } {
  const metas = new Map<string, string>();
  let title: string | undefined;
  const tagName = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)/y;
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      pos = end + 3;
      continue;
    }
    tagName.lastIndex = lt;
    const match = tagName.exec(html);
    if (!match) {
      pos = lt + 1;
      continue;
    }
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    const attrsStart = lt + match[0].length;
    const end = tagEnd(html, attrsStart);
    if (end < 0) break;
    if (name === 'body' || (closing && name === 'head')) break;
    pos = end + 1;
    if (closing) continue;
    if (name === 'meta') {
      const attrs = attributesOf(html.slice(attrsStart, end));
      const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.trim().toLowerCase();
      const content = attrs.get('content');
      if (key && content !== undefined && !metas.has(key)) metas.set(key, content);
    } else if (name === 'title' || RAW_TEXT.has(name)) {
      const close = indexOfClosing(html, name, pos);
      if (close < 0) break;
      if (name === 'title' && title === undefined) title = html.slice(pos, close);
      pos = close;
    }
  }
  return { metas, title };
}

/** Index of the `>` ending a tag whose attributes start at `from` (quoted values may hold `>`), or -1. */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x3e /* > */) return i;
    if (c === 0x3d /* = */) {
      afterEquals = true;
    } else if ((c === 0x22 /* " */ || c === 0x27) /* ' */ && afterEquals) {
      const close = html.indexOf(String.fromCharCode(c), i + 1);
      if (close < 0) return -1;
      i = close;
      afterEquals = false;
    } else if (!isSpace(c)) {
      afterEquals = false;
    }
  }
  return -1;
}

/** Index of `</name` (any case) from `from`, or -1. */
function indexOfClosing(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\s/>]`, 'gi');
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

/** The attributes of one tag (the text between its name and its `>`), names in lower case. */
function attributesOf(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const n = source.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(source.charCodeAt(i)) || source[i] === '/')) i++;
    const nameStart = i;
    while (i < n && !isSpace(source.charCodeAt(i)) && source[i] !== '=' && source[i] !== '/') i++;
    if (i === nameStart) {
      i++; // a stray '=': skip it
      continue;
    }
    const name = source.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    let value = '';
    if (source[i] === '=') {
      i++;
      while (i < n && isSpace(source.charCodeAt(i))) i++;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        const stop = close < 0 ? n : close;
        value = source.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(source.charCodeAt(i))) i++;
        value = source.slice(valueStart, i);
      }
    }
    if (!attrs.has(name)) attrs.set(name, value);
  }
  return attrs;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  divide: '÷',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  iexcl: '¡',
  iquest: '¿',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  shy: '',
  zwj: '',
  zwnj: '',
  lrm: '',
  rlm: '',
  szlig: 'ß',
  oelig: 'œ',
  OElig: 'Œ',
  aelig: 'æ',
  AElig: 'Æ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
};
// Accented vowels, in both cases: &eacute; &Egrave; &ocirc; &uuml; …
for (const [accent, marks] of Object.entries({
  acute: ['á', 'é', 'í', 'ó', 'ú', 'ý'],
  grave: ['à', 'è', 'ì', 'ò', 'ù', ''],
  circ: ['â', 'ê', 'î', 'ô', 'û', ''],
  uml: ['ä', 'ë', 'ï', 'ö', 'ü', 'ÿ'],
})) {
  ['a', 'e', 'i', 'o', 'u', 'y'].forEach((vowel, i) => {
    const lower = marks[i];
    if (!lower) return;
    NAMED[`${vowel}${accent}`] = lower;
    NAMED[`${vowel.toUpperCase()}${accent}`] = lower.toUpperCase();
  });
}

/** Decodes HTML character references: a table of common names, and every numeric form. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      // Like browsers: NUL, surrogates and values past Unicode become U+FFFD.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    },
  );
}

/** Decoded, without control or bidi-override characters, single-spaced and trimmed. */
export function cleanText(raw: string): string {
  return decodeEntities(raw)
    .replace(/\p{Cc}/gu, (c) => (/\s/.test(c) ? ' ' : ''))
    .replace(/[\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters (code points, so no emoji is cut in half), with an ellipsis when cut. */
export function capLength(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : chars
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}
