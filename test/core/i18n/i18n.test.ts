import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, ENGLISH as en, LOCALES, negotiateLocale, translate } from '../../../src/core/i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../src/core/i18n/format.ts';
import { ROLES } from '../../../src/core/access/roles.ts';

describe('translations', () => {
  const keys = Object.keys(en);
  for (const locale of LOCALES) {
    it(`${locale} has every key, none empty, with the same placeholders as English`, () => {
      const catalogue = CATALOGUES[locale] as Record<string, string>;
      const missing = keys.filter((key) => !(key in catalogue));
      assert.deepEqual(missing, [], `missing in ${locale}`);
      const extra = Object.keys(catalogue).filter((key) => !(key in en));
      assert.deepEqual(extra, [], `keys in ${locale} that English does not have`);
      for (const key of keys) {
        assert.ok(catalogue[key].trim(), `${locale} ${key} is empty`);
        const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
        assert.deepEqual(placeholders(catalogue[key]), placeholders((en as Record<string, string>)[key]), `${locale} ${key} placeholders`);
      }
    });
  }

  for (const locale of ['fr', 'es', 'ar'] as const) {
    it(`${locale} is translated, not a copy of English`, () => {
      const catalogue = CATALOGUES[locale] as Record<string, string>;
      const same = keys.filter((key) => catalogue[key] === (en as Record<string, string>)[key] && /[a-z]{4,}/.test(catalogue[key]) && key !== 'home.title');
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
    const missing = [...used].filter((key) => !(key in en));
    assert.deepEqual(missing, []);
  });

  it('fills placeholders and formats numbers per language', () => {
    assert.equal(translate('en', 'error.too_short', { min: 10 }), 'Enter at least 10 characters.');
    assert.match(translate('fr', 'error.too_many_attempts', { minutes: 15 }), /15/);
    assert.equal(formatNumber('en', 2662), '2,662');
    assert.equal(formatNumber('fr', 2662).replace(/\s/g, ' '), '2 662');
    assert.equal(formatNumber('es', 12662), '12.662');
    assert.equal(formatNumber('ar', 2662), '2,662');
    assert.equal(formatDate('en', '2021-03-05'), 'Mar 5, 2021');
    assert.match(formatDate('fr', '2021-03-05'), /5 mars 2021/);
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
