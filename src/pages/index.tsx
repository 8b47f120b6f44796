/**
 * Home page: what Sanctuary Commons is, where to find help now, and the three
 * ways in. No images from other hosts, no web fonts, no tracking.
 */
import React, {useEffect, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {preferredHomeRedirect, readPreferredLocale} from '@site/src/lib/i18n/preferredLocale';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import CoalitionMap from '@site/src/components/CoalitionMap';
import type {CoalitionMapData} from '@site/src/lib/coalitionMap';
import styles from './index.module.css';
import useSitePaths from '@site/src/components/useSitePaths';
import {SavedCitiesList} from '@site/src/components/Offline';

type EntryPoint = {to: string; title: ReactNode; body: ReactNode; id: string};

function EntryPoints(): ReactNode {
  const paths = useSitePaths();
  const entries: EntryPoint[] = [
    {
      id: 'home-entry-help',
      to: paths.directory(),
      title: (
        <Translate id="home.entry.help.title" description="Home page entry point to the directory">
          Find help now
        </Translate>
      ),
      body: (
        <Translate
          id="home.entry.help.body"
          description="Text of the home page entry point to the directory"
        >
          Hotlines, legal aid, rapid response and accompaniment, city by city, with the languages
          each organisation speaks.
        </Translate>
      ),
    },
    {
      id: 'home-entry-compare',
      to: paths.playbooks(),
      title: (
        <Translate
          id="home.entry.playbooks.title"
          description="Home page entry point to the playbooks"
        >
          Learn from other cities
        </Translate>
      ),
      body: (
        <Translate
          id="home.entry.playbooks.body"
          description="Text of the home page entry point to the playbooks"
        >
          Playbooks by topic, from every city: how each practice runs, who runs it, how mature it
          is, what they learned.
        </Translate>
      ),
    },
    {
      id: 'home-entry-start',
      to: paths.doc('guides/start-here'),
      title: (
        <Translate id="home.entry.start.title" description="Home page entry point for new groups">
          New group? Start here
        </Translate>
      ),
      body: (
        <Translate
          id="home.entry.start.body"
          description="Text of the home page entry point for new groups"
        >
          A short path for groups getting started: templates, the nearest organisations, and how to
          get listed without knowing Git.
        </Translate>
      ),
    },
  ];
  return (
    <section aria-labelledby="home-entry-points" className="margin-vert--lg">
      <h2 id="home-entry-points" className="sc-visually-hidden">
        <Translate
          id="home.entry.heading"
          description="Visually hidden heading of the three entry points on the home page"
        >
          Where to go
        </Translate>
      </h2>
      <ul className={styles.entries}>
        {entries.map((entry) => (
          <li key={entry.id} className={clsx('card', styles.entry)}>
            <div className="card__body">
              <h3 id={entry.id} className={styles.entryTitle}>
                <Link to={entry.to} className={styles.entryLink}>
                  {entry.title}
                  <span aria-hidden="true"> →</span>
                </Link>
              </h3>
              <p className={styles.entryBody}>{entry.body}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Routed by the compare plugin, which passes the coalition map computed at build time. */
/** Sends a returning reader to the home page of the language they last picked (remembered in their browser only). */
function usePreferredLocaleHome(): void {
  const {siteConfig, i18n} = useDocusaurusContext();
  useEffect(() => {
    const target = preferredHomeRedirect({
      homes: i18n.localeConfigs,
      siteUrl: siteConfig.url,
      baseUrl: siteConfig.baseUrl,
      currentLocale: i18n.currentLocale,
      preferred: readPreferredLocale(window.localStorage),
    });
    if (target) window.location.replace(target);
  }, [siteConfig.url, siteConfig.baseUrl, i18n]);
}

export default function Home({map}: {map?: CoalitionMapData}): ReactNode {
  const paths = useSitePaths();
  usePreferredLocaleHome();
  return (
    <Layout
      description={translate({
        id: 'home.meta.description',
        message:
          'A coalition directory and shared playbook wiki for sanctuary-city organisations: find a hotline in your city and language, compare practices across cities.',
        description: 'Meta description of the home page',
      })}
    >
      <main>
        <header className={styles.hero}>
          <div className="container">
            <h1 className={styles.title}>
              <Translate
                id="home.title"
                description="Main heading of the home page (the site name)"
              >
                Sanctuary Commons
              </Translate>
            </h1>
            <p className={styles.tagline}>
              <Translate
                id="home.tagline"
                description="What the site is, under the home page heading"
              >
                A directory of the organisations that protect immigrant neighbours in sanctuary
                cities, and a shared wiki of the practices they use, written by the groups that run
                them.
              </Translate>
            </p>
          </div>
        </header>

        <div className="container">
          <section
            className={clsx('alert alert--warning', styles.help)}
            aria-labelledby="home-need-help"
          >
            <h2 id="home-need-help" className={styles.helpTitle}>
              <Translate
                id="home.needHelp.title"
                description="Heading of the call-out for people who need help now"
              >
                Need help now?
              </Translate>
            </h2>
            <p>
              <Translate
                id="home.needHelp.body"
                description="Call-out for people who need help now"
              >
                Open the directory, choose your city, and call the hotline shown on the
                organisation's page: one tap on a phone. Each entry says which languages are spoken
                and when it was last checked.
              </Translate>
            </p>
            <p className={styles.helpAction}>
              <Link to={paths.directory()} className="button button--primary button--lg">
                <Translate
                  id="home.needHelp.button"
                  description="Button from the help call-out to the directory"
                >
                  Find your city's hotline
                </Translate>
              </Link>
            </p>
          </section>

          <SavedCitiesList />

          <EntryPoints />

          {map && <CoalitionMap map={map} headingId="home-map" />}

          <section
            aria-labelledby="home-privacy"
            className={clsx(styles.privacy, 'margin-bottom--xl')}
          >
            <h2 id="home-privacy">
              <Translate
                id="home.privacy.title"
                description="Heading of the privacy note on the home page"
              >
                No tracking
              </Translate>
            </h2>
            <p>
              <Translate id="home.privacy.body" description="Privacy note on the home page">
                This site uses no analytics, no cookies, and no fonts or scripts from other sites.
                Search runs inside your browser: what you type never leaves your device. The
                directory and every contact page work without JavaScript.
              </Translate>
            </p>
            <p className={styles.links}>
              <Link to={paths.doc('guides/safety-and-privacy')}>
                <Translate
                  id="home.privacy.link"
                  description="Link to the safety and privacy guide"
                >
                  Safety and privacy
                </Translate>
              </Link>
              <Link to="/contribute">
                <Translate
                  id="home.contribute.link"
                  description="Link from the home page to the contribute forms"
                >
                  List your organisation or share a playbook
                </Translate>
              </Link>
              <Link to="/blog">
                <Translate id="home.blog.link" description="Link to the blog from the home page">
                  Field reports and news
                </Translate>
              </Link>
            </p>
          </section>
        </div>
      </main>
    </Layout>
  );
}
