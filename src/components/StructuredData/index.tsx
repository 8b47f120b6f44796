/**
 * A JSON-LD block in the page head, written so that no value can end its
 * `<script>` element: titles, labels and descriptions come from contributed
 * files, and React (through the head manager) copies a script's text into
 * the HTML unescaped. See src/lib/security/scriptSafeJson.ts.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {scriptSafeJson} from '@site/src/lib/security/scriptSafeJson';

/** Props: the structured data (a schema.org object). */
export type Props = {readonly data: unknown};

export default function StructuredData({data}: Props): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{scriptSafeJson(data)}</script>
    </Head>
  );
}
