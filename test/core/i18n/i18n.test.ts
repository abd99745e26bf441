import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE } from '@formatjs/icu-messageformat-parser';
import '../../../src/capabilities.ts';
import { LOCALES, negotiateLocale, translate } from '../../../src/core/i18n/i18n.ts';
import { messageKeys, messageOrigin, messageText } from '../../../src/core/i18n/catalogue.ts';
import { argumentUses, compileMessage, parseMessage } from '../../../src/core/i18n/message-format.ts';
import { formatDate, formatNumber } from '../../../src/core/i18n/format.ts';
import { ROLES } from '../../../src/core/access/roles.ts';

/** Each argument of a message with the kinds of element that use it, as comparable text. */
function argumentsOf(text: string): string[] {
  return [...argumentUses(parseMessage(text))].map(([name, kinds]) => `${name}:${[...kinds].map((kind) => TYPE[kind]).sort().join('+')}`).sort();
}

describe('translations', () => {
  const keys = messageKeys('en');

  it('English has the strings of every capability', () => {
    assert.ok(keys.length > 1500, `${keys.length} keys`);
    for (const key of ['nav.home', 'knowledge.title', 'statistics.nav', 'cooperation.nav', 'error.too_short']) assert.ok(keys.includes(key), key);
  });

  for (const locale of LOCALES) {
    it(`${locale} has every key, none empty, each valid ICU MessageFormat with the same arguments as English`, () => {
      const own = messageKeys(locale);
      assert.deepEqual(keys.filter((key) => messageText(locale, key) === undefined), [], `missing in ${locale}`);
      assert.deepEqual(own.filter((key) => messageText('en', key) === undefined), [], `keys in ${locale} that English does not have`);
      for (const key of keys) {
        const text = messageText(locale, key)!;
        assert.ok(text.trim(), `${locale} ${key} is empty`);
        let args: string[];
        try { args = argumentsOf(text); } catch (error) { assert.fail(`${locale} ${key} (${messageOrigin(key)}): ${(error as Error).message}`); }
        assert.deepEqual(args, argumentsOf(messageText('en', key)!), `${locale} ${key} arguments`);
      }
    });
  }

  for (const locale of LOCALES.filter((locale) => locale !== 'en')) {
    it(`${locale} is translated, not a copy of English`, () => {
      const same = keys.filter((key) => messageText(locale, key) === messageText('en', key) && /[a-z]{4,}/.test(messageText(locale, key)!) && key !== 'home.title');
      assert.ok(same.length < keys.length * 0.05, `${same.length} strings identical to English in ${locale}: ${same.slice(0, 5).join(', ')}`);
    });
  }

  it('every key the code uses exists in English (including role.<role> and role.<role>.hint)', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-z_]+(?:\.[a-z0-9_]+)+)'/g)) used.add(match[1]);
      for (const match of text.matchAll(/'((?:error|form)\.[a-z_]+)'/g)) used.add(match[1]);
    }
    for (const role of ROLES) { used.add(`role.${role}`); used.add(`role.${role}.hint`); }
    const missing = [...used].filter((key) => messageText('en', key) === undefined);
    assert.deepEqual(missing, []);
  });

  it('every call that names its key and arguments passes exactly the arguments the message uses', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      // t('key', { a, b: value }) with a flat object literal; calls that build their arguments elsewhere are left out.
      for (const match of text.matchAll(/\bt\(\s*'([a-z_]+(?:\.[a-z0-9_]+)+)'\s*(?:,\s*\{([^{}]*)\})?\s*\)/g)) {
        const [, key, object] = match;
        const english = messageText('en', key);
        if (english === undefined || (object && /\.\.\./.test(object))) continue;
        const passed = object ? object.split(',').map((part) => part.split(':')[0].trim()).filter(Boolean).sort() : [];
        if (passed.some((name) => !/^\w+$/.test(name))) continue;
        const expected = [...argumentUses(parseMessage(english)).keys()].sort();
        checked++;
        if (passed.join() !== expected.join()) wrong.push(`${file}: t('${key}') passes [${passed}] but the message uses [${expected}]`);
      }
    }
    assert.ok(checked > 1000, `only ${checked} calls checked`);
    assert.deepEqual(wrong, []);
  });

  it('fills arguments and formats numbers per language', () => {
    assert.equal(translate('en', 'error.too_short', { min: 10 }), 'Enter at least 10 characters.');
    assert.match(translate('fr', 'error.too_many_attempts', { minutes: 15 }), /15/);
    assert.equal(translate('en', 'programmes.countries.count', { count: 1282 }), '1,282 countries');
    assert.equal(translate('es', 'programmes.countries.count', { count: 12662 }).split(' ')[0], '12.662');
    assert.equal(translate('en', 'programmes.countries.count'), '{count} countries', 'a missing argument stays visible');
    assert.equal(translate('en', 'no.such.key'), 'no.such.key');
    assert.equal(formatNumber('en', 2662), '2,662');
    assert.equal(formatNumber('fr', 2662).replace(/\s/g, ' '), '2 662');
    assert.equal(formatNumber('es', 12662), '12.662');
    assert.equal(formatNumber('ar', 2662), '2,662');
    assert.equal(formatDate('en', '2021-03-05'), 'Mar 5, 2021');
    assert.match(formatDate('fr', '2021-03-05'), /5 mars 2021/);
  });

  it('follows each language\'s plural rules and ICU quoting', () => {
    const english = compileMessage('en', '{count, plural, one {# victim} other {# victims}} in {country}');
    assert.equal(english.format({ count: 1, country: 'Malawi' }), '1 victim in Malawi');
    assert.equal(english.format({ count: 1282, country: 'Malawi' }), '1,282 victims in Malawi');
    const arabic = compileMessage('ar', '{count, plural, zero {لا ضحايا} one {ضحية واحدة} two {ضحيتان} few {# ضحايا} many {# ضحية} other {# ضحية}}');
    assert.equal(arabic.format({ count: 0 }), 'لا ضحايا');
    assert.equal(arabic.format({ count: 2 }), 'ضحيتان');
    assert.equal(arabic.format({ count: 3 }), '3 ضحايا', 'Arabic "few", with Latin digits');
    assert.equal(arabic.format({ count: 11 }), '11 ضحية', 'Arabic "many"');
    const french = compileMessage('fr', '{count, plural, one {# dossier} other {# dossiers}} ({count})');
    assert.equal(french.format({ count: 0 }), '0 dossier (0)', 'French: zero is singular');
    assert.equal(french.format({ count: 1500 }).replace(/\s/g, ' '), '1 500 dossiers (1 500)');
    assert.equal(compileMessage('fr', "l'article {name} et '{'x'}'").format({ name: '5' }), "l'article 5 et {x}");
    assert.equal(compileMessage('en', '{kind, select, case {Case} other {Record}} {id}').format({ kind: 'case', id: 'MWI-1' }), 'Case MWI-1');
  });

  it('negotiates the language from Accept-Language', () => {
    assert.equal(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.8'), 'fr');
    assert.equal(negotiateLocale('de-DE,de;q=0.9,es;q=0.5,en;q=0.4'), 'es');
    assert.equal(negotiateLocale('ar-EG'), 'ar');
    assert.equal(negotiateLocale('en;q=0.2, ar;q=0.8'), 'ar');
    assert.equal(negotiateLocale('de'), 'en');
    assert.equal(negotiateLocale(undefined), 'en');
    assert.equal(negotiateLocale('*'), 'en');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
