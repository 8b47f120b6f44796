/**
 * /search — offline full-text search over playbooks, guides, organisations,
 * city hubs and news, with filters by kind, city, topic and language.
 * The index is built by `src/plugins/search` after `npm run build`.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import SearchPageContent from './_search/SearchPageContent';

export default function SearchPage(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'search.page.title',
        message: 'Search',
        description: 'Search page: document title',
      })}
      description={translate({
        id: 'search.page.description',
        message:
          'Search every playbook, guide, organisation and city of the coalition. The search runs in your browser.',
        description: 'Search page: meta description',
      })}
    >
      <Head>
        {/* Result pages differ per query; crawlers should index the pages themselves. */}
        <meta name="robots" content="noindex, follow" />
      </Head>
      <main className="container margin-vert--lg">
        <SearchPageContent />
      </main>
    </Layout>
  );
}
