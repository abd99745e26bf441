import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { startServer } from '../support/server.ts';

describeEachDriver('knowledge country page', (use) => {
  it('links to the country statistics page, labelled in each interface language', async () => {
    const server = await startServer(use());
    try {
      const labels = { en: 'Statistics on Malawi', fr: 'Statistiques sur ce pays : Malawi', es: 'Estadísticas del país: Malaui', ar: 'إحصاءات البلد: مالاوي' };
      for (const [language, label] of Object.entries(labels)) {
        const response = await fetch(`${server.baseUrl}/knowledge/countries/MWI`, { headers: { 'Accept-Language': language } });
        assert.equal(response.status, 200);
        const page = await response.text();
        const link = page.match(/<a class="country-statistics" href="([^"]*)">([^<]*)<\/a>/);
        assert.ok(link, `${language}: the link is on the page`);
        assert.equal(link[1], '/statistics/countries/MWI');
        assert.equal(link[2], label, `${language}: translated label`);
      }
      // A country given in lower case or as alpha-2 links with its ISO3 code.
      const page = await (await fetch(`${server.baseUrl}/knowledge/countries/ng`, { headers: { 'Accept-Language': 'en' } })).text();
      assert.match(page, /href="\/statistics\/countries\/NGA"/);
    } finally {
      await server.close();
    }
  });
});
