import type { BaseDoc } from '../shared/document-store';
import type { LocalizedText } from '../shared/locale';

/** A value the community holds. */
export interface CharterValue {
  title: LocalizedText;
  description: LocalizedText;
}

/** A recurring moment of community life ("Friday show-and-tell"). */
export interface Ritual {
  title: LocalizedText;
  description: LocalizedText;
  /** When it happens, in words ("every other Friday at 11:00"). */
  cadence: LocalizedText;
}

/**
 * One version of the community charter (DESIGN.md key 1). Versions are immutable: an edit
 * publishes version n+1, and members acknowledge a version.
 */
export interface CharterVersion extends BaseDoc {
  kind: 'charter';
  version: number;
  purpose: LocalizedText;
  values: CharterValue[];
  /** Markdown. */
  codeOfConduct: LocalizedText;
  rituals: Ritual[];
  publishedAt: string;
  publishedBy: string;
}

/** The community's identity: one per tenant. */
export interface CommunitySettings extends BaseDoc {
  kind: 'settings';
  name: LocalizedText;
  tagline: LocalizedText;
  createdAt: string;
}

/** Document id of a charter version. */
export function charterVersionId(version: number): string {
  return `charter-v${version}`;
}
