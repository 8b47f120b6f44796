import {load} from 'cheerio';
import {reportProblemUrl} from '../src/lib/reportProblemUrl';
import {sharedFixtureBuild} from './buildHarness';

/**
 * "Edit this entry" points at the file the page is built from: docs and
 * blog through Docusaurus's editUrl, city hubs and contact pages through
 * the directory plugin. "Report a problem" opens GitHub's report form,
 * filled in with the entry, as a plain link that works without JavaScript.
 */
const repository =
  process.env.REPOSITORY_URL ?? 'https://github.com/sanctuary-commons/sanctuary-commons';
const hrefs = (html: string) =>
  [...html.matchAll(/href="?([^"\s>]+)/g)]
    .map((match) => match[1]!)
    .filter((href) => href.includes('/edit/'));

describe('edit links in the built fixture site', () => {
  const build = sharedFixtureBuild();

  it('a contact page edits its organisation file', () => {
    expect(hrefs(build.read('/directory/minneapolis/fixture-rapid-response'))).toContain(
      `${repository}/edit/main/directory/minneapolis/fixture-rapid-response.yml`,
    );
  });

  it('a city hub edits its _city.yml', () => {
    expect(hrefs(build.read('/directory/minneapolis'))).toContain(
      `${repository}/edit/main/directory/minneapolis/_city.yml`,
    );
  });

  it('a playbook edits its Markdown file', () => {
    const links = hrefs(build.read('/docs/playbooks/rapid-response/minneapolis-hotline'));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(
      new RegExp(
        `^${repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/edit/main/(.+/)?docs/playbooks/rapid-response/minneapolis-hotline\\.md$`,
      ),
    );
  });
});

describe('"Report a problem" links in the built fixture site', () => {
  const build = sharedFixtureBuild();
  const reportLink = (route: string) => {
    const $ = load(build.read(route));
    const link = $('a[data-report-problem]');
    expect(link).toHaveLength(1);
    return {href: link.attr('href'), text: link.text()};
  };

  it('a contact page links to the report form filled in with the organisation', () => {
    expect(reportLink('/directory/minneapolis/fixture-rapid-response')).toEqual({
      href: reportProblemUrl(repository, {
        name: 'Fixture Rapid Response (sample)',
        file: 'directory/minneapolis/fixture-rapid-response.yml',
        pagePath: '/directory/minneapolis/fixture-rapid-response',
      }),
      text: 'Report a problem with this entry',
    });
  });

  it('a city hub links to the report form filled in with the city', () => {
    expect(reportLink('/directory/minneapolis')).toEqual({
      href: reportProblemUrl(repository, {
        name: 'Minneapolis',
        file: 'directory/minneapolis/_city.yml',
        pagePath: '/directory/minneapolis',
      }),
      text: 'Report a problem with this city page',
    });
  });

  it('the link is translated', () => {
    expect(reportLink('/es/directory/minneapolis/fixture-rapid-response').text).toBe(
      'Informar de un problema con esta entrada',
    );
    expect(reportLink('/fr/directory/minneapolis').text).toBe(
      'Signaler un problème sur cette page de ville',
    );
  });
});
