import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { es } from './messages/es.ts';
import { ar } from './messages/ar.ts';
import { knowledgeEn } from '../../knowledge/messages/en.ts';
import { knowledgeFr } from '../../knowledge/messages/fr.ts';
import { knowledgeEs } from '../../knowledge/messages/es.ts';
import { knowledgeAr } from '../../knowledge/messages/ar.ts';
import { knowledgePagesEn } from '../../knowledge/messages/pages-en.ts';
import { knowledgePagesFr } from '../../knowledge/messages/pages-fr.ts';
import { knowledgePagesEs } from '../../knowledge/messages/pages-es.ts';
import { knowledgePagesAr } from '../../knowledge/messages/pages-ar.ts';
import { editorEn } from '../../knowledge/editor/messages/en.ts';
import { editorFr } from '../../knowledge/editor/messages/fr.ts';
import { editorEs } from '../../knowledge/editor/messages/es.ts';
import { editorAr } from '../../knowledge/editor/messages/ar.ts';
import { statisticsEn } from '../../statistics/messages/en.ts';
import { statisticsFr } from '../../statistics/messages/fr.ts';
import { statisticsEs } from '../../statistics/messages/es.ts';
import { statisticsAr } from '../../statistics/messages/ar.ts';
import { caseDataEn } from '../../case-data/messages/en.ts';
import { caseDataFr } from '../../case-data/messages/fr.ts';
import { caseDataEs } from '../../case-data/messages/es.ts';
import { caseDataAr } from '../../case-data/messages/ar.ts';
import { programmesEn } from '../../programmes/messages/en.ts';
import { programmesFr } from '../../programmes/messages/fr.ts';
import { programmesEs } from '../../programmes/messages/es.ts';
import { programmesAr } from '../../programmes/messages/ar.ts';
import { treatiesEn } from '../../treaties/messages/en.ts';
import { treatiesFr } from '../../treaties/messages/fr.ts';
import { treatiesEs } from '../../treaties/messages/es.ts';
import { treatiesAr } from '../../treaties/messages/ar.ts';
import { reviewEn } from '../../implementation-review/messages/en.ts';
import { reviewFr } from '../../implementation-review/messages/fr.ts';
import { reviewEs } from '../../implementation-review/messages/es.ts';
import { reviewAr } from '../../implementation-review/messages/ar.ts';
import { cooperationEn } from '../../cooperation/messages/en.ts';
import { cooperationFr } from '../../cooperation/messages/fr.ts';
import { cooperationEs } from '../../cooperation/messages/es.ts';
import { cooperationAr } from '../../cooperation/messages/ar.ts';

/**
 * Every interface string, per language: the shell's own catalogue and each capability's.
 * English is the reference; the i18n test checks that each language has every English key.
 */
export const ENGLISH = { ...en, ...knowledgeEn, ...knowledgePagesEn, ...editorEn, ...statisticsEn, ...caseDataEn, ...programmesEn, ...treatiesEn, ...reviewEn, ...cooperationEn };
export type MessageKey = keyof typeof ENGLISH;

export const CATALOGUES = {
  en: ENGLISH,
  fr: { ...fr, ...knowledgeFr, ...knowledgePagesFr, ...editorFr, ...statisticsFr, ...caseDataFr, ...programmesFr, ...treatiesFr, ...reviewFr, ...cooperationFr },
  es: { ...es, ...knowledgeEs, ...knowledgePagesEs, ...editorEs, ...statisticsEs, ...caseDataEs, ...programmesEs, ...treatiesEs, ...reviewEs, ...cooperationEs },
  ar: { ...ar, ...knowledgeAr, ...knowledgePagesAr, ...editorAr, ...statisticsAr, ...caseDataAr, ...programmesAr, ...treatiesAr, ...reviewAr, ...cooperationAr },
} satisfies Record<string, Record<MessageKey, string>>;
