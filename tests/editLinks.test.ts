import {sharedFixtureBuild} from './buildHarness';

/**
 * "Edit this entry" points at the file the page is built from: docs and
 * blog through Docusaurus's editUrl, city hubs and contact pages through
 * the directory plugin.
 */
const repository = process.env.REPOSITORY_URL ?? 'https://github.com/sanctuary-commons/sanctuary-commons';
const hrefs = (html: string) => [...html.matchAll(/href="?([^"\s>]+)/g)].map((match) => match[1]!).filter((href) => href.includes('/edit/'));

describe('edit links in the built fixture site', () => {
  const build = sharedFixtureBuild();

  it('a contact page edits its organisation file', () => {
    expect(hrefs(build.read('/directory/minneapolis/fixture-rapid-response'))).toContain(`${repository}/edit/main/directory/minneapolis/fixture-rapid-response.yml`);
  });

  it('a city hub edits its _city.yml', () => {
    expect(hrefs(build.read('/directory/minneapolis'))).toContain(`${repository}/edit/main/directory/minneapolis/_city.yml`);
  });

  it('a playbook edits its Markdown file', () => {
    const links = hrefs(build.read('/docs/playbooks/rapid-response/minneapolis-hotline'));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(new RegExp(`^${repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/edit/main/(.+/)?docs/playbooks/rapid-response/minneapolis-hotline\\.md$`));
  });
});
