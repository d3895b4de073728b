// confidentiality/internal-link: a SharePoint document library on any host, from the eleventh held-out round
// ("https://edugate.eduweb.vic.gov.au/sites/i/Documents/PrincipalBriefings/T4-2026-Workforce-Slides.pptx"):
// a site then its library, pages or lists, or the _layouts pages. Near-misses keep "/sites/" in public paths
// (Drupal's "/sites/default/files/", a page about sites).
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Department of Education', 'confidentiality/internal-link');

describe('internal-link: a SharePoint site path on any host', () => {
  const URLS = [
    'https://edugate.eduweb.vic.gov.au/sites/i/Documents/PrincipalBriefings/T4-2026-Workforce-Slides.pptx',
    'https://portal.riverside.gov.uk/sites/HR/Shared%20Documents/pay-review.docx',
    'https://collab.health.example.org/teams/ward7/SitePages/Rota.aspx',
    'https://docs.city.example.gov/sites/finance/Lists/Budget/AllItems.aspx',
    'https://intranet-files.example.gov/_layouts/15/Doc.aspx?sourcedoc=abc',
  ];
  for (const url of URLS) {
    it(url, async () => {
      expect(await spans(`Slides from today: ${url} Thanks all.`, 'en-AU')).toEqual([url]);
    });
  }
});

describe('internal-link: public "/sites/" paths', () => {
  const NEAR = [
    'https://www.education.vic.gov.au/sites/default/files/2026-term-dates.pdf',
    'https://www.riverside.gov.uk/sites/riverside/files/leaflet.pdf',
    'https://www.example.gov/sites/heritage-sites-map',
  ];
  for (const url of NEAR) {
    it(url, async () => {
      expect(await spans(`Read more: ${url}`, 'en-AU')).toEqual([]);
    });
  }
});
