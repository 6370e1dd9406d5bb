/** Lower case, no accents, single spaces: what search compares ("Équipe  Data" → "equipe data"). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Search terms of a query: normalized words of 2+ characters, at most 8. */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      normalizeText(query)
        .split(/[^a-z0-9#@_-]+/)
        .filter((w) => w.length >= 2),
    ),
  ].slice(0, 8);
}

/** Tags as stored: lower case, accent-free, dashes for spaces, without '#', 1..32 characters. */
export function normalizeTag(tag: string): string {
  return normalizeText(tag.replace(/^#/, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32);
}
