import type { Translate } from '../core/i18n/i18n.ts';
import { recordUrl } from './presenters.ts';
import { searchQueryString } from './search/request.ts';
import type { SearchRequest, SearchResult } from './search/search.ts';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

/** An Atom feed of the newest published records of a search (subscribe to a search, see what is new). */
export function atomFeed(input: { baseUrl: string; request: SearchRequest; result: SearchResult; t: Translate }): string {
  const { baseUrl, request, result, t } = input;
  const query = searchQueryString(request);
  const selfUrl = `${baseUrl}/knowledge/feed.atom${query ? `?${query}` : ''}`;
  const pageUrl = `${baseUrl}/knowledge${query ? `?${query}` : ''}`;
  const updated = new Date().toISOString();
  const entries = result.results.map((hit) => {
    const url = recordUrl(baseUrl, hit.id);
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(hit.title)}</title>
    <link rel="alternate" href="${escapeXml(url)}"/>
    <updated>${hit.addedAt}</updated>
    <category term="${hit.kind}" label="${escapeXml(t(`knowledge.kind.${hit.kind}`))}"/>
    <summary type="html">${escapeXml(hit.snippetHtml)}</summary>
  </entry>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(selfUrl)}</id>
  <title>${escapeXml(`Ariadne · ${t('knowledge.title')}${request.q ? `: ${request.q}` : ''}`)}</title>
  <link rel="self" href="${escapeXml(selfUrl)}"/>
  <link rel="alternate" href="${escapeXml(pageUrl)}"/>
  <updated>${updated}</updated>
  <author><name>Ariadne</name></author>
${entries}
</feed>
`;
}
