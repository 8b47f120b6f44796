/**
 * /compare and /compare/<topic>: playbooks on one topic from different
 * cities, side by side, section by section.
 *
 * The static HTML of /compare/<topic> is the default comparison (one
 * playbook per city), readable without JavaScript. With JavaScript the
 * selection comes from the URL (`?playbook=…`), so a link to a chosen
 * comparison can be shared; `/compare?topic=<topic>` forwards there.
 */
import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory, useLocation} from '@docusaurus/router';
import {useQueryString, useQueryStringList} from '@docusaurus/theme-common';
import {MIN_COMPARED, resolveSelection, selectionQuery} from '@site/src/lib/compareSelection';
import type {
  ComparedPlaybook,
  ComparePageData,
  CompareSectionsFile,
} from '@site/src/plugins/compare/types';
import {taxonomyLabel} from '@site/src/pages/directory/_components/labels';
import CompareTable from '../_components/CompareTable';
import PlaybookChooser from '../_components/PlaybookChooser';
import TopicPicker from '../_components/TopicPicker';
import styles from './styles.module.css';
import useSitePaths from '@site/src/components/useSitePaths';

/** On /compare: forwards `?topic=<slug>&playbook=…` to /compare/<slug>?playbook=… (shared links). */
function useTopicForward(data: ComparePageData): void {
  const [topic] = useQueryString('topic');
  const history = useHistory();
  const location = useLocation();
  const target = useBaseUrl(`/compare/${topic}`);
  useEffect(() => {
    if (data.topic !== null || !data.topics.some((candidate) => candidate.slug === topic)) return;
    const params = new URLSearchParams(location.search);
    params.delete('topic');
    const query = params.toString();
    history.replace(`${target}${query ? `?${query}` : ''}`);
  }, [data, topic, history, location.search, target]);
}

/**
 * The topic's sections file (every playbook's sections), fetched from this
 * site once a chosen playbook's sections are not in the page.
 */
function useSectionsFile(
  file: string | null | undefined,
  wanted: boolean,
): CompareSectionsFile | null {
  const url = useBaseUrl(file ?? '/');
  const [loaded, setLoaded] = useState<CompareSectionsFile | null>(null);
  useEffect(() => {
    if (!file || !wanted || loaded) return undefined;
    let cancelled = false;
    fetch(url)
      .then((response) =>
        response.ok
          ? (response.json() as Promise<CompareSectionsFile>)
          : Promise.reject(new Error(`${response.status}`)),
      )
      .then(
        (sections) => !cancelled && setLoaded(sections),
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [file, wanted, url, loaded]);
  return loaded;
}

function TopicComparison({data}: {data: ComparePageData & {topic: string}}): ReactNode {
  const paths = useSitePaths();
  const isBrowser = useIsBrowser();
  const [requested, setRequested] = useQueryStringList('playbook');
  const selectable = useMemo(
    () =>
      data.playbooks.map((playbook) => ({
        id: playbook.id,
        cities: playbook.cities.map((city) => city.slug),
        maturity: playbook.maturity,
        lastReviewed: playbook.lastReviewed,
      })),
    [data.playbooks],
  );
  // Before hydration ends (and without JavaScript) the page shows the default, exactly as in the static HTML.
  const selection = useMemo(
    () =>
      isBrowser
        ? resolveSelection(requested, selectable, data.cityOrder)
        : {ids: data.defaultIds, isDefault: true, unknown: [], dropped: []},
    [isBrowser, requested, selectable, data.cityOrder, data.defaultIds],
  );
  const chosen = selection.ids
    .map((id) => data.playbooks.find((playbook) => playbook.id === id)!)
    .filter(Boolean);
  const loaded = useSectionsFile(
    data.sectionsFile,
    chosen.some((playbook) => !playbook.sections),
  );
  const shown = chosen.flatMap((playbook): ComparedPlaybook[] => {
    if (playbook.sections) return [playbook as ComparedPlaybook];
    const more = loaded?.[playbook.id];
    return more ? [{...playbook, ...more}] : [];
  });
  const shareUrl = useBaseUrl(`/compare/${data.topic}${selectionQuery(selection.ids)}`);
  const hub = `/topics/${data.topic}`;
  return (
    <>
      {data.playbooks.length < MIN_COMPARED && (
        <div className="alert alert--info margin-bottom--md" role="status">
          <Translate
            id="compare.single"
            description="Shown when a topic has only one playbook so far"
          >
            Only one playbook on this topic so far, so there is nothing to compare it with yet. If
            your city does this differently, share your playbook.
          </Translate>{' '}
          <Link to={paths.doc('guides/contributing')}>
            <Translate
              id="compare.single.contribute"
              description="Link to the contributing guide from the comparison page"
            >
              How to contribute a playbook
            </Translate>
          </Link>
        </div>
      )}
      {(selection.unknown.length > 0 || selection.dropped.length > 0) && (
        <div className="alert alert--warning margin-bottom--md" role="status">
          <Translate
            id="compare.adjusted"
            description="Shown when the link asked for playbooks that cannot be shown"
          >
            Some playbooks named in the link are not on this topic, or were more than fit side by
            side, and are left out.
          </Translate>
        </div>
      )}
      {isBrowser && data.playbooks.length > MIN_COMPARED && (
        <PlaybookChooser
          playbooks={data.playbooks}
          selected={selection.ids}
          onChange={(ids) => setRequested(ids)}
        />
      )}
      <p className={styles.share}>
        <Translate
          id="compare.share.label"
          description="Label before the shareable link of the comparison"
        >
          Link to this comparison:
        </Translate>{' '}
        <a href={shareUrl} className={styles.shareLink}>
          {taxonomyLabel(data.topic)}:{' '}
          {shown.map((playbook) => playbook.cities.map((city) => city.name).join(', ')).join(' · ')}
        </a>{' '}
        ·{' '}
        <Link to={hub}>
          <Translate id="compare.hubLink" description="Link from the comparison to the topic hub">
            Everything on this topic
          </Translate>
        </Link>
      </p>
      {shown.length < chosen.length && (
        <p role="status">
          <Translate
            id="compare.loading"
            description="Shown while the sections of the chosen playbooks are being loaded"
          >
            Loading the chosen playbooks…
          </Translate>
        </p>
      )}
      <CompareTable playbooks={shown} />
    </>
  );
}

export default function ComparePage({data}: {data: ComparePageData}): ReactNode {
  useTopicForward(data);
  const topicLabel = data.topic ? taxonomyLabel(data.topic) : null;
  const title = topicLabel
    ? translate(
        {
          id: 'compare.title.topic',
          message: 'Compare: {topic}',
          description: 'Title of the comparison of one topic',
        },
        {topic: topicLabel},
      )
    : translate({
        id: 'compare.title',
        message: 'Compare practices across cities',
        description: 'Title of the comparison page',
      });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'compare.meta.description',
        message: 'Playbooks on one topic from different cities, side by side, section by section.',
        description: 'Meta description of the comparison page',
      })}
    >
      <main className="container container--fluid margin-vert--lg">
        <h1>{title}</h1>
        <p className={styles.intro}>
          <Translate id="compare.intro" description="Introduction of the comparison page">
            See how different cities run the same practice, section by section: when to use it, the
            steps, the roles and resources, the risks and safeguards, and what they learned.
          </Translate>
        </p>
        <TopicPicker topics={data.topics} current={data.topic} />
        {data.topic !== null && (
          <TopicComparison data={data as ComparePageData & {topic: string}} />
        )}
      </main>
    </Layout>
  );
}
