import fs from 'node:fs';
import path from 'node:path';
import {formatCitations, type CitationInput} from '../index';
import {openCitationResults} from '../rememberedCitations';
import {withCacheFolder} from '../../validation/__tests__/withCacheFolder';

const PAGE: CitationInput = {
  key: 'sc_directory_springfield_sample_legal_aid',
  title: 'Sample Legal Aid (fictional)',
  authors: ['Sample Legal Aid'],
  siteName: 'Sanctuary Commons',
  url: 'https://sanctuary-commons.example.org/directory/springfield/sample-legal-aid',
  updated: '2026-11-02',
  commit: '0123456789abcdef0123456789abcdef01234567',
  language: 'en',
};

describe('remembered citations', () => {
  it('are what formatCitations gives, and a later process reads them from the cache file', () => {
    withCacheFolder((folder) => {
      const first = openCitationResults('https://sanctuary-commons.example.org');
      expect(first.get(PAGE)).toEqual(formatCitations(PAGE));
      first.save();
      const [file] = fs.readdirSync(folder).filter((name) => name.startsWith('citations-'));
      expect(file).toBeDefined();
      // Mark the stored APA text: a later process that answers with the mark read the file.
      const stored = JSON.parse(fs.readFileSync(path.join(folder, file!), 'utf8')) as {
        entries: [string, {apa: string}][];
      };
      expect(stored.entries).toHaveLength(1);
      stored.entries[0]![1].apa = 'from the cache';
      fs.writeFileSync(path.join(folder, file!), JSON.stringify(stored));
      const later = openCitationResults('https://sanctuary-commons.example.org');
      expect(later.get(PAGE).apa).toBe('from the cache');
      // Another input is formatted, not confused with the remembered one.
      const retitled = {...PAGE, title: 'Sample Legal Aid, renamed (fictional)'};
      expect(later.get(retitled)).toEqual(formatCitations(retitled));
      // Another site has a cache file of its own.
      expect(openCitationResults('https://mirror.example.net').get(PAGE)).toEqual(
        formatCitations(PAGE),
      );
    });
  });

  it('remember nothing with SANCTUARY_VALIDATION_CACHE=off', () => {
    withCacheFolder((folder) => {
      process.env.SANCTUARY_VALIDATION_CACHE = 'off';
      const results = openCitationResults('https://sanctuary-commons.example.org');
      expect(results.get(PAGE)).toEqual(formatCitations(PAGE));
      results.save();
      expect(fs.readdirSync(folder)).toEqual([]);
    });
  });
});
