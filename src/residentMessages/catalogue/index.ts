import type { Language } from '../../domain';
import { en } from './en';
import { fi } from './fi';
import type { ResidentTexts } from './residentTexts';
import { sv } from './sv';

export type { ResidentTexts } from './residentTexts';

/** The messages to the resident, in each language a case may be in. */
export const RESIDENT_TEXTS: Readonly<Record<Language, ResidentTexts>> = { sv, en, fi };
