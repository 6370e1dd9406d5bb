import { capLength, cleanText, decodeEntities, readHeadMeta } from '../../bot/src/link-preview/html-meta';

describe('readHeadMeta', () => {
  it('prefers Open Graph, then Twitter cards, then plain HTML', () => {
    expect(
      readHeadMeta(`<head>
        <title>HTML title</title>
        <meta name="description" content="HTML description">
        <meta name="twitter:title" content="Twitter title">
        <meta property="og:title" content="OG title">
        <meta property="og:site_name" content="Site">
        <meta name="twitter:image:src" content="https://img.example/t.png">
      </head>`),
    ).toEqual({
      title: 'OG title',
      description: 'HTML description',
      image: 'https://img.example/t.png',
      siteName: 'Site',
    });
  });

  it('reads attributes in any order, case and quoting, with > inside quoted values', () => {
    expect(
      readHeadMeta(
        `<HEAD><META CONTENT='a > b' PROPERTY=og:title><meta content=unquoted name=Description /><TITLE>x</TITLE>`,
      ),
    ).toEqual({ title: 'a > b', description: 'unquoted' });
  });

  it('ignores what is in comments, scripts, styles and the body, and keeps the first of each key', () => {
    expect(
      readHeadMeta(`<head>
        <!-- <meta property="og:title" content="comment"> -->
        <script>var s = '<meta property="og:title" content="script">';</script>
        <style>/* <meta property="og:title" content="style"> */</style>
        <meta property="og:title" content="first">
        <meta property="og:title" content="second">
        </head><body><meta property="og:description" content="body"></body>`),
    ).toEqual({ title: 'first' });
  });

  it('stops at <body> when there is no </head>, and copes with a page cut in the middle of a tag', () => {
    expect(readHeadMeta('<title>Kept</title><body><meta name="description" content="late">')).toEqual({
      title: 'Kept',
    });
    expect(readHeadMeta('<title>Kept</title><meta name="description" content="cut sho')).toEqual({
      title: 'Kept',
    });
    expect(readHeadMeta('<title>Never closed')).toEqual({});
  });

  it.each([
    ['unclosed metas', '<meta '],
    ['unclosed titles', '<title>'],
    ['unclosed scripts', '<script '],
    ['unclosed quotes', '<meta a="'],
    ['unclosed comments', '<!--'],
    ['bare <', '<'],
  ])('reads 512 KiB of %s in linear time', (_what, unit) => {
    const html = unit.repeat(Math.ceil((512 * 1024) / unit.length));
    const started = Date.now();
    readHeadMeta(html);
    readHeadMeta(`<meta ${'a=b '.repeat(130_000)}>`);
    expect(Date.now() - started).toBeLessThan(500); // the naive regular expressions take minutes
  });
});

describe('decodeEntities and cleanText', () => {
  it.each([
    ['&amp; &lt; &gt; &quot; &apos; &nbsp;', '& < > " \' \u00a0'],
    ['&eacute;&Egrave;&ccedil;&uuml;&hellip;&rsquo;&euro;', 'éÈçü…’€'],
    ['&#233;&#xE9;&#X1F680;&#128640;', 'éé🚀🚀'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&unknown; &amp no semicolon', '&unknown; &amp no semicolon'],
    ['&constructor; &__proto__;', '&constructor; &__proto__;'],
  ])('decodes %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });

  it('removes control and bidi-override characters and collapses spaces', () => {
    expect(cleanText('  a\u0000b\u202e c\n\t d&#8238;  ')).toBe('ab c d');
  });

  it('caps by characters, never splitting an emoji', () => {
    expect(capLength('abcdef', 6)).toBe('abcdef');
    expect(capLength('abcdefg', 6)).toBe('abcde…');
    expect(capLength('🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
  });
});
