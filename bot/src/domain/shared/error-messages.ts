import type { AppError } from './app-error';
import type { Language } from './locale';

/**
 * What each error code says to a person, in English and French. `{name}` is replaced by the
 * error's detail of that name. A code missing here falls back to the error's own English message;
 * a unit test checks that every code the server raises is listed.
 */
export const errorMessages: Record<string, { en: string; fr: string }> = {
  'REQUEST.INVALID': {
    en: 'Some fields need attention: {fields}.',
    fr: 'Certains champs sont à corriger : {fields}.',
  },
  'REQUEST.MALFORMED_JSON': {
    en: 'The request body is not valid JSON.',
    fr: 'Le corps de la requête n’est pas du JSON valide.',
  },
  'REQUEST.TOO_LARGE': {
    en: 'The request is too large (limit {limit} bytes).',
    fr: 'La requête est trop volumineuse (limite : {limit} octets).',
  },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': {
    en: 'Send the request body as JSON (Content-Type: application/json).',
    fr: 'Envoyez le corps de la requête en JSON (Content-Type: application/json).',
  },
  'REQUEST.BAD_CONTINUATION': {
    en: 'This page link has expired or is not valid. Reload the list.',
    fr: 'Ce lien de page a expiré ou n’est pas valide. Rechargez la liste.',
  },
  'ROUTE.NOT_FOUND': { en: 'There is nothing at this address.', fr: 'Il n’y a rien à cette adresse.' },
  'ROUTE.METHOD_NOT_ALLOWED': {
    en: 'This address does not accept that method.',
    fr: 'Cette adresse n’accepte pas cette méthode.',
  },
  'AUTH.UNAUTHENTICATED': {
    en: 'Your session could not be verified. Reopen Guildhall in Teams to sign in again.',
    fr: 'Votre session n’a pas pu être vérifiée. Rouvrez Guildhall dans Teams pour vous reconnecter.',
  },
  'AUTH.TENANT_NOT_ALLOWED': {
    en: 'Your organisation is not enabled for this Guildhall.',
    fr: 'Votre organisation n’est pas autorisée sur ce Guildhall.',
  },
  'AUTH.BAD_DEV_USER': {
    en: 'The X-Dev-User header must be a member id (letters, digits, - and _; up to 64).',
    fr: 'L’en-tête X-Dev-User doit être un identifiant de membre (lettres, chiffres, - et _ ; 64 au plus).',
  },
  'COMMUNITY.NOT_SET_UP': {
    en: 'This community has no charter yet. An administrator sets it up from the animator console.',
    fr: 'Cette communauté n’a pas encore de charte. Un administrateur la rédige depuis la console d’animation.',
  },
  'SERVER.UNAVAILABLE': {
    en: 'Guildhall is busy or restarting. Try again in a moment.',
    fr: 'Guildhall est occupé ou redémarre. Réessayez dans un instant.',
  },
  'SERVER.ERROR': {
    en: 'Something went wrong on our side. Try again; if it persists, tell your community animator.',
    fr: 'Un problème est survenu de notre côté. Réessayez ; si cela persiste, prévenez l’animateur de votre communauté.',
  },
};

/** The message for an error code in a language, with details filled in. */
export function messageFor(
  code: string,
  language: Language,
  details: Readonly<Record<string, unknown>> = {},
  fallback?: string,
): string {
  const template = errorMessages[code]?.[language] ?? fallback ?? errorMessages['SERVER.ERROR']![language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = details[name];
    if (Array.isArray(value))
      return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
    switch (typeof value) {
      case 'string':
        return value;
      case 'number':
      case 'boolean':
        return value.toString();
      case 'undefined':
        return whole;
      default:
        return value === null ? whole : JSON.stringify(value);
    }
  });
}

/** An AppError's message in a language. */
export function localizedMessage(error: AppError, language: Language): string {
  return messageFor(error.code, language, error.details ?? {}, error.userMessage);
}
