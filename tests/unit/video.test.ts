import { videoEmbedOf } from '../../bot/src/domain/content/video';

const ID = 'dQw4w9WgXcQ';
const NOCOOKIE = `https://www.youtube-nocookie.com/embed/${ID}`;
const GUID = '2efc8e37-2e42-4b77-b694-b68994652e23';

describe('videoEmbedOf', () => {
  describe('YouTube → youtube-nocookie player', () => {
    it.each([
      [`https://www.youtube.com/watch?v=${ID}`, NOCOOKIE],
      [`https://youtube.com/watch?v=${ID}&list=PL123&index=2`, NOCOOKIE],
      [`http://m.youtube.com/watch?feature=share&v=${ID}`, NOCOOKIE],
      [`https://music.youtube.com/watch?v=${ID}`, NOCOOKIE],
      [`https://youtu.be/${ID}`, NOCOOKIE],
      [`https://youtu.be/${ID}?si=AbCdEf123`, NOCOOKIE],
      [`https://www.youtube.com/shorts/${ID}`, NOCOOKIE],
      [`https://www.youtube.com/embed/${ID}`, NOCOOKIE],
      [`https://www.youtube.com/live/${ID}`, NOCOOKIE],
      [`https://www.youtube-nocookie.com/embed/${ID}`, NOCOOKIE],
      ['  https://youtu.be/a-b_c-d_e-f  ', 'https://www.youtube-nocookie.com/embed/a-b_c-d_e-f'],
    ])('%s', (url, embedUrl) => {
      expect(videoEmbedOf(url)).toEqual({ provider: 'youtube', embedUrl });
    });

    it.each([
      [`https://youtu.be/${ID}?t=42`, 42],
      [`https://www.youtube.com/watch?v=${ID}&t=90s`, 90],
      [`https://www.youtube.com/watch?v=${ID}&t=1m30s`, 90],
      [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, 3723],
      [`https://www.youtube.com/embed/${ID}?start=75`, 75],
    ])('keeps the start time of %s', (url, start) => {
      expect(videoEmbedOf(url)?.embedUrl).toBe(`${NOCOOKIE}?start=${start}`);
    });

    it.each([
      `https://youtu.be/${ID}?t=0`,
      `https://youtu.be/${ID}?t=abc`,
      `https://youtu.be/${ID}?t=-5`,
      `https://youtu.be/${ID}?t=99999999`,
      `https://youtu.be/${ID}?t=1m30s%22onload=x`,
    ])('drops a start time it cannot read: %s', (url) => {
      expect(videoEmbedOf(url)?.embedUrl).toBe(NOCOOKIE);
    });
  });

  describe('Vimeo → player.vimeo.com', () => {
    it.each([
      ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871'],
      ['https://www.vimeo.com/76979871', 'https://player.vimeo.com/video/76979871'],
      ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871'],
      ['https://player.vimeo.com/video/76979871?autoplay=1', 'https://player.vimeo.com/video/76979871'],
      ['https://vimeo.com/channels/staffpicks/76979871', 'https://player.vimeo.com/video/76979871'],
      ['https://vimeo.com/76979871/3f2a1b9c0d', 'https://player.vimeo.com/video/76979871?h=3f2a1b9c0d'],
      [
        'https://player.vimeo.com/video/76979871?h=3f2a1b9c0d',
        'https://player.vimeo.com/video/76979871?h=3f2a1b9c0d',
      ],
    ])('%s', (url, embedUrl) => {
      expect(videoEmbedOf(url)).toEqual({ provider: 'vimeo', embedUrl });
    });
  });

  describe('Microsoft Stream (on SharePoint) → embed.aspx', () => {
    const suffix = 'referrer=StreamWebApp&referrerScenario=EmbedDialog.Create';

    it('turns the stream.aspx player page into the embed page of the same site and file', () => {
      const url =
        'https://contoso.sharepoint.com/sites/Data/_layouts/15/stream.aspx?id=%2Fsites%2FData%2FShared%20Documents%2FTeam%27s%20demo.mp4&ga=1&referrer=StreamWebApp.Web';
      expect(videoEmbedOf(url)).toEqual({
        provider: 'stream',
        embedUrl:
          'https://contoso.sharepoint.com/sites/Data/_layouts/15/embed.aspx?id=%2Fsites%2FData%2FShared+Documents%2FTeam%27s+demo.mp4&' +
          suffix,
      });
    });

    it('works for OneDrive (personal) sites', () => {
      const url =
        'https://contoso-my.sharepoint.com/personal/ada_contoso_com/_layouts/15/stream.aspx?id=/personal/ada_contoso_com/Documents/Recordings/standup.mp4';
      expect(videoEmbedOf(url)?.embedUrl).toBe(
        'https://contoso-my.sharepoint.com/personal/ada_contoso_com/_layouts/15/embed.aspx?id=%2Fpersonal%2Fada_contoso_com%2FDocuments%2FRecordings%2Fstandup.mp4&' +
          suffix,
      );
    });

    it('normalises an embed.aspx URL with a UniqueId, keeping only what the player needs', () => {
      const url = `https://contoso.sharepoint.com/sites/Data/_layouts/15/embed.aspx?UniqueId=%7B${GUID.toUpperCase()}%7D&embed=%7B%22ust%22%3Atrue%7D&referrer=StreamWebApp&referrerScenario=EmbedDialog.Create`;
      expect(videoEmbedOf(url)?.embedUrl).toBe(
        `https://contoso.sharepoint.com/sites/Data/_layouts/15/embed.aspx?UniqueId=${GUID}&${suffix}`,
      );
    });

    it('frames a /:v:/ sharing link in its embed view', () => {
      expect(
        videoEmbedOf(
          'https://contoso.sharepoint.com/:v:/s/Data/EQx7_y8AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab?e=Xy12Ab',
        ),
      ).toEqual({
        provider: 'stream',
        embedUrl:
          'https://contoso.sharepoint.com/:v:/s/Data/EQx7_y8AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab?e=Xy12Ab&action=embedview',
      });
      expect(
        videoEmbedOf(
          'https://contoso-my.sharepoint.com/:v:/g/personal/ada_contoso_com/EbCdEfGhIjKlMnOpQrStUvWx',
        ),
      )?.toEqual({
        provider: 'stream',
        embedUrl:
          'https://contoso-my.sharepoint.com/:v:/g/personal/ada_contoso_com/EbCdEfGhIjKlMnOpQrStUvWx?action=embedview',
      });
    });
  });

  describe('refuses anything else', () => {
    it.each([
      ['not a URL', 'youtube dQw4w9WgXcQ'],
      ['an empty string', ''],
      ['another scheme', `javascript://youtu.be/${ID}`],
      ['a data URL', 'data:text/html,<script>alert(1)</script>'],
      ['an id too short', 'https://youtu.be/dQw4w9WgXc'],
      ['an id too long', 'https://youtu.be/dQw4w9WgXcQQ'],
      ['an id with markup', 'https://www.youtube.com/watch?v=dQw4w9"><svg'],
      ['an id with a dot', 'https://youtu.be/dQw4w9WgX.Q'],
      ['a lookalike host', `https://youtube.com.evil.example/watch?v=${ID}`],
      ['a lookalike suffix', `https://evilyoutube.com/watch?v=${ID}`],
      ['a YouTube channel', 'https://www.youtube.com/@contoso'],
      ['a YouTube watch page with no id', 'https://www.youtube.com/watch?list=PL123'],
      ['credentials in the URL', `https://user:pass@youtu.be/${ID}`],
      ['an explicit port', `https://youtu.be:8443/${ID}`],
      ['extra path after the id', `https://youtu.be/${ID}/extra`],
      ['a Vimeo non-numeric id', 'https://vimeo.com/about'],
      ['a Vimeo bad hash', 'https://vimeo.com/76979871/not-a-hash!'],
      ['a Vimeo user page', 'https://vimeo.com/user/123/videos'],
      [
        'Stream over http',
        `http://contoso.sharepoint.com/sites/Data/_layouts/15/embed.aspx?UniqueId=${GUID}`,
      ],
      [
        'a SharePoint lookalike',
        `https://contoso.sharepoint.com.evil.example/_layouts/15/embed.aspx?UniqueId=${GUID}`,
      ],
      [
        'another SharePoint page',
        'https://contoso.sharepoint.com/sites/Data/_layouts/15/viewer.aspx?id=/a.mp4',
      ],
      ['a bad UniqueId', 'https://contoso.sharepoint.com/sites/Data/_layouts/15/embed.aspx?UniqueId=nope'],
      ['stream.aspx without id', 'https://contoso.sharepoint.com/sites/Data/_layouts/15/stream.aspx'],
      ['a relative id', 'https://contoso.sharepoint.com/_layouts/15/stream.aspx?id=Shared%20Documents/a.mp4'],
      ['a traversing id', 'https://contoso.sharepoint.com/_layouts/15/stream.aspx?id=/sites/a/../../b.mp4'],
      ['an id with markup', 'https://contoso.sharepoint.com/_layouts/15/stream.aspx?id=/a/%3Cscript%3E.mp4'],
      ['a repeated id', 'https://contoso.sharepoint.com/_layouts/15/stream.aspx?id=/a.mp4&id=/b.mp4'],
      ['a share link with a bad token', 'https://contoso.sharepoint.com/:v:/s/Data/short'],
      [
        'a share link with a bad e',
        'https://contoso.sharepoint.com/:v:/s/Data/EQx7_y8AbCdEfGhIjKlMnOp?e=%22x',
      ],
      ['a non-video share link', 'https://contoso.sharepoint.com/:w:/s/Data/EQx7_y8AbCdEfGhIjKlMnOp'],
      [
        'a SharePoint path with markup',
        `https://contoso.sharepoint.com/sites/%3Cb%3E/_layouts/15/embed.aspx?UniqueId=${GUID}`,
      ],
      [
        'the classic Stream service',
        'https://web.microsoftstream.com/video/0a1b2c3d-0000-4000-8000-000000000000',
      ],
    ])('%s', (_what, url) => {
      expect(videoEmbedOf(url)).toBeUndefined();
    });
  });
});
