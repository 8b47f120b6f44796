/**
 * /stats: the coalition's shape in charts drawn at build time as SVG, each
 * with a data table beside it. No chart library and no request elsewhere;
 * everything is in the static HTML, so it reads without JavaScript.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Count, StatsData} from '@site/src/lib/stats';
import {
  formatDate,
  languageName,
  maturityLabel,
  taxonomyLabel,
} from '@site/src/pages/directory/_components/labels';
import BarChart, {type Bar} from '../_components/BarChart';
import ChartFigure, {DataTable} from '../_components/ChartFigure';
import LineChart from '../_components/LineChart';

/** Bars from counts, at most `limit` of them (the table lists every row). */
function bars(counts: Count[], label: (count: Count) => string, limit = 20): Bar[] {
  return counts
    .slice(0, limit)
    .map((count) => ({label: label(count), value: count.count, text: String(count.count)}));
}

/** "Largest: A (5), B (3), C (2)." for chart descriptions. */
function largest(counts: Count[], label: (count: Count) => string): string {
  return counts
    .slice(0, 3)
    .map((count) => `${label(count)} (${count.count})`)
    .join(', ');
}

function percent(part: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((part / total) * 100)} %`;
}

function CountSection({
  id,
  heading,
  counts,
  label,
  keyHeading,
  countHeading,
  limit = 20,
}: {
  id: string;
  heading: string;
  counts: Count[];
  label: (count: Count) => string;
  keyHeading: string;
  countHeading: string;
  limit?: number;
}): ReactNode {
  const note =
    counts.length > limit
      ? translate(
          {
            id: 'stats.chart.truncated',
            message: 'The chart shows the {limit} largest of {total}; the table lists all.',
            description: 'Note under a long chart',
          },
          {limit, total: counts.length},
        )
      : undefined;
  const description =
    counts.length === 0
      ? translate({
          id: 'stats.chart.empty',
          message: 'No data yet.',
          description: 'Description of an empty chart',
        })
      : translate(
          {
            id: 'stats.chart.description',
            message: '{heading}. Largest: {largest}.',
            description:
              'Description of a bar chart; {largest} lists the three largest bars with their counts',
          },
          {heading, largest: largest(counts, label)},
        );
  return (
    <ChartFigure
      id={id}
      heading={heading}
      note={note}
      chart={
        <BarChart
          id={id}
          title={heading}
          description={description}
          bars={bars(counts, label, limit)}
        />
      }
      table={
        <DataTable
          caption={heading}
          head={[keyHeading, countHeading]}
          rows={counts.map((count) => [label(count), count.count])}
        />
      }
    />
  );
}

/** The stats plus language names made at build time for this locale. */
type StatsPageData = StatsData & {languageNames: Record<string, string>};

export default function StatsPage({data}: {data: StatsPageData}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const organisationsLabel = translate({
    id: 'stats.column.organizations',
    message: 'Organisations',
    description: 'Table column: number of organisations',
  });
  const playbooksLabel = translate({
    id: 'stats.column.playbooks',
    message: 'Playbooks',
    description: 'Table column: number of playbooks',
  });
  const citiesLabel = translate({
    id: 'stats.column.cities',
    message: 'Cities',
    description: 'Table column: number of cities',
  });
  const title = translate({
    id: 'stats.page.title',
    message: 'Coalition statistics',
    description: 'Title of the /stats page',
  });
  const freshnessRows = [
    {name: organisationsLabel, share: data.freshness.organizations},
    {name: playbooksLabel, share: data.freshness.playbooks},
  ];
  const within6 = translate({
    id: 'stats.freshness.within6',
    message: 'Verified in the last 6 months',
    description: 'Freshness bucket',
  });
  const within12 = translate({
    id: 'stats.freshness.within12',
    message: 'Verified in the last 12 months',
    description: 'Freshness bucket',
  });
  const barLabel = (name: string, months: number) =>
    translate(
      {
        id: 'stats.freshness.barLabel',
        message: '{name}, {months} months',
        description: 'Label of a freshness bar, e.g. "Playbooks, 6 months"',
      },
      {name, months},
    );
  const freshnessBars: Bar[] = freshnessRows.flatMap(({name, share}) => [
    {
      label: barLabel(name, 6),
      value: share.total ? (share.within6 / share.total) * 100 : 0,
      text: percent(share.within6, share.total),
    },
    {
      label: barLabel(name, 12),
      value: share.total ? (share.within12 / share.total) * 100 : 0,
      text: percent(share.within12, share.total),
    },
  ]);
  const freshnessHeading = translate({
    id: 'stats.freshness.heading',
    message: 'Freshness',
    description: 'Heading of the freshness chart',
  });
  const growthHeading = translate({
    id: 'stats.growth.heading',
    message: 'Growth over time',
    description: 'Heading of the growth chart',
  });

  return (
    <Layout
      title={title}
      description={translate({
        id: 'stats.page.description',
        message:
          'The shape of the coalition: organisations by city and type, languages, playbooks, freshness and growth.',
        description: 'Meta description of /stats',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p>
          <Translate
            id="stats.page.intro"
            description="Introduction of /stats; {organizations}, {cities}, {playbooks}, {languages} are numbers, {date} the build date"
            values={{
              organizations: data.totals.organizations,
              cities: data.totals.cities,
              playbooks: data.totals.playbooks,
              languages: data.totals.languages,
              date: (
                <time dateTime={data.builtOn} suppressHydrationWarning>
                  {formatDate(data.builtOn, locale)}
                </time>
              ),
            }}
          >
            {
              '{organizations} organisations in {cities} cities, serving people in {languages} languages, and {playbooks} playbooks, as of {date}.'
            }
          </Translate>{' '}
          <Translate id="stats.page.dataLink" description="Points to the data guide from /stats">
            The charts are drawn when the site is built; every number is in the table beside its
            chart.
          </Translate>{' '}
          <Link to="/data">
            <Translate
              id="stats.page.dataGuide"
              description="Link to the open data page (downloads, codebook, how to cite)"
            >
              Download and cite the data
            </Translate>
          </Link>
        </p>

        <CountSection
          id="stats-cities"
          heading={translate({
            id: 'stats.byCity.heading',
            message: 'Organisations by city',
            description: 'Chart heading',
          })}
          counts={data.organizationsByCity}
          label={(count) => count.label ?? count.key}
          keyHeading={translate({
            id: 'stats.column.city',
            message: 'City',
            description: 'Table column',
          })}
          countHeading={organisationsLabel}
        />
        <CountSection
          id="stats-types"
          heading={translate({
            id: 'stats.byType.heading',
            message: 'Organisations by type',
            description: 'Chart heading',
          })}
          counts={data.organizationsByType}
          label={(count) => taxonomyLabel(count.key)}
          keyHeading={translate({
            id: 'stats.column.type',
            message: 'Type',
            description: 'Table column',
          })}
          countHeading={organisationsLabel}
        />
        <CountSection
          id="stats-languages"
          heading={translate({
            id: 'stats.languages.heading',
            message: 'Languages served',
            description: 'Chart heading: organisations per language spoken by staff',
          })}
          counts={data.languages}
          label={(count) => data.languageNames[count.key] ?? languageName(count.key, locale)}
          keyHeading={translate({
            id: 'stats.column.language',
            message: 'Language',
            description: 'Table column',
          })}
          countHeading={organisationsLabel}
        />
        <CountSection
          id="stats-topics"
          heading={translate({
            id: 'stats.byTopic.heading',
            message: 'Playbooks by topic',
            description: 'Chart heading',
          })}
          counts={data.playbooksByTopic}
          label={(count) => taxonomyLabel(count.key)}
          keyHeading={translate({
            id: 'stats.column.topic',
            message: 'Topic',
            description: 'Table column',
          })}
          countHeading={playbooksLabel}
        />
        <CountSection
          id="stats-maturity"
          heading={translate({
            id: 'stats.byMaturity.heading',
            message: 'Playbooks by maturity',
            description: 'Chart heading',
          })}
          counts={data.playbooksByMaturity}
          label={(count) => maturityLabel(count.key)}
          keyHeading={translate({
            id: 'stats.column.maturity',
            message: 'Maturity',
            description: 'Table column',
          })}
          countHeading={playbooksLabel}
        />

        <ChartFigure
          id="stats-freshness"
          heading={freshnessHeading}
          note={translate({
            id: 'stats.freshness.note',
            message:
              'Share of organisations verified, and of playbooks reviewed, in the last 6 and 12 months.',
            description: 'Explains the freshness chart',
          })}
          chart={
            <BarChart
              id="stats-freshness"
              title={freshnessHeading}
              description={freshnessRows
                .map(
                  ({name, share}) =>
                    `${name}: ${percent(share.within6, share.total)} / ${percent(share.within12, share.total)}`,
                )
                .join('; ')}
              bars={freshnessBars}
              max={100}
            />
          }
          table={
            <DataTable
              caption={freshnessHeading}
              head={[
                '',
                within6,
                within12,
                translate({
                  id: 'stats.column.total',
                  message: 'Total',
                  description: 'Table column',
                }),
              ]}
              rows={freshnessRows.map(({name, share}) => [
                name,
                `${share.within6} (${percent(share.within6, share.total)})`,
                `${share.within12} (${percent(share.within12, share.total)})`,
                share.total,
              ])}
            />
          }
        />

        {data.growth.available ? (
          <ChartFigure
            id="stats-growth"
            heading={growthHeading}
            note={translate({
              id: 'stats.growth.note',
              message:
                'Entries at the end of each month, counted from additions and deletions in the repository history.',
              description: 'Explains the growth chart',
            })}
            chart={
              <LineChart
                id="stats-growth"
                title={growthHeading}
                description={translate(
                  {
                    id: 'stats.growth.description',
                    message:
                      'From {first} to {last}: organisations, playbooks and cities listed at the end of each month.',
                    description: 'Description of the growth chart',
                  },
                  {
                    first: data.growth.points[0]?.month ?? '',
                    last: data.growth.points[data.growth.points.length - 1]?.month ?? '',
                  },
                )}
                labels={data.growth.points.map((point) => point.month)}
                series={[
                  {
                    name: organisationsLabel,
                    values: data.growth.points.map((point) => point.organizations),
                  },
                  {
                    name: playbooksLabel,
                    values: data.growth.points.map((point) => point.playbooks),
                  },
                  {name: citiesLabel, values: data.growth.points.map((point) => point.cities)},
                ]}
              />
            }
            table={
              <DataTable
                caption={growthHeading}
                head={[
                  translate({
                    id: 'stats.column.month',
                    message: 'Month',
                    description: 'Table column',
                  }),
                  organisationsLabel,
                  playbooksLabel,
                  citiesLabel,
                ]}
                rows={data.growth.points.map((point) => [
                  point.month,
                  point.organizations,
                  point.playbooks,
                  point.cities,
                ])}
              />
            }
          />
        ) : (
          <section aria-labelledby="stats-growth-heading">
            <h2 id="stats-growth-heading">{growthHeading}</h2>
            <p>
              {data.growth.reason === 'shallow' ? (
                <Translate
                  id="stats.growth.shallow"
                  description="Shown instead of the growth chart when the site was built from a shallow Git clone"
                >
                  History unavailable in this build (shallow clone): growth over time needs the full
                  Git history.
                </Translate>
              ) : (
                <Translate
                  id="stats.growth.noGit"
                  description="Shown instead of the growth chart when the site was built without Git"
                >
                  History unavailable in this build (built without Git).
                </Translate>
              )}
            </p>
          </section>
        )}
      </main>
    </Layout>
  );
}
