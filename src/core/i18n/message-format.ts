import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatNumber } from './format.ts';
import { numberingLocale, type Locale } from './locales.ts';

export type Params = Record<string, string | number>;

/** A message ready to format: its text parsed once, with what formatting needs to know of its arguments. */
export interface CompiledMessage {
  format(params: Params): string;
  /** Every argument the message uses, in the order they first appear. */
  readonly argumentNames: readonly string[];
}

/** Parses an ICU MessageFormat text; throws on malformed syntax (the translation checks call this for every text). */
export function parseMessage(text: string): MessageFormatElement[] {
  return parse(text, { ignoreTag: true });
}

/**
 * Compiles an ICU MessageFormat text with FormatJS's intl-messageformat, so that plural, select,
 * number and date arguments follow each language's rules (Latin digits, as every figure here).
 *
 * A plain `{count}` given a number is formatted as a number for the language (`1,282`, `1 282`);
 * intl-messageformat would print it bare. An argument that is missing is shown as `{name}`, so a
 * forgotten parameter reads as a visible gap on the page instead of breaking it.
 */
export function compileMessage(locale: Locale, text: string): CompiledMessage {
  const elements = parseMessage(text);
  if (elements.every((element) => element.type === TYPE.literal)) {
    const constant = elements.map((element) => (element as { value: string }).value).join('');
    return { format: () => constant, argumentNames: [] };
  }
  const uses = argumentUses(elements);
  const formattedElsewhere = new Set([...uses].filter(([, kinds]) => [...kinds].some((kind) => kind !== TYPE.argument)).map(([name]) => name));
  const plainOnly = new Set([...uses.keys()].filter((name) => !formattedElsewhere.has(name)));
  const formatter = new IntlMessageFormat(asNumbersWhereCounted(elements, formattedElsewhere), numberingLocale(locale), undefined, { ignoreTag: true });
  const argumentNames = [...uses.keys()];
  return {
    argumentNames,
    format(params) {
      const values: Record<string, string | number> = {};
      for (const name of argumentNames) {
        const value = params[name];
        if (value === undefined) values[name] = `{${name}}`;
        else if (typeof value === 'number' && plainOnly.has(name)) values[name] = formatNumber(locale, value);
        else values[name] = value;
      }
      return formatter.format<string>(values) as string;
    },
  };
}

/** Each argument's name with the kinds of element that use it (plain, number, plural, select, ...). */
export function argumentUses(elements: MessageFormatElement[], uses = new Map<string, Set<TYPE>>()): Map<string, Set<TYPE>> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) { argumentUses(element.children, uses); continue; }
    if (!uses.has(element.value)) uses.set(element.value, new Set());
    uses.get(element.value)!.add(element.type);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentUses(option.value, uses);
    }
  }
  return uses;
}

/** `{count}` beside `{count, plural, ...}` must be formatted as the number it is, not as text. */
function asNumbersWhereCounted(elements: MessageFormatElement[], names: Set<string>): MessageFormatElement[] {
  if (!names.size) return elements;
  return elements.map((element): MessageFormatElement => {
    if (element.type === TYPE.argument && names.has(element.value)) return { type: TYPE.number, value: element.value, style: null, location: element.location };
    if (element.type === TYPE.tag) return { ...element, children: asNumbersWhereCounted(element.children, names) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([selector, option]) => [selector, { ...option, value: asNumbersWhereCounted(option.value, names) }]));
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}
