/**
 * /topics/<topic>: what the topic is, its playbooks by city, the
 * organisations of that type by city, and a link to compare the cities.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {TopicPageData} from '@site/src/plugins/compare/types';
import {maturityLabel, taxonomyLabel} from '@site/src/pages/directory/_components/labels';
import {topicDescription} from '../_components/topicDescriptions';
import styles from './styles.module.css';
import useSitePaths from '@site/src/components/useSitePaths';

export default function TopicPage({data}: {data: TopicPageData}): ReactNode {
  const paths = useSitePaths();
  const label = taxonomyLabel(data.topic);
  return (
    <Layout title={label} description={topicDescription(data.topic)}>
      <main className="container margin-vert--lg">
        <p className={styles.kicker}>
          <Translate id="topic.kicker" description="Small label above the heading of a topic hub">
            Topic
          </Translate>
        </p>
        <h1>{label}</h1>
        <p className={styles.lead}>{topicDescription(data.topic)}</p>
        {data.comparePermalink && (
          <p>
            <Link to={data.comparePermalink} className="button button--primary">
              <Translate
                id="topic.compareLink"
                description="Button from a topic hub to the comparison of its playbooks"
              >
                Compare the cities side by side
              </Translate>
            </Link>
          </p>
        )}

        <section aria-labelledby="topic-playbooks" className="margin-vert--lg">
          <h2 id="topic-playbooks">
            <Translate
              id="topic.playbooks.heading"
              description="Heading of the playbooks of a topic, grouped by city"
            >
              Playbooks by city
            </Translate>
          </h2>
          {data.playbooksByCity.length === 0 ? (
            <p>
              <Translate
                id="topic.playbooks.none"
                description="Shown on a topic hub without playbooks"
              >
                No playbook on this topic yet.
              </Translate>{' '}
              <Link to={paths.doc('guides/contributing')}>
                <Translate
                  id="topic.contribute"
                  description="Link to the contributing guide from a topic hub"
                >
                  Share how your group does it
                </Translate>
              </Link>
            </p>
          ) : (
            data.playbooksByCity.map((group) => (
              <div key={group.city.slug} className={styles.group}>
                <h3>
                  <Link to={group.city.permalink}>{group.city.name}</Link>
                </h3>
                <ul>
                  {group.playbooks.map((playbook) => (
                    <li key={playbook.id}>
                      <Link to={playbook.permalink} lang={playbook.lang}>
                        {playbook.title}
                      </Link>{' '}
                      ({maturityLabel(playbook.maturity)}):{' '}
                      <span lang={playbook.lang}>{playbook.description}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </section>

        <section aria-labelledby="topic-organizations" className="margin-vert--lg">
          <h2 id="topic-organizations">
            <Translate
              id="topic.organizations.heading"
              description="Heading of the organisations of a type, grouped by city"
            >
              Organisations by city
            </Translate>
          </h2>
          {data.organizationsByCity.length === 0 ? (
            <p>
              <Translate
                id="topic.organizations.none"
                description="Shown on a topic hub when no organisation has this type"
              >
                No organisation of this type is listed yet.
              </Translate>
            </p>
          ) : (
            data.organizationsByCity.map((group) => (
              <div key={group.city.slug} className={styles.group}>
                <h3>
                  <Link to={group.city.permalink}>{group.city.name}</Link>
                </h3>
                <ul>
                  {group.organizations.map((org) => (
                    <li key={org.slug}>
                      <Link to={org.permalink}>{org.name}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </section>

        <nav aria-labelledby="topic-others" className="margin-vert--lg">
          <h2 id="topic-others">
            <Translate id="topic.others.heading" description="Heading of the links to other topics">
              Other topics with playbooks
            </Translate>
          </h2>
          <ul className={styles.others}>
            {data.topics
              .filter((topic) => topic.slug !== data.topic)
              .map((topic) => (
                <li key={topic.slug}>
                  <Link to={`/topics/${topic.slug}`}>{taxonomyLabel(topic.slug)}</Link>
                </li>
              ))}
          </ul>
        </nav>
      </main>
    </Layout>
  );
}
