import type {Coalition, LoadedPlaybook} from '../../../lib/coalition';
import type {PlaybookFrontMatter} from '../../../lib/schema';
import {playbookCrossLinks} from '../crossLinks';
import {comparePageData, splitComparePageData} from '../pageData';
import {rewriteSectionLink, sectionHtml} from '../sectionHtml';
import {extractPlaybookSections} from '../../../lib/playbookSections';

/** A coalition with `count` rapid-response playbooks spread over up to 6 cities (two per city past 6). */
function coalitionWith(count: number): {coalition: Coalition; files: Map<string, string>} {
  const citySlugs = ['chicago', 'denver', 'los-angeles', 'minneapolis', 'new-york', 'seattle'];
  const files = new Map<string, string>();
  const playbooks: LoadedPlaybook[] = Array.from({length: count}, (_, index) => {
    const city = citySlugs[index % citySlugs.length]!;
    const id = `playbooks/rapid-response/p${index}`;
    const file = `docs/${id}.md`;
    files.set(
      file,
      `---\ntitle: P${index}\n---\n\n## When to use\n\nWhen ${index} in ${city}, see [the other](p0.md#steps).\n\n## Steps\n\nStep ${index}.\n\n## Roles and resources\n\nR.\n\n## Risks and safeguards\n\nK.\n\n${index === 1 ? '' : '## What we learned\n\nL.\n'}`,
    );
    const frontMatter = {
      title: `P${index}`,
      description: 'd',
      topics: ['rapid-response'],
      audience: ['organisers'],
      cities: [city],
      organizations: [],
      maturity: index % 3 === 0 ? 'proven' : 'piloted',
      last_reviewed: `2026-0${1 + (index % 9)}-01`,
      license: 'CC-BY-SA-4.0',
    } as unknown as PlaybookFrontMatter;
    return {
      id,
      file,
      topic: 'rapid-response',
      frontMatter,
      sections: [],
      locate: () => ({line: 1, column: 1}),
    };
  });
  const cities = citySlugs.map((slug) => ({
    slug,
    file: `directory/${slug}/_city.yml`,
    data: {name: slug[0]!.toUpperCase() + slug.slice(1)} as never,
  }));
  return {
    coalition: {
      cities,
      organizations: [],
      playbooks,
      translations: [],
      collections: [],
      problems: [],
      files: [...files.keys()],
    },
    files,
  };
}

const data = (count: number) => {
  const {coalition, files} = coalitionWith(count);
  return {
    coalition,
    page: comparePageData(
      {coalition, locale: 'en', baseUrl: '/', readDoc: (file) => files.get(file)!},
      'rapid-response',
    ),
  };
};

describe('the comparison with 1, 2, 4 and 10 playbooks on a topic', () => {
  it('1 playbook: one column, and no "compare with other cities" link on its page', () => {
    const {coalition, page} = data(1);
    expect(page.playbooks).toHaveLength(1);
    expect(page.defaultIds).toEqual(['playbooks/rapid-response/p0']);
    expect(playbookCrossLinks(coalition, coalition.playbooks[0]!).compare).toBeNull();
  });

  it('2 playbooks: both side by side, a missing section left empty rather than shifted', () => {
    const {coalition, page} = data(2);
    expect(page.defaultIds).toHaveLength(2);
    const second = page.playbooks.find((playbook) => playbook.id.endsWith('p1'))!;
    expect(second.sections!.learned).toBeNull();
    expect(second.sections!.steps).toContain('Step 1.');
    expect(playbookCrossLinks(coalition, coalition.playbooks[0]!).compare?.permalink).toBe(
      '/compare/rapid-response?playbook=playbooks%2Frapid-response%2Fp0&playbook=playbooks%2Frapid-response%2Fp1',
    );
  });

  it('4 playbooks from 4 cities: all four by default', () => {
    expect(data(4).page.defaultIds).toHaveLength(4);
  });

  it('10 playbooks over 6 cities: every playbook is offered, at most 4 shown, one per city', () => {
    const {page} = data(10);
    expect(page.playbooks).toHaveLength(10);
    expect(page.defaultIds).toHaveLength(4);
    const cities = page.defaultIds.map(
      (id) => page.playbooks.find((playbook) => playbook.id === id)!.cities[0]!.slug,
    );
    expect(new Set(cities).size).toBe(4);
  });
});

describe('section HTML', () => {
  it('rewrites links that leave their page, and keeps https links', () => {
    const context = {
      file: 'docs/playbooks/rapid-response/a.md',
      permalink: '/docs/playbooks/rapid-response/a',
      baseUrl: '/es/',
    };
    expect(rewriteSectionLink('b.md#steps', context)).toBe(
      '/es/docs/playbooks/rapid-response/b#steps',
    );
    expect(rewriteSectionLink('../alert-network/c.md', context)).toBe(
      '/es/docs/playbooks/alert-network/c',
    );
    expect(rewriteSectionLink('#steps', context)).toBe('/es/docs/playbooks/rapid-response/a#steps');
    expect(rewriteSectionLink('/directory/chicago', context)).toBe('/es/directory/chicago');
    expect(rewriteSectionLink('https://www.ilrc.org/', context)).toBe('https://www.ilrc.org/');
  });

  it('resolves the links of a translated playbook to the pages, not to its own page', () => {
    const context = {
      file: 'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/a.md',
      permalink: '/docs/playbooks/rapid-response/a',
      baseUrl: '/es/',
    };
    expect(rewriteSectionLink('b.md#pasos', context)).toBe(
      '/es/docs/playbooks/rapid-response/b#pasos',
    );
    expect(rewriteSectionLink('../../guides/start-here.md', context)).toBe(
      '/es/docs/guides/start-here',
    );
  });

  it('keeps text that looks like a directive, such as a time (regression: "10:42" became "10" and an empty div)', () => {
    const {sections} = extractPlaybookSections(
      '## Steps\n\n> "CONFIRMED, 10:42. Avoid the area."\n\n::note\n',
    );
    const html = sectionHtml(sections.steps!.tree, {
      file: 'docs/playbooks/x/y.md',
      permalink: '/docs/playbooks/x/y',
      baseUrl: '/',
    });
    expect(html).toBe(
      '<blockquote>\n<p>"CONFIRMED, 10:42. Avoid the area."</p>\n</blockquote>\n<p>::note</p>',
    );
  });

  it('turns sub-headings into bold text, drops images to their text and escapes what it renders', () => {
    const {sections} = extractPlaybookSections(
      '## Steps\n\n### Before\n\n![a map](map.png) <5 minutes\n',
    );
    const html = sectionHtml(sections.steps!.tree, {
      file: 'docs/playbooks/x/y.md',
      permalink: '/docs/playbooks/x/y',
      baseUrl: '/',
    });
    expect(html).toBe('<p><strong>Before</strong></p>\n<p>a map &#x3C;5 minutes</p>');
  });
});

describe('a comparison with many playbooks', () => {
  it("keeps in the page only the sections shown by default; every section is in the topic's file", () => {
    const {page} = data(40);
    const {page: slim, sections} = splitComparePageData(
      page,
      '/compare-sections/rapid-response.json',
    );
    expect(slim.sectionsFile).toBe('/compare-sections/rapid-response.json');
    expect(slim.playbooks).toHaveLength(40);
    expect(
      slim.playbooks
        .filter((playbook) => playbook.sections)
        .map((playbook) => playbook.id)
        .sort(),
    ).toEqual([...page.defaultIds].sort());
    expect(Object.keys(sections)).toHaveLength(40);
    expect(sections['playbooks/rapid-response/p7']!.sections.steps).toContain('Step 7.');
    // The page grows with the list of playbooks, not with their text.
    expect(JSON.stringify(slim)).not.toContain('Step 7.');
  });
});
