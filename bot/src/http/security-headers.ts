/**
 * Hosts allowed to frame the tab: Teams (work, education, government clouds), Outlook and the
 * Microsoft 365 app. There is deliberately no X-Frame-Options header: it would stop Teams from
 * showing the tab at all.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.teams.cloud.microsoft',
  'https://*.teams.microsoft.us',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
];

/** Content-Security-Policy of the tab: only our own scripts; Griffel (Fluent) needs inline styles. */
export const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  // teams-js fetches its list of valid host origins from this CDN.
  "connect-src 'self' https://res.cdn.office.net",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://web.microsoftstream.com https://*.sharepoint.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/** API and health answers are data, never documents: nothing may load or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Headers for every response; `tab` selects the tab's policy. */
export function securityHeaders(kind: 'tab' | 'api', https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': kind === 'tab' ? TAB_CSP : API_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  // Tab assets (icons in cards, say) may be fetched by Teams from another origin; API data may not.
  if (kind === 'api') headers['Cross-Origin-Resource-Policy'] = 'same-origin';
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
