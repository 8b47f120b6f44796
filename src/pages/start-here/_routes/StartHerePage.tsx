/**
 * /start-here: curated paths for new groups (from docs/collections.yml),
 * each an ordered list of playbooks and guides with why each step matters.
 * The lists are plain HTML; with JavaScript, steps can be ticked as done,
 * and the ticks stay in this browser only.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {StartHereData} from '@site/src/plugins/compare/types';
import {useProgress} from '../_components/useProgress';
import styles from './styles.module.css';

export default function StartHerePage({data}: {data: StartHereData}): ReactNode {
  const isBrowser = useIsBrowser();
  const {progress, toggle, forget} = useProgress();
  const title = translate({
    id: 'startHere.title',
    message: 'Start here: paths for new groups',
    description: 'Title of the start-here paths page',
  });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'startHere.meta.description',
        message:
          'Ordered reading paths through the playbooks and guides for groups that are just getting started.',
        description: 'Meta description of the start-here page',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p className={styles.lead}>
          <Translate id="startHere.intro" description="Introduction of the start-here paths">
            Pick the path that fits your group and read the steps in order. Each step says why it
            matters now.
          </Translate>
        </p>
        <nav aria-labelledby="start-here-paths">
          <h2 id="start-here-paths" className={styles.tocHeading}>
            <Translate id="startHere.toc" description="Heading of the list of paths">
              Paths
            </Translate>
          </h2>
          <ul>
            {data.collections.map((collection) => (
              <li key={collection.id}>
                <a href={`#${collection.id}`} lang={collection.title.lang}>
                  {collection.title.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {isBrowser && (
          <div className={styles.privacy}>
            <p>
              <Translate
                id="startHere.privacy"
                description="Explains where the ticked progress is kept"
              >
                Ticks are saved only in this browser, on this device. Nothing is sent anywhere.
              </Translate>
            </p>
            <button type="button" className="button button--secondary button--sm" onClick={forget}>
              <Translate id="startHere.forget" description="Button that deletes the saved progress">
                Forget my progress
              </Translate>
            </button>
          </div>
        )}
        {data.collections.map((collection) => {
          const done = new Set(progress[collection.id] ?? []);
          const count = collection.steps.filter((step) => done.has(step.doc)).length;
          return (
            <section
              key={collection.id}
              id={collection.id}
              aria-labelledby={`${collection.id}-title`}
              className={styles.collection}
            >
              <h2 id={`${collection.id}-title`} lang={collection.title.lang}>
                {collection.title.text}
              </h2>
              <p lang={collection.summary.lang}>{collection.summary.text}</p>
              {isBrowser && (
                <p className={styles.count} aria-live="polite">
                  <Translate
                    id="startHere.count"
                    values={{done: count, total: collection.steps.length}}
                    description="Progress through one path"
                  >
                    {'{done} of {total} steps done'}
                  </Translate>
                </p>
              )}
              <ol className={styles.steps}>
                {collection.steps.map((step) => {
                  const inputId = `${collection.id}-${step.doc.replace(/[^a-z0-9-]/g, '-')}`;
                  return (
                    <li key={step.doc} className={styles.step}>
                      <div className={styles.stepTitle}>
                        {isBrowser && (
                          <input
                            type="checkbox"
                            id={inputId}
                            className={styles.checkbox}
                            checked={done.has(step.doc)}
                            onChange={() => toggle(collection.id, step.doc)}
                            aria-label={translate(
                              {
                                id: 'startHere.done',
                                message: 'Done: {title}',
                                description:
                                  'Accessible name of the checkbox that ticks a step as done',
                              },
                              {title: step.title},
                            )}
                          />
                        )}
                        <Link to={step.permalink} lang={step.lang}>
                          {step.title}
                        </Link>
                        <span className={styles.kind}>
                          {step.kind === 'playbook'
                            ? translate({
                                id: 'startHere.kind.playbook',
                                message: 'Playbook',
                                description: 'Kind of a step: a playbook',
                              })
                            : translate({
                                id: 'startHere.kind.guide',
                                message: 'Guide',
                                description: 'Kind of a step: a guide',
                              })}
                        </span>
                      </div>
                      <p className={styles.why}>
                        <strong>
                          <Translate
                            id="startHere.why"
                            description="Label before the reason a step matters"
                          >
                            Why it matters:
                          </Translate>
                        </strong>{' '}
                        <span lang={step.why.lang}>{step.why.text}</span>
                      </p>
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
