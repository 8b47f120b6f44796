import {load} from 'cheerio';
import {sharedFixtureBuild} from './buildHarness';

/**
 * The built fixture in every locale: translated text where a translation
 * exists, English with a note (and lang="en") where it does not, contact
 * data identical in every language, hreflang alternates, translated
 * playbooks in the comparison, and the translation status page.
 * Expected strings are the committed es/fr translations (i18n/<locale>/code.json).
 */
const build = sharedFixtureBuild();
const LOCALES = ['', '/es', '/fr'];
const page = (route: string) => load(build.read(route));
const text = ($: ReturnType<typeof load>, selector: string) =>
  $(selector).text().replace(/\s+/g, ' ').trim();

describe('a translated playbook (es)', () => {
  const $ = page('/es/docs/playbooks/rapid-response/minneapolis-hotline');

  it('is in Spanish, with the facts of the English original', () => {
    expect($('html').attr('lang')).toBe('es');
    expect(text($, 'h1')).toBe('Verificar antes de alertar');
    expect(text($, 'article')).toContain('cefirverificar');
    expect(text($, 'article')).not.toContain('zephyrverify');
    // cities and organisations come from the original's front matter
    expect(
      $('.sc-playbook-meta a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/es/directory/minneapolis', '/es/directory/minneapolis/fixture-rapid-response']);
    expect($('[role="note"]').length).toBe(0);
    // The review date in words (regression: the route metadata's "2026-10-20T00:00:00.000Z" was shown as is).
    expect(text($, '.sc-playbook-meta')).toContain('20 de octubre de 2026');
    expect(text($, '.sc-playbook-meta')).not.toContain('T00:00');
  });

  it('lines up with the other city in the Spanish comparison, section by section', () => {
    const compare = page('/es/compare/rapid-response');
    // The section cell itself (not <html lang="es">) holds the Spanish text, marked as Spanish.
    const cells = compare('main table td [lang]').filter((_, element) =>
      compare(element).text().includes('cefirverificar'),
    );
    expect(cells.map((_, element) => compare(element).attr('lang')).get()).toEqual(['es']);
    expect(
      compare('main table th[scope="row"]')
        .map((_, th) => compare(th).text())
        .get()
        .slice(0, 2),
    ).toEqual(['Cuándo usarlo', 'Pasos']);
    expect(
      compare('a[href="/es/docs/playbooks/rapid-response/minneapolis-hotline"]').first().text(),
    ).toBe('Verificar antes de alertar');
  });
});

describe('pages without a translation', () => {
  it('show the English page with a note in the reader language, the content marked lang="en"', () => {
    const $ = page('/fr/docs/playbooks/rapid-response/minneapolis-hotline');
    expect($('html').attr('lang')).toBe('fr');
    const note = $('[role="note"]');
    expect(note.attr('lang')).toBe('fr');
    expect(text($, '[role="note"]')).toContain(
      'Cette page n’est pas encore traduite. Elle s’affiche en anglais.',
    );
    expect($('[data-pagefind-body]').attr('lang')).toBe('en');
    expect(text($, '[data-pagefind-body]')).toContain('zephyrverify');
  });

  it('show an organisation summary in English with the note, lang="en" on the text', () => {
    const $ = page('/es/directory/minneapolis/fixture-legal-aid');
    const summary = $('span[lang="en"]').filter(
      (_, span) =>
        $(span).text() ===
        'A second fictional sample entry, verified long ago so it shows as stale.',
    );
    expect(summary.length).toBe(1);
    expect(summary.next().attr('lang')).toBe('es');
    expect(summary.next().text()).toBe('(aún sin traducir)');
  });

  it('show a translated summary without the note', () => {
    const $ = page('/es/directory/minneapolis/fixture-rapid-response');
    expect(
      $('span[lang="es"]').filter(
        (_, span) =>
          $(span).text() === 'Una entrada ficticia de ejemplo para la prueba de integración.',
      ).length,
    ).toBe(1);
    const summary = $('span[lang="es"]').filter((_, span) =>
      $(span).text().startsWith('Una entrada ficticia'),
    );
    expect(summary.length).toBe(1);
    // Nothing follows a translated summary (a fallback is followed by its note).
    expect(summary.next().length).toBe(0);
  });
});

describe('an outdated translation (es start-here guide)', () => {
  it('stays published, with the outdated note and a link to the English original', () => {
    const $ = page('/es/docs/guides/start-here');
    expect(text($, 'article')).toContain('Texto de prueba de la guía para empezar.');
    expect(text($, '[role="note"]')).toContain('Puede que esta traducción esté desactualizada');
    expect($('[role="note"] a[hreflang="en"]').attr('href')).toBe('/docs/guides/start-here');
  });
});

describe('contact data is language-neutral', () => {
  const telLinks = (route: string) => {
    const $ = page(route);
    return $('a[href^="tel:"]')
      .map((_, a) => $(a).attr('href'))
      .get()
      .sort();
  };
  it.each([
    '/directory/minneapolis/fixture-rapid-response',
    '/directory/chicago/fixture-chicago-hotline',
    '/directory/minneapolis',
  ])('%s has the same tel: links in every locale', (route) => {
    const [en, ...others] = LOCALES.map((prefix) => telLinks(`${prefix}${route}`));
    expect(en!.length).toBeGreaterThan(0);
    for (const links of others) expect(links).toEqual(en);
  });
});

describe("a number of another country than the city's (safety rule 11)", () => {
  // The Chicago fixture lists a Toronto partner line with a reason, in English and Spanish (none in French).
  it.each([
    [
      '',
      'International call to Canada',
      'Why this number:',
      "Our partner network's line in Toronto",
      'en',
    ],
    [
      '/es',
      'Llamada internacional a Canadá',
      'Por qué este número:',
      'La línea de nuestra red aliada en Toronto',
      'es',
    ],
    [
      '/fr',
      'Appel international (Canada)',
      'Pourquoi ce numéro :',
      "Our partner network's line in Toronto",
      'en',
    ],
  ])(
    'says so in the static HTML of the contact page (%s), with the reason in its language',
    (prefix, note, why, reason, lang) => {
      const $ = page(`${prefix}/directory/chicago/fixture-chicago-hotline`);
      const item = $('a[href="tel:+14165550123"]').closest('li');
      // Shown with its country code: "(416) 555-0123" would look like a US number.
      expect(text($, 'a[href="tel:+14165550123"]')).toBe('+1 416 555 0123');
      // The hotline has an extension: it is dialled as tel:+1…;ext=204.
      expect(text($, 'a[href^="tel:+13125550117"]')).toContain('(312) 555-0117');
      expect(item.text().replace(/\s+/g, ' ')).toContain(note);
      expect(item.text().replace(/\s+/g, ' ')).toContain(`${why} ${reason}`);
      expect(item.find(`[lang="${lang}"]`).text()).toContain(reason);
    },
  );
});

describe('hreflang alternates', () => {
  it.each([
    '/',
    '/directory/minneapolis/fixture-rapid-response',
    '/docs/playbooks/rapid-response/minneapolis-hotline',
    '/compare/rapid-response',
    '/translations',
  ])('%s names the same page in every locale', (route) => {
    for (const prefix of LOCALES) {
      const $ = page(`${prefix}${route}`);
      const alternates = Object.fromEntries(
        $('link[rel="alternate"][hreflang]')
          .map((_, link) => [[$(link).attr('hreflang'), new URL($(link).attr('href')!).pathname]])
          .get(),
      );
      const path = route === '/' ? '' : route;
      expect(alternates).toEqual({
        en: path || '/',
        es: `/es${path || '/'}`,
        fr: `/fr${path || '/'}`,
        'x-default': path || '/',
      });
    }
  });
});

describe('the translation status page', () => {
  it('shows the same shares as the report, per locale, and lists the outdated guide', () => {
    const $ = page('/es/translations');
    expect(text($, 'h1')).toBe('Estado de las traducciones');
    const row = $('tr').filter((_, tr) => $(tr).find('th').text() === 'Manuales');
    // es 1/2, fr 0/2: the fixture's shares (computed in src/lib/i18n/__tests__/translatedContent.test.ts)
    expect(
      row
        .find('td')
        .map((_, td) => $(td).text().replace(/\s/g, ' '))
        .get(),
    ).toEqual(['50 % (1/2)', '0 % (0/2)']);
    expect($('a[href="/es/docs/guides/start-here"]').parent().text()).toMatch(
      /guides\/start-here — git diff [0-9a-f]{10} [0-9a-f]{10}/,
    );
  });
});
