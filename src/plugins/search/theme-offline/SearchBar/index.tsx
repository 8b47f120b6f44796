/**
 * The navbar search box (navbar item `{type: 'search'}`): a plain GET form to
 * /search, so it works without JavaScript. With JavaScript, submitting it
 * navigates inside the app instead of reloading. Nothing is sent anywhere:
 * the search page answers the query in this browser.
 */
import React, {useState, type FormEvent, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useHistory, useLocation} from '@docusaurus/router';
import styles from './styles.module.css';

export default function SearchBar(): ReactNode {
  const action = useBaseUrl('/search');
  const history = useHistory();
  const location = useLocation();
  const [value, setValue] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    const query = value.trim().replace(/\s+/g, ' ');
    if (query) {
      params.set('q', query);
    }
    const search = params.toString();
    const target = `${action}${search ? `?${search}` : ''}`;
    if (location.pathname === action || location.pathname === `${action}/`) {
      history.replace(target);
    } else {
      history.push(target);
    }
    setValue('');
  };

  return (
    <form role="search" action={action} method="get" className={styles.form} onSubmit={onSubmit}>
      <label htmlFor="navbar-search-input" className="sc-visually-hidden">
        <Translate
          id="search.navbar.label"
          description="Navbar: label of the search field (read by screen readers)"
        >
          Search the site
        </Translate>
      </label>
      <input
        id="navbar-search-input"
        className={styles.input}
        type="search"
        name="q"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder={translate({
          id: 'search.navbar.placeholder',
          message: 'Search',
          description: 'Navbar: placeholder of the search field',
        })}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={200}
      />
      <button type="submit" className={styles.button}>
        <svg
          className={styles.icon}
          viewBox="0 0 20 20"
          width="16"
          height="16"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M8.5 3a5.5 5.5 0 0 1 4.383 8.823l3.647 3.647a.75.75 0 1 1-1.06 1.06l-3.647-3.646A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
            fill="currentColor"
          />
        </svg>
        <span className="sc-visually-hidden">
          <Translate
            id="search.navbar.submit"
            description="Navbar: search button (read by screen readers)"
          >
            Search
          </Translate>
        </span>
      </button>
    </form>
  );
}
