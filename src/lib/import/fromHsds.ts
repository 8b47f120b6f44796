import {cleanCell, type ChangeRule} from './changes';
import {
  cellChannel,
  languagesOf,
  ownChannel,
  phoneChannel,
  unique,
  withUrlLabel,
  type LanguageRead,
} from './hsdsChannels';
import {readPackage, rowOf, type HsdsPackage, type Row} from './hsdsPackage';
import type {ImportMapping} from './mapping';
import {rowProblem} from './rowProblem';
import {skippedItem} from './skipped';
import {
  newDraft,
  setPath,
  slugFromName,
  type ChannelSource,
  type ImportDrafts,
  type OrganizationDraft,
  type RowProblem,
} from './draft';

/**
 * An Open Referral HSDS tabular package (HSDS 3.0 and 3.1, and the 1.x/2.0
 * layout of `regular_schedules` and `holiday_schedules`) → organisation drafts.
 *
 * A package exported by this project carries `sc_` extension columns and is
 * read back without loss. A package from another system is read through
 * the standard columns: the organisation's e-mail and website, every phone
 * of the organisation, its services, its locations and their
 * service-at-location links (numbers in any format, read like a sheet's),
 * service e-mails and links, 3.1 `url` rows, languages (codes or names), and
 * schedules written as opening_hours only when that is exact. What HSDS
 * lacks (types, maintainers, consent, verification method…) comes from the
 * mapping's `defaults`. Every table, field and value read but not used is
 * listed (`skipped`), with counts; addresses and contacts (named people)
 * are never imported (hsdsPackage.ts).
 */

const HSDS_STATUS_TO_ENTRY: Record<string, string> = {
  active: 'active',
  'temporarily closed': 'paused',
  inactive: 'paused',
  defunct: 'closed',
};

/**
 * Reads an HSDS package folder.
 * @param dir - folder holding organizations.csv (and services.csv, phones.csv …)
 * @param mapping - mapping defaults (values for fields HSDS has no column for; `city`, and `audience` of channels)
 * @param onProgress - called after each organisation with (done, total)
 * @throws Error when the folder has no organizations.csv, lacks a table its datapackage.json lists, or a CSV is malformed
 */
export function draftsFromHsds(
  dir: string,
  mapping: Pick<ImportMapping, 'defaults'> = {defaults: {}},
  onProgress?: (done: number, total: number) => void,
): ImportDrafts {
  const pkg = readPackage(dir);
  const organizations = pkg.tables.organization.rows;
  const drafts: ImportDrafts = {
    organizations: [],
    cities: citiesOf(pkg),
    problems: [],
    skipped: pkg.skipped,
    rows: organizations.length,
  };
  organizations.forEach((org, index) => {
    drafts.organizations.push(draftFromOrganization(org, pkg, mapping.defaults));
    onProgress?.(index + 1, organizations.length);
  });
  return drafts;
}

/** The city hubs a package of ours carries (sc_cities.csv). */
function citiesOf(pkg: HsdsPackage): ImportDrafts['cities'] {
  const table = pkg.tables.sc_city;
  return table.rows.map((city) => {
    const problems: RowProblem[] = [];
    const data: Record<string, unknown> = {
      name: city.name,
      region: city.region,
      country: city.country,
      coordinates: [Number(city.latitude), Number(city.longitude)],
      timezone: city.timezone,
    };
    for (const key of ['summary', 'maintainers', 'policy']) {
      const value = jsonCell(
        city[key],
        {source: table.file, row: rowOf(city), column: key, field: key},
        problems,
      );
      if (value !== undefined) data[key] = value;
    }
    return {source: table.file, row: rowOf(city), slug: city.id ?? '', data, problems};
  });
}

/** One organisation row → a draft. */
function draftFromOrganization(
  org: Row,
  pkg: HsdsPackage,
  defaults: Record<string, unknown>,
): OrganizationDraft {
  const source = pkg.tables.organization.file;
  const row = rowOf(org);
  const draft = newDraft(source, row);
  // city and audience are import settings (which folder, which audience for another system's channels), not entry fields.
  for (const [key, value] of Object.entries(defaults))
    if (key !== 'city' && key !== 'audience') setPath(draft.data, key, value);
  draft.hsdsId = org.id || undefined;
  organizationFields(org, draft);
  if ('sc_slug' in org) {
    for (const service of pkg.servicesByOrg.get(org.id ?? '') ?? [])
      addChannel(draft, ownChannel(service, pkg, draft));
  } else {
    foreignContacts(org, pkg, String(defaults.audience ?? 'general'), draft);
  }
  draft.city = org.sc_city || String(defaults.city ?? '');
  draft.slug = org.sc_slug || slugFromName(org.name ?? '');
  if (!draft.city) {
    draft.problems.push(
      rowProblem({source, row, column: 'sc_city'}, '(city)', 'city', 'city.hsds-none'),
    );
  }
  if (!draft.slug) {
    draft.problems.push(
      rowProblem({source, row, column: 'name'}, '(slug)', 'slug', 'slug.hsds-name'),
    );
  }
  return draft;
}

/** The organisation's own fields: name, other name, summary, and the sc_ columns of a package of ours. */
function organizationFields(org: Row, draft: OrganizationDraft): void {
  const {source, row, data} = draft;
  const json = (column: string, field: string) => {
    const value = jsonCell(org[column], {source, row, column, field}, draft.problems);
    if (value !== undefined) {
      data[field] = value;
      draft.fromSource.add(field);
    }
    return value;
  };
  /** Records a value read from a column of the row: where it comes from, and how it differs from the cell. */
  const note = (
    field: string,
    column: string,
    value: string,
    path = field,
    rule: ChangeRule = 'trim-space',
  ) => {
    draft.fromSource.add(field);
    draft.columns[path] = column;
    const cell = org[column] ?? '';
    if (value !== cell)
      draft.changes.push({source, row, column, field: path, cell, from: cell, to: value, rule});
  };
  const sourced = (field: string, column: string, value: string, path = field) => {
    setPath(data, path, value);
    note(field, column, value, path);
  };
  if (org.name?.trim()) sourced('name', 'name', cleanCell(org.name));
  // One HSDS alternate_name is one other name: it is not split on a guess.
  if (json('sc_alt_names', 'alt_names') === undefined && org.alternate_name?.trim()) {
    data.alt_names = [cleanCell(org.alternate_name)];
    note('alt_names', 'alternate_name', cleanCell(org.alternate_name), 'alt_names[0]');
  }
  for (const field of ['types', 'description', 'coverage', 'maintainers', 'languages'])
    json(`sc_${field}`, field);
  if (json('sc_summary', 'summary') === undefined && org.description?.trim()) {
    const text = cleanCell(org.description);
    if (text.length <= 280) sourced('summary', 'description', text, 'summary.en');
    else {
      draft.problems.push(
        rowProblem(
          {source, row, column: 'description'},
          'summary.en',
          'summary-length',
          'summary-length.hsds',
          {
            length: text.length,
          },
        ),
      );
    }
  }
  if (org.sc_status) sourced('status', 'sc_status', org.sc_status);
  if (org.sc_verified_date || org.sc_verified_method) {
    data.verified = {date: org.sc_verified_date, method: org.sc_verified_method};
    draft.fromSource.add('verified');
  }
  if (org.sc_review_every_months) {
    data.review_every_months = Number(org.sc_review_every_months);
    draft.fromSource.add('review_every_months');
  }
  if (org.sc_consent) sourced('consent', 'sc_consent', org.sc_consent);
  if (org.sc_sample === 'true') data.sample = true;
}

/**
 * Another system's organisation: its e-mail, website and url rows, its phones (of its services, locations and
 * service-at-location links), its services' e-mails and links, status, verification date and languages.
 */
function foreignContacts(
  org: Row,
  pkg: HsdsPackage,
  audience: string,
  draft: OrganizationDraft,
): void {
  const {tables} = pkg;
  const {data} = draft;
  const spoken: LanguageRead[] = [];
  const urls = (rows: Row[] | undefined) => {
    for (const url of rows ?? []) {
      addChannel(
        draft,
        withUrlLabel(
          cellChannel(tables.url, url, 'url', 'website', audience),
          url,
          tables.url.file,
          draft,
        ),
      );
    }
  };
  if (org.email?.trim())
    addChannel(draft, cellChannel(tables.organization, org, 'email', 'email', audience));
  const website = 'website' in org ? 'website' : 'url';
  if (org[website]?.trim())
    addChannel(draft, cellChannel(tables.organization, org, website, 'website', audience));
  urls(pkg.urlsByOrg.get(org.id ?? ''));
  const phones = pkg.phonesByOrg.get(org.id ?? '') ?? [];
  for (const phone of phones) {
    const channel = phoneChannel(phone, pkg, audience, draft);
    if (channel) addChannel(draft, channel);
  }
  for (const service of pkg.servicesByOrg.get(org.id ?? '') ?? []) {
    if (service.email?.trim())
      addChannel(draft, cellChannel(tables.service, service, 'email', 'email', audience));
    if (service.url?.trim())
      addChannel(draft, cellChannel(tables.service, service, 'url', 'website', audience));
    urls(pkg.urlsByService.get(service.id ?? ''));
    spoken.push(
      ...languagesOf(
        pkg.languagesBy.service.get(service.id ?? '') ?? [],
        tables.language.file,
        draft,
      ),
    );
    if (!data.status && service.status) {
      const status = HSDS_STATUS_TO_ENTRY[service.status.trim().toLowerCase()] ?? service.status;
      data.status = status;
      draft.fromSource.add('status');
      draft.columns.status = 'services.status';
      if (status !== service.status) {
        const cell = service.status;
        draft.changes.push({
          source: tables.service.file,
          row: rowOf(service),
          column: 'status',
          field: 'status',
          cell,
          from: cell,
          to: status,
          rule: 'hsds-status',
        });
      }
    }
    if (service.assured_date && !draft.fromSource.has('verified')) {
      setPath(data, 'verified.date', service.assured_date.trim());
      draft.fromSource.add('verified');
    }
  }
  for (const phone of phones) {
    if (phone.location_id)
      spoken.push(
        ...languagesOf(
          pkg.languagesBy.location.get(phone.location_id) ?? [],
          tables.language.file,
          draft,
        ),
      );
  }
  for (const channel of draft.channels) {
    spoken.push(
      ...(channel.languages ?? []).map((code, index): LanguageRead => {
        const change = channel.changes?.find(
          (candidate) => candidate.subfield === `languages[${index}]`,
        );
        const {subfield: _subfield, ...rest} = change ?? {subfield: ''};
        return {
          code,
          where: channel.fieldSources?.[`languages[${index}]`],
          ...(change ? {change: rest as NonNullable<LanguageRead['change']>} : {}),
        };
      }),
    );
  }
  // The package's languages win over the mapping's default (which only fills an organisation that lists none).
  const languages = unique(spoken);
  if (languages.length && !draft.fromSource.has('languages')) {
    data.languages = languages.map((language) => language.code);
    draft.fromSource.add('languages');
    languages.forEach((language, index) => {
      if (language.where) draft.provenance[`languages[${index}]`] = language.where;
      if (language.change) draft.changes.push({...language.change, field: `languages[${index}]`});
    });
  }
}

/** Adds a channel, unless the same contact is already one (the organisation's e-mail also on a service): then it is listed. */
function addChannel(draft: OrganizationDraft, channel: ChannelSource): void {
  const same = (known: ChannelSource) =>
    known.kind === channel.kind &&
    cleanCell(known.text) === cleanCell(channel.text) &&
    (known.extension ?? '') === (channel.extension ?? '');
  const twin = draft.channels.find(same);
  if (!twin) {
    draft.channels.push(channel);
    return;
  }
  const where = {source: channel.source, row: channel.row, column: channel.column};
  const values = {kind: channel.kind, source: twin.source, row: twin.row};
  draft.skipped.push(skippedItem(where, 'skip.repeated-contact', values, {value: channel.text}));
}

/** Parses a JSON cell; an empty cell is undefined; bad JSON becomes a problem. */
function jsonCell(
  cell: string | undefined,
  where: Omit<RowProblem, 'message' | 'fix'>,
  problems: RowProblem[],
): unknown {
  if (cell === undefined || cell.trim() === '') return undefined;
  try {
    return JSON.parse(cell);
  } catch {
    const {field, ...place} = where;
    problems.push(
      rowProblem(place, field, 'hsds-json', 'hsds-json.cell', {column: where.column ?? ''}),
    );
    return undefined;
  }
}
