/**
 * /contribute: list an organisation or share a playbook without Git. The
 * forms run only in the browser (they need JavaScript); the server-rendered
 * page says so and points to the templates, the issue forms and the guide.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {ContributePageData} from '@site/src/plugins/contribute/types';
import OrganizationForm from '../_components/OrganizationForm';
import PlaybookForm from '../_components/PlaybookForm';
import styles from './styles.module.css';
import useSitePaths from '@site/src/components/useSitePaths';

function WithoutJavaScript({data}: {data: ContributePageData}): ReactNode {
  const paths = useSitePaths();
  const repo = data.repositoryUrl.replace(/\/+$/, '');
  return (
    <div className={styles.noscript} data-testid="contribute-nojs">
      <p>
        <strong>
          <Translate id="contribute.nojs.title" description="Shown when the forms cannot run">
            These forms need JavaScript, which is off or still loading.
          </Translate>
        </strong>
      </p>
      <p>
        <Translate id="contribute.nojs.body" description="Ways to contribute without the forms">
          You can contribute without it:
        </Translate>
      </p>
      <ul>
        <li>
          <a href={`${repo}/blob/${data.branch}/templates/organization.yml`}>
            <Translate
              id="contribute.nojs.orgTemplate"
              description="Link to the organisation template"
            >
              the organisation template (templates/organization.yml)
            </Translate>
          </a>{' '}
          <Translate id="contribute.nojs.and" description="Joins the two template links">
            and
          </Translate>{' '}
          <a href={`${repo}/blob/${data.branch}/templates/playbook.md`}>
            <Translate
              id="contribute.nojs.playbookTemplate"
              description="Link to the playbook template"
            >
              the playbook template (templates/playbook.md)
            </Translate>
          </a>
        </li>
        <li>
          <a href={`${repo}/issues/new/choose`}>
            <Translate id="contribute.nojs.issues" description="Link to the GitHub issue forms">
              an issue form on GitHub (add or update an organisation, report a wrong entry, request
              removal)
            </Translate>
          </a>
        </li>
        <li>
          <Link to={paths.doc('guides/contributing')}>
            <Translate id="contribute.nojs.guide" description="Link to the contributing guide">
              the Contributing guide
            </Translate>
          </Link>{' '}
          <Translate id="contribute.nojs.readme" description="Mentions the repository README">
            and the repository's README
          </Translate>{' '}
          (<a href={repo}>{repo.replace(/^https:\/\//, '')}</a>)
        </li>
      </ul>
    </div>
  );
}

export default function ContributePage({data}: {data: ContributePageData}): ReactNode {
  const isBrowser = useIsBrowser();
  const title = translate({
    id: 'contribute.page.title',
    message: 'Contribute',
    description: 'Title of the /contribute page',
  });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'contribute.page.description',
        message:
          'List your organisation or share a playbook, without Git: the form writes the file and checks it in your browser.',
        description: 'Meta description of the /contribute page',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <div
          className={styles.privacy}
          role="note"
          aria-label={translate({
            id: 'contribute.privacy.label',
            message: 'Privacy',
            description: 'Accessible name of the privacy note on /contribute',
          })}
        >
          <p>
            <Translate
              id="contribute.privacy.body"
              description="Privacy note at the top of /contribute"
            >
              Nothing you type here is sent anywhere. The file is written and checked inside your
              browser by the same checks the coalition's build runs. Only if you click "Propose on
              GitHub" does your browser open GitHub with the file in the address; "Copy" and
              "Download" keep it on your device.
            </Translate>
          </p>
        </div>
        <nav
          aria-label={translate({
            id: 'contribute.nav.label',
            message: 'Forms on this page',
            description: 'Accessible name of the in-page navigation',
          })}
        >
          <ul className={styles.jump}>
            <li>
              <a href="#organization">
                <Translate id="contribute.nav.org" description="Jump link to the organisation form">
                  List your organisation
                </Translate>
              </a>
            </li>
            <li>
              <a href="#playbook">
                <Translate
                  id="contribute.nav.playbook"
                  description="Jump link to the playbook form"
                >
                  Share a playbook
                </Translate>
              </a>
            </li>
          </ul>
        </nav>
        {isBrowser ? (
          <>
            <section id="organization" className={styles.form}>
              <OrganizationForm data={data} />
            </section>
            <section id="playbook" className={styles.form}>
              <PlaybookForm data={data} />
            </section>
          </>
        ) : (
          <>
            <span id="organization" />
            <span id="playbook" />
            <WithoutJavaScript data={data} />
          </>
        )}
      </main>
    </Layout>
  );
}
