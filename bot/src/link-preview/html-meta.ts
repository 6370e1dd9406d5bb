/**
 * What a page says about itself in its `<head>`: title, description, image and site name from
 * Open Graph, Twitter cards and plain HTML. A tolerant regex scanner rather than an HTML parser:
 * it reads only the head of a page that may be cut short by the size cap, and a full parser would
 * be a heavy dependency for four strings. Values come out decoded and single-spaced, uncapped.
 */
export interface PageMeta {
  title?: string;
  description?: string;
  /** As written in the page (possibly relative); the caller resolves and checks it. */
  image?: string;
  siteName?: string;
}

/** Reads the metadata of the head of `html` (everything before `</head>` or `<body>`). */
export function readHeadMeta(html: string): PageMeta {
  const head = headOf(html);
  const metas = new Map<string, string>();
  for (const match of head.matchAll(/<meta\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const attrs = attributesOf(match[1] ?? '');
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.trim().toLowerCase();
    const content = attrs.get('content');
    // The first occurrence wins, as with the crawlers the page was written for.
    if (key && content !== undefined && !metas.has(key)) metas.set(key, content);
  }
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head)?.[1];
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

/** The head: up to `</head>` or `<body>`, without comments, scripts, styles and templates. */
function headOf(html: string): string {
  const end = html.search(/<\/head\s*>|<body[\s>]/i);
  return (end >= 0 ? html.slice(0, end) : html)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
}

function attributesOf(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
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
