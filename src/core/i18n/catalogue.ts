import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from './locales.ts';

/** One language's messages: key -> ICU MessageFormat text. */
export type Messages = Record<string, string>;

const templates = Object.fromEntries(LOCALES.map((locale) => [locale, new Map<string, string>()])) as Record<Locale, Map<string, string>>;
const origins = new Map<string, string>();
const folders = new Set<string>();

/**
 * Adds the messages of one folder: `{locale}.json` for every language Ariadne offers, each a flat
 * JSON object of keys and ICU MessageFormat texts (the format Weblate, Crowdin and Pontoon read).
 * Adding the same folder twice does nothing; a key that another folder already defines is an
 * error, since two capabilities sharing a key would silently overwrite each other's text.
 */
export function addMessages(folder: URL): void {
  const path = fileURLToPath(folder);
  if (folders.has(path)) return;
  const read = LOCALES.map((locale) => [locale, readMessageFile(new URL(`${locale}.json`, folder))] as const);
  for (const key of Object.keys(read[0][1])) {
    const origin = origins.get(key);
    if (origin && origin !== path) throw new Error(`message key "${key}" is defined in both ${origin} and ${path}`);
  }
  for (const [locale, messages] of read) {
    for (const [key, text] of Object.entries(messages)) templates[locale].set(key, text);
  }
  for (const key of Object.keys(read[0][1])) origins.set(key, path);
  folders.add(path);
}

function readMessageFile(file: URL): Messages {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`messages file missing: ${fileURLToPath(file)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`messages file is not valid JSON: ${fileURLToPath(file)} (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== 'string')) {
    throw new Error(`messages file must be one object of texts: ${fileURLToPath(file)}`);
  }
  return parsed as Messages;
}

/** The ICU text of a key in a language, or undefined. */
export function messageText(locale: Locale, key: string): string | undefined {
  return templates[locale].get(key);
}

export function hasMessage(key: string): boolean {
  return templates.en.has(key);
}

/** Every key of a language (for the translation checks). */
export function messageKeys(locale: Locale): string[] {
  return [...templates[locale].keys()];
}

/** The folder that defines a key. */
export function messageOrigin(key: string): string | undefined {
  return origins.get(key);
}

addMessages(new URL('./messages/', import.meta.url));
