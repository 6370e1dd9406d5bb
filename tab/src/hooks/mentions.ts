/** A member as the mention picker shows and inserts them. */
export interface Mentionable {
  id: string;
  displayName: string;
}

/** The `@query` being typed right before the caret, or undefined when the caret is not in one. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | undefined {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return undefined;
  // An @ starts a mention at the start of the text or after a space or an opening bracket, not
  // inside an e-mail address (name@company.com).
  const previous = at === 0 ? ' ' : before.charAt(at - 1);
  if (!/[\s([{]/.test(previous)) return undefined;
  const query = before.slice(at + 1);
  // Names have spaces ("Alex Morgan"), but a mention query is short and on one line.
  if (query.length > 40 || /[\n@[\]()]/.test(query) || /\s{2}/.test(query)) return undefined;
  return { start: at, query };
}

/** The markdown of a mention, as the server and the Markdown component read it: `@[Name](id)`. */
export function mentionMarkdown(member: Mentionable): string {
  // Brackets in a display name would end the link text early; they carry no meaning in a name.
  const name = member.displayName.replace(/[[\]()]/g, '').trim();
  return `@[${name}](${member.id})`;
}

/** Replaces the `@query` (from `start` to `caret`) with the mention and a space; returns the new caret. */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  member: Mentionable,
): { text: string; caret: number } {
  const inserted = `${mentionMarkdown(member)} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}
