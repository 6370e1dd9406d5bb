import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../bot/src/domain/shared/app-error';
import { errorMessages, localizedMessage, messageFor } from '../../bot/src/domain/shared/error-messages';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('error messages people read', () => {
  it('has an English and a French text for every error code the server raises', () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..', '..', 'bot', 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"]([A-Z]+\.[A-Z_]+)['"]/g))
        codes.add(match[1]!);
    }
    const raised = [...codes].filter((code) => !code.startsWith('SERVER.') || code === 'SERVER.ERROR');
    expect(raised.length).toBeGreaterThan(10);
    for (const code of raised) {
      expect({ code, en: errorMessages[code]?.en }).toEqual({ code, en: expect.any(String) });
      expect({ code, fr: errorMessages[code]?.fr }).toEqual({ code, fr: expect.any(String) });
    }
  });

  it('fills details into the text', () => {
    expect(messageFor('REQUEST.TOO_LARGE', 'fr', { limit: 1024 })).toBe(
      'La requête est trop volumineuse (limite : 1024 octets).',
    );
    expect(messageFor('REQUEST.INVALID', 'en', { fields: ['title (required)', 'tags (too many)'] })).toBe(
      'Some fields need attention: title (required), tags (too many).',
    );
  });

  it('falls back to the error’s own message for a code without a translation', () => {
    const error = new AppError('SOMETHING.NEW', 400, 'Plain English.');
    expect(localizedMessage(error, 'fr')).toBe('Plain English.');
  });
});
