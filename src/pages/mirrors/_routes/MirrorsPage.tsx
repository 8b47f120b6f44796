/**
 * /mirrors: who serves a copy of the site and since when, and how anyone
 * checks that a copy is the one the maintainers signed. All in the static
 * HTML: no JavaScript needed.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {MirrorsPageData} from '@site/src/plugins/mirrors';
import {formatDate} from '@site/src/pages/directory/_components/labels';
import useSitePaths from '@site/src/components/useSitePaths';
import styles from './styles.module.css';

function Command({children}: {children: string}): ReactNode {
  return (
    <pre className={styles.command} translate="no">
      <code>{children}</code>
    </pre>
  );
}

function MirrorList({data}: {data: MirrorsPageData}): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (data.mirrors.length === 0) {
    return (
      <p>
        <Translate id="mirrors.none" description="On /mirrors when no mirror is listed yet">
          No mirror is listed yet.
        </Translate>
      </p>
    );
  }
  return (
    <ul className={styles.mirrors}>
      {data.mirrors.map((mirror) => (
        <li key={mirror.url}>
          <a href={mirror.url} rel="noopener noreferrer" translate="no" className={styles.address}>
            {mirror.url}
          </a>
          {mirror.onion && (
            <>
              {' '}
              <span className="badge badge--secondary">
                <Translate
                  id="mirrors.onion"
                  description="Badge of a mirror that is a Tor onion service"
                >
                  Tor onion service: open it in Tor Browser
                </Translate>
              </span>
            </>
          )}
          {mirror.sample && (
            <>
              {' '}
              <span className="badge badge--warning">
                <Translate
                  id="mirrors.sample"
                  description="Badge of a fictional mirror in the starter list"
                >
                  Sample: not a real mirror
                </Translate>
              </span>
            </>
          )}
          <br />
          <Translate
            id="mirrors.runBy"
            description="Who runs a mirror and since when; {operator} is a group's name, {date} a date"
            values={{
              operator: <strong>{mirror.operator}</strong>,
              date: (
                <time dateTime={mirror.since}>{formatDate(mirror.since, i18n.currentLocale)}</time>
              ),
            }}
          >
            {'Run by {operator} since {date}.'}
          </Translate>
        </li>
      ))}
    </ul>
  );
}

function Keys({data}: {data: MirrorsPageData}): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (data.keys.length === 0) {
    return (
      <p>
        <Translate
          id="mirrors.noKey"
          description="On /mirrors when the maintainers have published no signing key"
        >
          The maintainers have not published a signing key yet, so copies of this site cannot be
          checked yet.
        </Translate>
      </p>
    );
  }
  return (
    <>
      <p>
        <Translate
          id="mirrors.keysFile"
          description="Introduces the maintainers' keys on /mirrors; {file} is the address of the keys file"
          values={{
            file: (
              <a href={data.allowedSignersUrl ?? ''} translate="no">
                {data.allowedSignersUrl}
              </a>
            ),
          }}
        >
          {
            'The maintainers sign each bundle of the site with one of these keys. Save the keys file {file} from this site (or compare the fingerprints below with those the maintainers give you in person).'
          }
        </Translate>
      </p>
      <ul className={styles.keys}>
        {data.keys.map((key) => (
          <li key={key.key}>
            <code translate="no">{key.principal}</code>{' '}
            <Translate
              id="mirrors.keySince"
              description="Date a signing key was first used; {date} is a date"
              values={{date: formatDate(key.since, i18n.currentLocale)}}
            >
              {'(since {date})'}
            </Translate>
            <br />
            <Translate
              id="mirrors.fingerprint"
              description="Label of a key's fingerprint"
              values={{fingerprint: <code translate="no">{key.fingerprint}</code>}}
            >
              {'Fingerprint: {fingerprint}'}
            </Translate>
            <pre className={styles.command} translate="no">
              <code>{key.key}</code>
            </pre>
          </li>
        ))}
      </ul>
    </>
  );
}

export default function MirrorsPage({data}: {data: MirrorsPageData}): ReactNode {
  const paths = useSitePaths();
  const principal = data.keys[0]?.principal ?? 'maintainers@example';
  const title = translate({
    id: 'mirrors.title',
    message: 'Mirrors',
    description: 'Title of the /mirrors page',
  });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'mirrors.description',
        message:
          'Copies of Sanctuary Commons served by other groups, and how to check that a copy is the one the maintainers signed.',
        description: 'Meta description of /mirrors',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p className={styles.lead}>
          <Translate id="mirrors.lead" description="Introduction of /mirrors">
            If this site is taken down or blocked where you are, these groups serve the same pages.
            Each copy should be the one the maintainers signed: anyone can check it with the steps
            below.
          </Translate>
        </p>

        <section aria-labelledby="mirrors-list">
          <h2 id="mirrors-list">
            <Translate id="mirrors.listHeading" description="Heading of the list of mirrors">
              Where the site is mirrored
            </Translate>
          </h2>
          <MirrorList data={data} />
        </section>

        <section aria-labelledby="mirrors-check">
          <h2 id="mirrors-check">
            <Translate
              id="mirrors.checkHeading"
              description="Heading of the steps to check a mirror"
            >
              How to check a mirror
            </Translate>
          </h2>
          <ol>
            <li>
              <Translate id="mirrors.check.keys" description="Step 1 of checking a mirror">
                Save the maintainers' keys file from this site (below), as allowed_signers.
              </Translate>
            </li>
            <li>
              <Translate
                id="mirrors.check.download"
                description="Step 2 of checking a mirror; {file} is a file name"
                values={{
                  file: <code translate="no">{data.manifestFile}</code>,
                  sig: <code translate="no">{`${data.manifestFile}.sig`}</code>,
                }}
              >
                {
                  'From the mirror, download {file} and {sig}: the list of every file of the site with its SHA-256, and the maintainers\u2019 signature of that list.'
                }
              </Translate>
            </li>
            <li>
              <Translate
                id="mirrors.check.verify"
                description="Step 3 of checking a mirror (a command follows)"
              >
                Check the signature (OpenSSH 8.1 or later). It must say "Good signature":
              </Translate>
              <Command>{`ssh-keygen -Y verify -f allowed_signers -I ${principal} -n ${data.namespace} -s ${data.manifestFile}.sig < ${data.manifestFile}`}</Command>
            </li>
            <li>
              <Translate
                id="mirrors.check.page"
                description="Step 4 of checking a mirror (a command follows)"
              >
                Check any page against the list: the two numbers must be the same. A page's file is
                its address with .html (the home page is index.html).
              </Translate>
              <Command>{`curl -s https://mirror.example.net/directory/chicago | sha256sum\ngrep ' directory/chicago.html$' ${data.manifestFile}`}</Command>
            </li>
          </ol>
          <p>
            <Translate id="mirrors.check.date" description="Caution about old copies on /mirrors">
              A mirror may serve an older signed copy: the list starts with the date and commit it
              was built from. Details in an old copy may have changed: call to confirm.
            </Translate>
          </p>
        </section>

        <section aria-labelledby="mirrors-keys">
          <h2 id="mirrors-keys">
            <Translate
              id="mirrors.keysHeading"
              description="Heading of the maintainers' signing keys"
            >
              The maintainers' keys
            </Translate>
          </h2>
          <Keys data={data} />
        </section>

        <section aria-labelledby="mirrors-run">
          <h2 id="mirrors-run">
            <Translate id="mirrors.runHeading" description="Heading of how to run a mirror">
              Run a mirror
            </Translate>
          </h2>
          <p>
            <Translate
              id="mirrors.run.body"
              description="How to run a mirror, on /mirrors (a command follows)"
            >
              Ask the maintainers for the latest signed bundle (a .tar.gz and its .sig), check it,
              unpack it and serve its site folder with the headers of its nginx.conf. Check the
              bundle first:
            </Translate>
          </p>
          <Command>{`ssh-keygen -Y verify -f allowed_signers -I ${principal} -n ${data.namespace} -s sanctuary-commons-site.tar.gz.sig < sanctuary-commons-site.tar.gz`}</Command>
          <p>
            <Link to={paths.doc('guides/hosting-and-mirrors')}>
              <Translate
                id="mirrors.guideLink"
                description="Link from /mirrors to the hosting guide"
              >
                Hosting and mirrors: the step-by-step guide
              </Translate>
            </Link>
          </p>
        </section>
      </main>
    </Layout>
  );
}
