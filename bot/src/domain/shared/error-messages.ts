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
  'MEMBER.NOT_FOUND': {
    en: 'This person is not a member of the community yet (they join by opening Guildhall once).',
    fr: 'Cette personne n’est pas encore membre de la communauté (on le devient en ouvrant Guildhall une fois).',
  },
  'GAME.BAD_LEVELS': {
    en: 'Levels start at 0 points and each needs more points than the one before.',
    fr: 'Les niveaux commencent à 0 point et chacun demande plus de points que le précédent.',
  },
  'GAME.DUPLICATE_BADGE': {
    en: 'Two badges have the same id: give each its own.',
    fr: 'Deux badges ont le même identifiant : donnez-en un différent à chacun.',
  },
  'GAME.RULES_CHANGED': {
    en: 'Another administrator changed the game settings meanwhile. Reload them to see their changes, then make yours again.',
    fr: 'Un autre administrateur a modifié les réglages du jeu entre-temps. Rechargez-les pour voir ses changements, puis refaites les vôtres.',
  },
  'GAME.BUSY': {
    en: 'Too many changes at once. Try again in a moment.',
    fr: 'Trop de changements en même temps. Réessayez dans un instant.',
  },
  'KUDOS.SELF': {
    en: 'Kudos are for others: thank someone else.',
    fr: 'Les remerciements sont pour les autres : remerciez quelqu’un d’autre.',
  },
  'KUDOS.UNKNOWN_VALUE': {
    en: 'Choose one of the community’s values from its charter.',
    fr: 'Choisissez l’une des valeurs de la charte de la communauté.',
  },
  'KUDOS.ALLOWANCE_REACHED': {
    en: 'You have given all {perWeek} of your kudos this week. New ones come on Monday.',
    fr: 'Vous avez donné vos {perWeek} remerciements de la semaine. De nouveaux arrivent lundi.',
  },
  'KUDOS.NO_CIRCLE': {
    en: 'The community has no open circle to share kudos in. An administrator can create one.',
    fr: 'La communauté n’a pas de cercle ouvert où partager les remerciements. Un administrateur peut en créer un.',
  },
  'OUTBOX.FORBIDDEN': {
    en: 'Only animators and administrators can follow deliveries.',
    fr: 'Seuls les animateurs et les administrateurs peuvent suivre les envois.',
  },
  'OUTBOX.CAMPAIGN_NOT_FOUND': { en: 'There is no such campaign.', fr: 'Cette campagne n’existe pas.' },
  'OUTBOX.BAD_CAMPAIGN': {
    en: 'This campaign id cannot be used: letters, digits and _ | : . @ - only, at most 200.',
    fr: 'Cet identifiant de campagne n’est pas utilisable : lettres, chiffres et _ | : . @ - seulement, 200 au plus.',
  },
  'OUTBOX.TOO_LARGE': {
    en: 'This message is over the 80 KB a Teams message may hold.',
    fr: 'Ce message dépasse les 80 Ko qu’un message Teams peut contenir.',
  },
  'REWARD.NOT_FOUND': { en: 'This reward does not exist.', fr: 'Cette récompense n’existe pas.' },
  'REWARD.UNAVAILABLE': {
    en: 'This reward is not offered any more.',
    fr: 'Cette récompense n’est plus proposée.',
  },
  'REWARD.OUT_OF_STOCK': {
    en: 'Someone just took the last one: this reward is out of stock. Your points were not spent.',
    fr: 'Quelqu’un vient de prendre le dernier exemplaire : cette récompense est épuisée. Vos points n’ont pas été dépensés.',
  },
  'REWARD.LIMIT_REACHED': {
    en: 'You have already redeemed this reward {limit} time(s), the most allowed.',
    fr: 'Vous avez déjà obtenu cette récompense {limit} fois, le maximum autorisé.',
  },
  'REWARD.NOT_ENOUGH_POINTS': {
    en: 'This reward costs {cost} points and you have {balance}. Keep contributing!',
    fr: 'Cette récompense coûte {cost} points et vous en avez {balance}. Continuez à contribuer !',
  },
  'REWARD.BUSY': {
    en: 'Your points changed while redeeming. Try again.',
    fr: 'Vos points ont changé pendant l’échange. Réessayez.',
  },
  'REWARD.CHANGED': {
    en: 'This reward changed meanwhile (someone redeemed it or another administrator edited it). Reload it and try again.',
    fr: 'Cette récompense a changé entre-temps (quelqu’un l’a obtenue ou un autre administrateur l’a modifiée). Rechargez-la et réessayez.',
  },
  'REWARD.CIRCLE_REQUIRED': {
    en: 'A circle reward needs the circle it opens.',
    fr: 'Une récompense de type cercle doit indiquer le cercle qu’elle ouvre.',
  },
  'REDEMPTION.NOT_FOUND': { en: 'This redemption does not exist.', fr: 'Cet échange n’existe pas.' },
  'REDEMPTION.BAD_STATE': {
    en: 'This request was already handled ({status}).',
    fr: 'Cette demande a déjà été traitée ({status}).',
  },
  'COMMUNITY.ADMIN_ONLY': {
    en: 'Only community administrators can do this.',
    fr: 'Seuls les administrateurs de la communauté peuvent faire cela.',
  },
  'COMMUNITY.BUSY': {
    en: 'The settings changed while saving. Try again.',
    fr: 'Les réglages ont changé pendant l’enregistrement. Réessayez.',
  },
  'CHARTER.NOT_ACKNOWLEDGED': {
    en: 'Please read and accept the community charter (version {version}) first: it is on the Home screen.',
    fr: 'Merci de lire et d’accepter d’abord la charte de la communauté (version {version}) : elle est sur l’écran d’accueil.',
  },
  'CHARTER.NOT_CURRENT': {
    en: 'A newer version of the charter was published: read it, then accept it.',
    fr: 'Une version plus récente de la charte a été publiée : lisez-la, puis acceptez-la.',
  },
  'CHARTER.VERSION_CONFLICT': {
    en: 'Someone published a newer charter (version {current}) while you were editing. Reload it and apply your changes again.',
    fr: 'Quelqu’un a publié une charte plus récente (version {current}) pendant que vous la modifiiez. Rechargez-la et refaites vos changements.',
  },
  'GOAL.NOT_FOUND': { en: 'This goal does not exist.', fr: 'Cet objectif n’existe pas.' },
  'CIRCLE.NOT_FOUND': {
    en: 'This circle does not exist or is private.',
    fr: 'Ce cercle n’existe pas ou il est privé.',
  },
  'CIRCLE.FORBIDDEN': {
    en: 'Only the circle’s owners and animators can do this.',
    fr: 'Seuls les propriétaires et animateurs du cercle peuvent faire cela.',
  },
  'CIRCLE.ARCHIVED': { en: 'This circle is archived.', fr: 'Ce cercle est archivé.' },
  'CIRCLE.POD_FULL': {
    en: 'This pod is full: a pod has at most {max} members.',
    fr: 'Ce petit groupe est complet : il compte au plus {max} membres.',
  },
  'CIRCLE.LAST_OWNER': {
    en: 'Name another owner before you leave: a circle needs one.',
    fr: 'Désignez un autre propriétaire avant de partir : un cercle en a besoin.',
  },
  'CIRCLE.NAME_TAKEN': {
    en: 'A circle named "{name}" already exists.',
    fr: 'Un cercle nommé « {name} » existe déjà.',
  },
  'CIRCLE.COMMUNITY_ADMIN_ONLY': {
    en: 'Only administrators create community-wide circles.',
    fr: 'Seuls les administrateurs créent des cercles à l’échelle de la communauté.',
  },
  'CIRCLE.NO_PENDING_REQUEST': {
    en: 'There is no pending invitation or request to answer.',
    fr: 'Il n’y a pas d’invitation ni de demande en attente.',
  },
  'CIRCLE.NOT_A_MEMBER': {
    en: 'This person is not in the circle.',
    fr: 'Cette personne n’est pas dans le cercle.',
  },
  'CIRCLE.MEMBERS_ONLY': {
    en: 'Join this circle to read its posts.',
    fr: 'Rejoignez ce cercle pour lire ses publications.',
  },
  'CIRCLE.BUSY': {
    en: 'The circle changed while saving. Try again.',
    fr: 'Le cercle a changé pendant l’enregistrement. Réessayez.',
  },
  'POST.NOT_FOUND': {
    en: 'This post does not exist or is private.',
    fr: 'Cette publication n’existe pas ou elle est privée.',
  },
  'POST.NOT_ALLOWED': {
    en: 'You cannot do this with this post.',
    fr: 'Vous ne pouvez pas faire cela avec cette publication.',
  },
  'POST.RATE_LIMITED': {
    en: 'You have published {limit} posts in the last hour, the most for now. Try again in {retryAfterSeconds} seconds.',
    fr: 'Vous avez publié {limit} fois dans l’heure, le maximum pour l’instant. Réessayez dans {retryAfterSeconds} secondes.',
  },
  'POST.BAD_SCHEDULE': {
    en: 'Schedule it at least a minute from now and within a year (drafts and scheduled posts only).',
    fr: 'Programmez-la au moins une minute à l’avance et dans l’année (brouillons et publications programmées seulement).',
  },
  'POST.UNSUPPORTED_VIDEO': {
    en: 'Share a YouTube, Vimeo or Microsoft Stream link for a video, or post it as a link.',
    fr: 'Pour une vidéo, partagez un lien YouTube, Vimeo ou Microsoft Stream, ou publiez-la comme lien.',
  },
  'POST.NOT_AN_IDEA': {
    en: 'Only ideas take votes and a status.',
    fr: 'Seules les idées ont des votes et un statut.',
  },
  'POST.NOT_A_QUESTION': {
    en: 'Only questions have an accepted answer.',
    fr: 'Seules les questions ont une réponse acceptée.',
  },
  'POST.NOT_ANONYMOUS': { en: 'This post is not anonymous.', fr: 'Cette publication n’est pas anonyme.' },
  'POST.BUSY': {
    en: 'The post changed while saving. Try again.',
    fr: 'La publication a changé pendant l’enregistrement. Réessayez.',
  },
  'COMMENT.NOT_FOUND': { en: 'This comment does not exist.', fr: 'Ce commentaire n’existe pas.' },
  'COMMENT.NOT_ALLOWED': { en: 'Only the author can do this.', fr: 'Seul l’auteur peut faire cela.' },
  'COMMENT.TOO_DEEP': {
    en: 'Reply to the first comment of the thread: replies go one level deep.',
    fr: 'Répondez au premier commentaire du fil : les réponses ne vont qu’à un niveau.',
  },
  'COMMENT.RATE_LIMITED': {
    en: 'You have commented {limit} times in the last hour, the most for now. Try again in {retryAfterSeconds} seconds.',
    fr: 'Vous avez commenté {limit} fois dans l’heure, le maximum pour l’instant. Réessayez dans {retryAfterSeconds} secondes.',
  },
  'COMMENT.BUSY': {
    en: 'The comment changed while saving. Try again.',
    fr: 'Le commentaire a changé pendant l’enregistrement. Réessayez.',
  },
  'MODERATION.FORBIDDEN': {
    en: 'Only the moderators of this content can do this.',
    fr: 'Seuls les modérateurs de ce contenu peuvent faire cela.',
  },
  'EDITORIAL.FORBIDDEN': {
    en: 'The editorial calendar is for community animators and administrators.',
    fr: 'Le calendrier éditorial est réservé aux animateurs et administrateurs de la communauté.',
  },
  'QUIZ.FORBIDDEN': {
    en: 'Quizzes are written by community animators and administrators.',
    fr: 'Les quiz sont rédigés par les animateurs et administrateurs de la communauté.',
  },
  'QUIZ.NOT_FOUND': { en: 'This quiz does not exist.', fr: 'Ce quiz n’existe pas.' },
  'QUIZ.NOT_EDITABLE': {
    en: 'This quiz was already sent: it can no longer be changed.',
    fr: 'Ce quiz a déjà été envoyé : il ne peut plus être modifié.',
  },
  'QUIZ.CHANGED': {
    en: 'Someone changed this quiz meanwhile. Reload it and try again.',
    fr: 'Quelqu’un a modifié ce quiz entre-temps. Rechargez-le et réessayez.',
  },
  'QUIZ.BAD_SCHEDULE': {
    en: 'Check the dates: the quiz is sent in the future and its deadline comes after.',
    fr: 'Vérifiez les dates : le quiz part dans le futur et sa date limite vient après.',
  },
  'QUIZ.CSV_INVALID': {
    en: 'The file has problems: see each line below.',
    fr: 'Le fichier comporte des problèmes : voyez chaque ligne ci-dessous.',
  },
  'POLL.NOT_FOUND': { en: 'This poll does not exist (any more).', fr: 'Ce sondage n’existe pas (ou plus).' },
  'POLL.DELETED': { en: 'This poll was deleted.', fr: 'Ce sondage a été supprimé.' },
  'POLL.CLOSED': {
    en: 'This poll is closed: votes are no longer counted.',
    fr: 'Ce sondage est clos : les votes ne sont plus comptés.',
  },
  'POLL.UNKNOWN_OPTION': {
    en: 'That answer is not one of this poll’s options.',
    fr: 'Cette réponse ne fait pas partie des options du sondage.',
  },
  'POLL.ONE_ANSWER': {
    en: 'This poll takes one answer: pick a single option.',
    fr: 'Ce sondage n’accepte qu’une réponse : choisissez une seule option.',
  },
  'POLL.NO_ANSWER': { en: 'Pick an option before voting.', fr: 'Choisissez une option avant de voter.' },
  'POLL.FORBIDDEN': {
    en: 'Only the poll’s creator or a community animator can do this.',
    fr: 'Seuls l’auteur du sondage ou un animateur de la communauté peuvent faire cela.',
  },
  'POLL.ANIMATORS_ONLY': {
    en: 'Posting polls from the tab is for community animators and administrators.',
    fr: 'Publier des sondages depuis l’onglet est réservé aux animateurs et administrateurs.',
  },
  'POLL.UNKNOWN_CONVERSATION': {
    en: 'Guildhall is not installed in that conversation: pick a channel or group chat from the list.',
    fr: 'Guildhall n’est pas installé dans cette conversation : choisissez un canal ou une conversation de groupe de la liste.',
  },
  'POLL.BUSY': {
    en: 'Many votes are arriving at once: try again in a moment.',
    fr: 'Beaucoup de votes arrivent en même temps : réessayez dans un instant.',
  },
  'POLL.INVALID': {
    en: 'This poll needs a question, 2 to 6 different options and a closing time within 30 days.',
    fr: 'Ce sondage demande une question, 2 à 6 options différentes et une clôture dans les 30 jours.',
  },
  'NUDGES.FORBIDDEN': {
    en: 'Only community animators and administrators can see and change the nudge rules.',
    fr: 'Seuls les animateurs et administrateurs de la communauté peuvent voir et modifier les règles des rappels.',
  },
  'NUDGES.CHANGED': {
    en: 'Someone changed the nudge rules meanwhile. Reload them and apply your changes again.',
    fr: 'Quelqu’un a modifié les règles des rappels entre-temps. Rechargez-les et refaites vos changements.',
  },
  'NUDGES.BAD_QUIET_HOURS': {
    en: 'Quiet hours need a start different from their end.',
    fr: 'Les heures calmes doivent commencer et finir à des heures différentes.',
  },
  'SETTINGS.BAD_TIME_ZONE': {
    en: '"{timeZone}" is not a time zone. Choose one from the list, such as Europe/Paris.',
    fr: '« {timeZone} » n’est pas un fuseau horaire. Choisissez-en un dans la liste, comme Europe/Paris.',
  },
  'SETTINGS.BAD_QUIET_HOURS': {
    en: 'Quiet hours need a start different from their end (or none at all).',
    fr: 'Les heures calmes doivent commencer et finir à des heures différentes (ou être désactivées).',
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

/** An AppError's message in a language: its own words when it has both, else the catalogue's. */
export function localizedMessage(error: AppError, language: Language): string {
  if (error.bilingual) return messageFor('', language, error.details ?? {}, error.bilingual[language]);
  return messageFor(error.code, language, error.details ?? {}, error.userMessage);
}
