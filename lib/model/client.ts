import type { CalendarDate } from './dates';
import type { PolicyOverride, Tone } from './policy';

export type ClientKind = 'b2b' | 'b2c' | 'public';
export type Lang = 'fr' | 'en';

export const RED_FLAGS = ['other-company', 'cash-problems', 'no-written-agreement', 'unknown-company'] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

export interface Insolvency {
  judgmentDate?: CalendarDate;
  publishedDate?: CalendarDate;
}

export interface Client {
  id: string;
  name: string;
  contactName?: string;
  emails: string[];
  phone?: string;
  /** SIREN / SIRET / VAT number. */
  legalId?: string;
  address?: string;
  language: Lang;
  kind: ClientKind;
  /** A jurisdiction id (fr-b2b, uk, de-b2b, contract, none…); defaults from kind and the sender's country. */
  jurisdiction?: string;
  keyAccount?: boolean;
  preferredTone?: Tone;
  /**
   * Insolvency proceedings (C. com. L622-24 ff.): `true` when the dates are not known
   * yet, or the opening judgment's date (interest stops there, L622-28) and the date of
   * its BODACC publication (the declaration deadline runs from it, R622-24).
   */
  insolvency?: boolean | Insolvency;
  /** Work or deliveries still ongoing: a stop-work notice is possible. */
  ongoingWork?: boolean;
  redFlags?: RedFlag[];
  notes?: string;
  /** Per-client changes to the ladder. */
  policy?: PolicyOverride;
}
