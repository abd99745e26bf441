import { hasMessage, type Locale, type Translate } from '../../core/i18n/i18n.ts';
import { termKey, VOCABULARIES } from '../vocabularies.ts';
import type { Kind } from '../schemas.ts';

const LANGUAGES = VOCABULARIES.textLanguage as readonly string[];
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The key of a field's label: `crimeTypes` -> `editor.field.crime_types`. */
export const fieldKey = (name: string) => `editor.field.${snake(name)}`;

/**
 * A readable name for a field path of a record, as shown beside an error or a change:
 * `victims.1.age` -> "Victims › row 2 › Age", `title.fr` -> "Title › French", `acts.0` -> "Acts".
 */
export function fieldLabel(t: Translate, path: string): string {
  const parts = path.split('.');
  const words: string[] = [];
  parts.forEach((part, index) => {
    if (/^\d+$/.test(part)) {
      if (index < parts.length - 1) words.push(t('editor.row', { row: Number(part) + 1 }));
    } else if (index > 0 && LANGUAGES.includes(part)) {
      words.push(t(termKey('textLanguage', part)));
    } else if (part !== 'sentence' && !(part === 'inclusion' && index < parts.length - 1)) {
      const key = fieldKey(part);
      words.push(hasMessage(key) ? t(key) : part);
    }
  });
  return words.join(' › ') || path;
}

/** Labels for the fields of these errors, for the error summary. */
export function errorLabels(t: Translate, fields: { field: string }[]): Record<string, string> {
  return Object.fromEntries(fields.map(({ field }) => [field, fieldLabel(t, field)]));
}

/** A record's title in the reader's language if it has one, else in its original language, else any. */
export function recordTitle(t: Translate, locale: Locale, data: unknown): string {
  const record = (data ?? {}) as { title?: Record<string, string>; originalLanguage?: string };
  const titles = record.title ?? {};
  return titles[locale] || (record.originalLanguage ? titles[record.originalLanguage] : '') || Object.values(titles).find(Boolean) || t('editor.untitled');
}

export const kindLabel = (t: Translate, kind: Kind | string) => t(`editor.kind.${kind}`);
export const statusLabel = (t: Translate, status: string) => t(`editor.status.${status}`);
