import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {parse as parseYaml} from 'yaml';
import {readBuildInfo, type BuildInfo} from '../../lib/exports/buildInfo';
import {codebook} from '../../lib/exports/codebook';
import {coalitionDataFiles, type DataFile} from '../../lib/exports/dataFiles';
import {HSDS_TABLES} from '../../lib/exports/hsds/tables';
import {LIST_SEPARATOR, ORGANIZATION_CSV_COLUMNS} from '../../lib/exports/organizationsCsv';
import {RECORD_FIELDS} from '../../lib/exports/recordFields';
import {describeText} from '../../lib/exports/playbooks';
import {openRemembered} from '../../lib/validation/rememberedResults';
import {siteCacheFile} from '../../lib/validation/resultCache';
import {getCoalition, loadCoalitionOnce} from '../coalitionCache';
import {processMap, processWeakMap} from '../../lib/processCache';
import type {DataPageData, DataPluginContent} from './types';
import {siteWideBaseUrl, siteWideRootUrl} from '../siteWideRoot';
import {validateOptions, type DataPluginOptions} from './options';

/**
 * The open-data plugin: builds the exports (src/lib/exports) from the
 * validated coalition, adds the /data page (file list with sizes, codebook,
 * licence, citation) and writes the files to `/data/` once per build.
 *
 * The files do not depend on the locale (they carry every translation), so
 * they are written only by the default locale's build, at `<out>/data/`;
 * every locale's /data page links there. A build of a single non-default
 * locale (`--locale es`) therefore publishes no files.
 *
 * Other plugins can publish under /data/ too: a plugin whose loaded content
 * has a `dataFiles` array of {path, text, mediaType, description} gets its
 * files listed on the page (with sizes) and written by this plugin.
 */

// One build time and commit for every locale of one build (process-wide: this module is evaluated per locale).
const buildInfos = processMap<string, BuildInfo>('data-build-info');
// The exports are the same in every locale: made once per coalition and site settings.
const dataFilesByCoalition = processWeakMap<object, Map<string, DataFile[]>>('data-files');
function buildInfoOnce(dir: string): BuildInfo {
  let info = buildInfos.get(dir);
  if (!info) {
    info = readBuildInfo(dir);
    buildInfos.set(dir, info);
  }
  return info;
}

/** Parses a template file (YAML, or the front matter of Markdown) for codebook examples; undefined when absent. */
function readTemplate(file: string): unknown {
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8');
  const frontMatter = file.endsWith('.md') ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] : text;
  return frontMatter === undefined ? undefined : parseYaml(frontMatter);
}

// Paths stay inside /data/: lowercase names, folders, no "..".
const SAFE_PATH = /^(?:[a-z0-9][a-z0-9_.-]*\/)*[a-z0-9][a-z0-9_-]*\.[a-z0-9]+$/;
const isDataFileList = (value: unknown): value is DataFile[] =>
  Array.isArray(value) &&
  value.every(
    (file) =>
      file &&
      typeof file === 'object' &&
      typeof file.path === 'string' &&
      SAFE_PATH.test(file.path) &&
      !file.path.includes('..') &&
      typeof file.text === 'string',
  );

export default function dataPlugin(
  context: LoadContext,
  options: DataPluginOptions = {},
): Plugin<DataPluginContent> {
  const contentDir = options.contentDir ?? context.siteDir;
  const {i18n, siteConfig} = context;
  const routeBasePath = options.routeBasePath ?? 'data';
  const isDefaultLocale = i18n.currentLocale === i18n.defaultLocale;
  // context.baseUrl carries the locale (/es/); the files live under the default locale's base URL.
  const defaultBaseUrl = siteWideBaseUrl(context);
  let published: DataFile[] = [];

  return {
    name: 'sanctuary-data',

    async loadContent() {
      const coalition = await loadCoalitionOnce(contentDir);
      const site = {
        // The files every locale lists are the default locale's, with its addresses.
        siteUrl: siteWideRootUrl(context),
        routeBasePath: options.directoryRouteBasePath ?? 'directory',
      };
      const info = buildInfoOnce(contentDir);
      let made = dataFilesByCoalition.get(coalition);
      if (!made) {
        made = new Map();
        dataFilesByCoalition.set(coalition, made);
      }
      const key = JSON.stringify([contentDir, site, info]);
      let dataFiles = made.get(key);
      if (!dataFiles) {
        // Every locale's process describes the same playbook bodies: the first one's are read back.
        const bodies = openRemembered(siteCacheFile('playbook-bodies', contentDir), describeText);
        dataFiles = coalitionDataFiles({
          coalition,
          info,
          site,
          readText: (file) => fs.readFileSync(path.join(contentDir, file), 'utf8'),
          describeBody: bodies.get,
        });
        bodies.save();
        made.set(key, dataFiles);
      }
      return {dataFiles};
    },

    async allContentLoaded({allContent, actions}) {
      const own =
        (allContent['sanctuary-data']?.default as DataPluginContent | undefined)?.dataFiles ?? [];
      const others = Object.entries(allContent)
        .filter(([name]) => name !== 'sanctuary-data')
        .flatMap(([, instances]) => Object.values(instances ?? {}))
        .flatMap((content) =>
          content &&
          typeof content === 'object' &&
          isDataFileList((content as {dataFiles?: unknown}).dataFiles)
            ? (content as {dataFiles: DataFile[]}).dataFiles
            : [],
        );
      published = [
        ...own,
        ...others.filter((file) => !own.some((mine) => mine.path === file.path)),
      ];

      const coalition = getCoalition(contentDir);
      const info = buildInfoOnce(contentDir);
      const licenses = new Map<string, number>();
      for (const playbook of coalition.playbooks)
        licenses.set(
          playbook.frontMatter.license,
          (licenses.get(playbook.frontMatter.license) ?? 0) + 1,
        );
      const data: DataPageData = {
        dataBaseUrl: normalizeUrl([defaultBaseUrl, routeBasePath, '/']),
        permanentUrl: `${siteConfig.url.replace(/\/$/, '')}${normalizeUrl([defaultBaseUrl, routeBasePath])}`,
        info,
        files: published.map((file) => ({
          path: file.path,
          bytes: Buffer.byteLength(file.text, 'utf8'),
          mediaType: file.mediaType,
          description: file.description,
          ...(file.records === undefined ? {} : {records: file.records}),
        })),
        counts: {
          organizations: coalition.organizations.length,
          sampleOrganizations: coalition.organizations.filter((org) => org.data.sample === true)
            .length,
          cities: coalition.cities.length,
          playbooks: coalition.playbooks.length,
        },
        playbookLicenses: [...licenses.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([license, count]) => ({license, count})),
        codebook: codebook({
          organization: readTemplate(path.join(context.siteDir, 'templates/organization.yml')),
          city: readTemplate(path.join(context.siteDir, 'templates/city.yml')),
          playbook: readTemplate(path.join(context.siteDir, 'templates/playbook.md')),
        }),
        exportFields: RECORD_FIELDS,
        csvColumns: ORGANIZATION_CSV_COLUMNS.map(({name, description}) => ({name, description})),
        listSeparator: LIST_SEPARATOR,
        hsdsTables: HSDS_TABLES.map((table) => ({
          name: table.name,
          path: table.path,
          description: table.description,
          fields: table.fields.map((field) => ({
            name: field.name,
            type: field.type,
            required: field.required === true,
            description: field.description,
          })),
        })),
      };
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, routeBasePath]),
        component: path.resolve(__dirname, '../../pages/data/_routes/DataPage.tsx'),
        exact: true,
        modules: {data: await actions.createData('data-page.json', JSON.stringify(data))},
      });
    },

    async postBuild({outDir}) {
      if (!isDefaultLocale) return;
      for (const file of published) {
        const target = path.join(outDir, routeBasePath, ...file.path.split('/'));
        fs.mkdirSync(path.dirname(target), {recursive: true});
        fs.writeFileSync(target, file.text);
      }
    },
  };
}

dataPlugin.validateOptions = validateOptions;
