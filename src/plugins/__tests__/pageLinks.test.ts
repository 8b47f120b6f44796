import type {
  Coalition,
  LoadedOrganization,
  LoadedPlaybook,
  LoadedTranslation,
} from '../../lib/coalition';
import {createSitePaths} from '../../lib/sitePaths';
import {cityLink, organizationLink, playbookListItem} from '../pageLinks';

const paths = createSitePaths({directory: 'directory'});

const playbook = {
  id: 'playbooks/rapid-response/hotline',
  file: 'docs/playbooks/rapid-response/hotline.md',
  frontMatter: {
    title: 'Hotline',
    description: 'Run a hotline.',
    maturity: 'proven',
    last_reviewed: '2026-01-01',
  },
} as unknown as LoadedPlaybook;

const translation = {
  locale: 'es',
  originalFile: playbook.file,
  file: 'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/hotline.md',
  frontMatter: {title: 'Línea de ayuda', description: 'Atender una línea.'},
} as unknown as LoadedTranslation;

const coalition = {
  cities: [{slug: 'denver', data: {name: 'Denver'}}],
  organizations: [],
  playbooks: [playbook],
  translations: [translation],
} as unknown as Coalition;

describe('cityLink', () => {
  it('names a city hub by its name, and an unknown one by its slug', () => {
    expect(cityLink(coalition, 'denver', paths)).toEqual({
      slug: 'denver',
      name: 'Denver',
      permalink: '/directory/denver',
    });
    expect(cityLink(coalition, 'gone', paths)).toEqual({
      slug: 'gone',
      name: 'gone',
      permalink: '/directory/gone',
    });
  });
});

describe('organizationLink', () => {
  it('links to the contact page under its city', () => {
    const org = {
      slug: 'aid',
      city: 'denver',
      data: {name: 'Aid Network'},
    } as unknown as LoadedOrganization;
    expect(organizationLink(org, paths)).toEqual({
      slug: 'aid',
      name: 'Aid Network',
      permalink: '/directory/denver/aid',
    });
  });
});

describe('playbookListItem', () => {
  it("takes title and description from the translation into the reader's language", () => {
    expect(playbookListItem(coalition, 'es', playbook, paths)).toEqual({
      id: playbook.id,
      title: 'Línea de ayuda',
      description: 'Atender una línea.',
      lang: 'es',
      permalink: '/docs/playbooks/rapid-response/hotline',
      maturity: 'proven',
      lastReviewed: '2026-01-01',
    });
  });

  it('falls back to the English original when there is no translation', () => {
    expect(playbookListItem(coalition, 'fr', playbook, paths)).toMatchObject({
      title: 'Hotline',
      description: 'Run a hotline.',
      lang: 'en',
    });
  });
});
