import fs from 'node:fs';
import path from 'node:path';
import {parseDocument} from 'yaml';
import * as z from 'zod';

/**
 * CITATION.cff against the rules of the Citation File Format 1.2.0 schema
 * (https://github.com/citation-file-format/citation-file-format/blob/1.2.0/schema.json)
 * for the keys this file uses: required keys, the closed set of top-level
 * keys, work types, entity authors, SPDX licence ids and URLs.
 */
const url = z.string().regex(/^(https|http|ftp|sftp):\/\//);
const entity = z.strictObject({name: z.string().min(1), website: url.optional()});
const license = z.union([
  z.string().regex(/^[A-Za-z0-9.+-]+$/),
  z.array(z.string().regex(/^[A-Za-z0-9.+-]+$/)).min(1),
]);
const reference = z.strictObject({
  type: z.enum([
    'art',
    'article',
    'audiovisual',
    'bill',
    'blog',
    'book',
    'catalogue',
    'conference-paper',
    'conference',
    'data',
    'database',
    'dictionary',
    'edited-work',
    'encyclopedia',
    'film-broadcast',
    'generic',
    'government-document',
    'grant',
    'hearing',
    'historical-work',
    'legal-case',
    'legal-rule',
    'magazine-article',
    'manual',
    'map',
    'multimedia',
    'music',
    'newspaper-article',
    'pamphlet',
    'patent',
    'personal-communication',
    'proceedings',
    'report',
    'serial',
    'slides',
    'software-code',
    'software-container',
    'software-executable',
    'software-virtual-machine',
    'software',
    'sound-recording',
    'standard',
    'statute',
    'thesis',
    'unpublished',
    'video',
    'website',
  ]),
  title: z.string().min(1),
  authors: z.array(entity).min(1),
  abstract: z.string().optional(),
  url: url.optional(),
  'repository-code': url.optional(),
  license: license.optional(),
});
const cff = z.strictObject({
  'cff-version': z.literal('1.2.0'),
  message: z.string().min(1),
  type: z.enum(['software', 'dataset']),
  title: z.string().min(1),
  abstract: z.string().optional(),
  authors: z.array(entity).min(1),
  'repository-code': url.optional(),
  url: url.optional(),
  license: license.optional(),
  version: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  references: z.array(reference).optional(),
});

describe('CITATION.cff', () => {
  it('is valid Citation File Format 1.2.0 and names the dataset', () => {
    const document = parseDocument(
      fs.readFileSync(path.resolve(__dirname, '../../../CITATION.cff'), 'utf8'),
    );
    expect(document.errors).toEqual([]);
    const parsed = cff.safeParse(document.toJSON());
    expect(
      parsed.success
        ? []
        : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([]);
    expect(parsed.data?.references?.map((ref) => ref.type)).toEqual(['data']);
  });

  it('uses the repository URL of the site configuration', () => {
    const config = fs.readFileSync(
      path.resolve(__dirname, '../../../docusaurus.config.ts'),
      'utf8',
    );
    const repository = /REPOSITORY_URL \?\? '([^']+)'/.exec(config)?.[1];
    expect(fs.readFileSync(path.resolve(__dirname, '../../../CITATION.cff'), 'utf8')).toContain(
      `repository-code: "${repository}"`,
    );
  });
});
