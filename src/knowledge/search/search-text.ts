import { readFileSync } from 'node:fs';

/**
 * What documents and queries go through before PostgreSQL normalises them, the same on both
 * sides so that they meet: accents and other combining marks are folded (`explotacion` finds
 * `explotación`, and Arabic short vowels are ignored), and, in documents, the parts of a compound
 * token (`Recruitment/targeting`, `Backpage.com`, `2454/2009`), which PostgreSQL's parser keeps
 * whole, are added after the text, so that `recruit` or `backpage` find them too (a query for the
 * whole token finds the token; phrases keep their positions, as the parts come after the text).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

const COMPOUND = /[\p{L}\p{N}]+(?:[/.@_][\p{L}\p{N}]+)+/gu;

export function documentText(text: string): string {
  const folded = foldForSearch(text);
  const parts: string[] = [];
  for (const match of folded.matchAll(COMPOUND)) {
    for (const part of match[0].split(/[/.@_]/)) if (part.length > 1) parts.push(part);
  }
  return parts.length ? `${folded}\n${parts.join(' ')}` : folded;
}

/**
 * Spellings that mean the same word (labour/labor, organisation/organization), in
 * `spelling-variants.json`: each line a group; a query word of a group finds every spelling of
 * it. Editors may extend the file; it is read when the process starts.
 */
const VARIANT_GROUPS: string[][] = JSON.parse(readFileSync(new URL('./spelling-variants.json', import.meta.url), 'utf8')).groups;
const VARIANTS = new Map<string, string[]>();
for (const group of VARIANT_GROUPS) for (const word of group) VARIANTS.set(foldForSearch(word).toLowerCase(), group.map((item) => foldForSearch(item).toLowerCase()));

/** The spellings of a text with each word's variants (the text itself first); at most `limit` of them. */
export function spellingsOf(text: string, limit = 8): string[] {
  const words = foldForSearch(text).toLowerCase().split(' ');
  let spellings: string[][] = [[]];
  for (const word of words) {
    const options = VARIANTS.get(word) ?? [word];
    const ordered = [word, ...options.filter((option) => option !== word)];
    spellings = spellings.flatMap((prefix) => ordered.map((option) => [...prefix, option])).slice(0, limit);
  }
  return spellings.map((parts) => parts.join(' '));
}
