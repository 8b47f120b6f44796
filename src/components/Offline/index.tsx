/**
 * "Save for offline" in the pages: the city page's control, the notice on
 * saved pages, and the home page's list of saved cities. Everything here
 * renders only in the browser, after the page has rendered: without
 * JavaScript the pages are whole and readable, only the control is missing.
 */
import React, {useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {cityOfPage, type SavedCity} from '@site/src/lib/offline/savedCities';
import {canSaveOffline, formatSavedAt, useOffline, useSavedCities} from './savedIndex';
import styles from './styles.module.css';

type Status =
  {kind: 'idle'} | {kind: 'busy'; action: 'save' | 'remove'} | {kind: 'error'; message: string};

function useAbsoluteBaseUrl(): string {
  const base = useBaseUrl('/');
  return typeof window === 'undefined' ? base : new URL(base, window.location.origin).href;
}

async function remove(city: SavedCity, setStatus: (status: Status) => void): Promise<void> {
  setStatus({kind: 'busy', action: 'remove'});
  try {
    const {removeCity} = await import('./saveCity');
    await removeCity(city);
    setStatus({kind: 'idle'});
  } catch (error) {
    setStatus({kind: 'error', message: error instanceof Error ? error.message : String(error)});
  }
}

function ErrorLine({status}: {status: Status}): ReactNode {
  if (status.kind !== 'error') return null;
  return (
    <p className={styles.error}>
      <Translate
        id="offline.error"
        description="Shown when saving or removing an offline copy failed; {reason} is a technical message"
        values={{reason: status.message}}
      >
        {'That did not work: {reason}'}
      </Translate>
    </p>
  );
}

/**
 * The city page's control: "Save for offline", then when it was saved, "Update" and "Remove".
 * @param props.slug - the city's folder name
 * @param props.name - its name as the page shows it
 * @param props.cityPath - its site path (no base URL), e.g. `/directory/chicago`
 * @param props.organizationPaths - the site paths of its organisations' pages
 */
export function SaveCityForOffline({
  slug,
  name,
  cityPath,
  organizationPaths,
}: {
  slug: string;
  name: string;
  cityPath: string;
  organizationPaths: string[];
}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const cities = useSavedCities();
  const scope = useAbsoluteBaseUrl();
  const [status, setStatus] = useState<Status>({kind: 'idle'});
  if (cities === null || !canSaveOffline()) return null;
  const key = `${i18n.currentLocale}:${slug}`;
  const saved = cities.find((city) => city.key === key);
  const absolute = (sitePath: string) => new URL(sitePath.replace(/^\//, ''), scope).href;

  const save = async () => {
    setStatus({kind: 'busy', action: 'save'});
    try {
      const {saveCity} = await import('./saveCity');
      await saveCity(
        {scope},
        {
          key,
          name,
          locale: i18n.currentLocale,
          url: absolute(cityPath),
          pages: organizationPaths.map(absolute),
        },
      );
      setStatus({kind: 'idle'});
    } catch (error) {
      setStatus({kind: 'error', message: error instanceof Error ? error.message : String(error)});
    }
  };
  const busy = status.kind === 'busy';

  return (
    <section className={styles.control} aria-labelledby="offline-heading" data-offline-control="">
      <h2 id="offline-heading" className={styles.heading}>
        <Translate
          id="offline.heading"
          description="Heading of the 'Save for offline' box on a city page"
        >
          Keep this city on your device
        </Translate>
      </h2>
      <p className={styles.status} role="status" aria-live="polite">
        {busy && status.action === 'save' && (
          <Translate
            id="offline.saving"
            description="Status while a city is being saved for offline reading"
          >
            Saving…
          </Translate>
        )}
        {busy && status.action === 'remove' && (
          <Translate id="offline.removing" description="Status while a saved city is being removed">
            Removing…
          </Translate>
        )}
        {!busy && saved && (
          <Translate
            id="offline.savedOn"
            description="Status of a city saved for offline reading; {date} is a date and time"
            values={{date: formatSavedAt(saved.savedAt, i18n.currentLocale)}}
          >
            {
              'Saved on this device on {date}: this page and its organisations\u2019 pages open without a connection.'
            }
          </Translate>
        )}
        {!busy && !saved && (
          <Translate
            id="offline.explain"
            description="Explains the 'Save for offline' button on a city page"
          >
            Save this page and its organisations' pages to open them without a connection. Nothing
            else is kept, and nothing is sent anywhere.
          </Translate>
        )}
      </p>
      <p className={styles.buttons}>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => void save()}
          disabled={busy}
          data-offline-save=""
        >
          {saved ? (
            <Translate
              id="offline.update"
              description="Button that saves a saved city again, with today's details"
            >
              Update the saved copy
            </Translate>
          ) : (
            <Translate
              id="offline.save"
              description="Button on a city page that saves it for offline reading"
            >
              Save for offline
            </Translate>
          )}
        </button>
        {saved && (
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => void remove(saved, setStatus)}
            disabled={busy}
            data-offline-remove=""
          >
            <Translate id="offline.remove" description="Button that deletes a city's offline copy">
              Remove
            </Translate>
          </button>
        )}
      </p>
      <ErrorLine status={status} />
    </section>
  );
}

/**
 * On a saved page (a city or one of its organisations): when the browser is offline, says that this is the
 * copy saved on a date, and that details may have changed.
 */
export function SavedCopyNotice(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const cities = useSavedCities();
  const offline = useOffline();
  if (!cities || typeof window === 'undefined') return null;
  const city = cityOfPage(
    {version: 1, cities: Object.fromEntries(cities.map((entry) => [entry.key, entry]))},
    window.location.href,
  );
  if (!city || !offline) return null;
  return (
    <div className="alert alert--warning margin-bottom--md" role="note" data-offline-notice="">
      <strong>
        <Translate
          id="offline.notice.title"
          description="Title of the notice on a page opened from its offline copy"
        >
          You are offline.
        </Translate>
      </strong>{' '}
      <Translate
        id="offline.notice.body"
        description="Notice on a page opened from its offline copy; {date} is when it was saved"
        values={{date: formatSavedAt(city.savedAt, i18n.currentLocale)}}
      >
        {'This copy was saved on {date}. Details may have changed: call to confirm.'}
      </Translate>
    </div>
  );
}

/** The home page's list of saved cities (nothing when none is saved, or without JavaScript). */
export function SavedCitiesList(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const cities = useSavedCities();
  const [status, setStatus] = useState<Status>({kind: 'idle'});
  if (!cities || cities.length === 0) return null;
  const label = (name: string) =>
    translate(
      {
        id: 'offline.list.remove',
        message: 'Remove {city}',
        description: 'Accessible name of the button that deletes a saved city; {city} is its name',
      },
      {city: name},
    );
  return (
    <section className={styles.list} aria-labelledby="home-saved-cities" data-saved-cities="">
      <h2 id="home-saved-cities">
        <Translate
          id="offline.list.heading"
          description="Heading of the home page's list of cities saved for offline reading"
        >
          Saved on this device
        </Translate>
      </h2>
      <ul>
        {cities.map((city) => (
          <li key={city.key}>
            {/* A page load (not the client router): the city page is served whole, from its saved copy when offline. */}
            <a href={city.url} lang={city.locale}>
              {city.name}
            </a>{' '}
            <span className={styles.savedAt}>
              <Translate
                id="offline.list.savedOn"
                description="When a city in the home page's list was saved; {date} is a date and time"
                values={{date: formatSavedAt(city.savedAt, i18n.currentLocale)}}
              >
                {'saved on {date}'}
              </Translate>
            </span>{' '}
            <button
              type="button"
              className="button button--link button--sm"
              aria-label={label(city.name)}
              onClick={() => void remove(city, setStatus)}
              disabled={status.kind === 'busy'}
            >
              <Translate
                id="offline.remove"
                description="Button that deletes a city's offline copy"
              >
                Remove
              </Translate>
            </button>
          </li>
        ))}
      </ul>
      <ErrorLine status={status} />
    </section>
  );
}
