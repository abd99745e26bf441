import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diffData } from '../../../src/knowledge/editor/diff.ts';
import { fieldLabel, recordTitle } from '../../../src/knowledge/editor/labels.ts';
import '../../../src/capabilities.ts';
import { translator } from '../../../src/core/i18n/i18n.ts';
import { parseImportFile } from '../../../src/knowledge/import.ts';
import { headerOf } from '../../../src/knowledge/columns.ts';
import { KINDS } from '../../../src/knowledge/schemas.ts';
import { templateCsv } from '../../../src/knowledge/editor/template.ts';

describe('version differences', () => {
  it('lists fields added, removed and changed, with the old and new values, in the order of the fields (a removed one after the field it followed)', () => {
    const before = { title: { en: 'Old' }, acts: ['recruitment'], victims: [{ sex: 'male' }], court: 'A', inclusion: { allElementsPresent: true } };
    const after = { title: { en: 'New', fr: 'Nouveau' }, acts: ['recruitment', 'receipt'], victims: [{ sex: 'male' }, { sex: 'female', age: 15 }], inclusion: { allElementsPresent: false } };
    assert.deepEqual(diffData(before, after), [
      { path: 'title.en', change: 'changed', before: 'Old', after: 'New' },
      { path: 'title.fr', change: 'added', after: 'Nouveau' },
      { path: 'acts', change: 'changed', before: ['recruitment'], after: ['recruitment', 'receipt'] },
      { path: 'court', change: 'removed', before: 'A' },
      { path: 'victims.1.sex', change: 'added', after: 'female' },
      { path: 'victims.1.age', change: 'added', after: 15 },
      { path: 'inclusion.allElementsPresent', change: 'changed', before: true, after: false },
    ]);
  });

  it('finds nothing between equal data, and treats empty lists as absent', () => {
    assert.deepEqual(diffData({ a: [1, 2], b: { c: 'x' } }, { b: { c: 'x' }, a: [1, 2] }), []);
    assert.deepEqual(diffData({ keywords: [] }, {}), []);
  });
});

describe('editor labels', () => {
  const t = translator('en');
  it('names fields, rows and languages', () => {
    assert.equal(fieldLabel(t, 'victims.1.age'), 'Victims › row 2 › Age');
    assert.equal(fieldLabel(t, 'title.fr'), 'Title › French');
    assert.equal(fieldLabel(t, 'acts.0'), 'Acts');
    assert.equal(fieldLabel(t, 'defendants.0.sentence.prisonMonths'), 'Defendants › row 1 › Prison (months)');
    assert.equal(fieldLabel(t, 'inclusion.reason'), 'Reason for inclusion');
    assert.equal(fieldLabel(t, 'unknownThing'), 'unknownThing');
    assert.equal(fieldLabel(translator('fr'), 'title.en'), 'Titre › Anglais');
  });

  it('titles a record in the reader\'s language, else in its original language', () => {
    assert.equal(recordTitle(t, 'fr', { title: { en: 'E', fr: 'F' }, originalLanguage: 'en' }), 'F');
    assert.equal(recordTitle(t, 'ar', { title: { en: 'E', es: 'S' }, originalLanguage: 'es' }), 'S');
    assert.equal(recordTitle(t, 'en', {}), '(untitled)');
  });
});

describe('import templates', () => {
  for (const kind of KINDS) {
    it(`the ${kind} template has the import header and an example row that imports`, async () => {
      const text = templateCsv(kind);
      assert.ok(text.startsWith('\uFEFF'));
      assert.equal(text.slice(1).split(/\r?\n/)[0], headerOf(kind).join(','));
      const rows = await parseImportFile(kind, new TextEncoder().encode(text), `${kind}.csv`);
      assert.equal(rows.length, 1);
      assert.equal(rows[0].data.sample, true);
    });
  }
});
