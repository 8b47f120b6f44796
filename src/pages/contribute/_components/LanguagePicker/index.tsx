import React, {useId, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Problem} from '@site/src/lib/problems';
import {fieldDomId} from '@site/src/lib/contribute/fieldErrors';
import {languageName} from '@site/src/pages/directory/_components/labels';
import {FieldProblems} from '../Field';
import fieldStyles from '../Field/styles.module.css';
import styles from './styles.module.css';

/**
 * The BCP-47 code for what a person typed: a code, or a language's name in
 * the reader's language or in English (names from `Intl.DisplayNames`, like
 * the rest of the site). Anything else is returned as typed; the validator judges it.
 * @param input - e.g. `Somali`, `somalí` or `so`
 * @param languages - codes offered in the suggestion list
 * @param locale - the interface locale, e.g. `es`
 */
export function resolveLanguage(input: string, languages: string[], locale: string): string {
  const wanted = input.trim().toLowerCase();
  for (const code of languages) {
    if (
      code.toLowerCase() === wanted ||
      languageName(code, locale).toLowerCase() === wanted ||
      languageName(code, 'en').toLowerCase() === wanted
    )
      return code;
  }
  return input.trim();
}

/** Picks languages by name and stores BCP-47 codes, shown as removable names. */
export default function LanguagePicker({
  form,
  field,
  label,
  hint,
  languages,
  selected,
  onChange,
  problems,
}: {
  form: string;
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  languages: string[];
  selected: string[];
  onChange: (codes: string[]) => void;
  problems?: Problem[];
}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const [text, setText] = useState('');
  const listId = useId();
  const id = fieldDomId(form, field);
  const hasErrors = problems?.some((problem) => problem.severity === 'error') ?? false;
  const describedBy = [
    `${id}-hint`,
    problems && problems.length > 0 ? `${id}-problems` : '',
    `${id}-chosen`,
  ]
    .filter(Boolean)
    .join(' ');
  const add = () => {
    if (!text.trim()) return;
    const code = resolveLanguage(text, languages, locale);
    if (!selected.includes(code)) onChange([...selected, code]);
    setText('');
  };
  return (
    <div className={fieldStyles.field + (hasErrors ? ` ${fieldStyles.invalid}` : '')}>
      <label htmlFor={id} className={fieldStyles.label}>
        {label}
      </label>
      <p id={`${id}-hint`} className={fieldStyles.hint}>
        {hint ?? (
          <Translate id="contribute.languages.hint" description="Hint of a language picker">
            Type a language name (e.g. Somali) or a code (e.g. so), then press Enter or "Add".
          </Translate>
        )}
      </p>
      <FieldProblems id={`${id}-problems`} problems={problems} />
      <div className={styles.row}>
        <input
          id={id}
          type="text"
          list={listId}
          value={text}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={hasErrors || undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button--sm button--secondary" onClick={add}>
          <Translate
            id="contribute.languages.add"
            description="Button that adds the typed language"
          >
            Add
          </Translate>
        </button>
      </div>
      <datalist id={listId}>
        {languages.map((code) => (
          <option key={code} value={languageName(code, locale)}>
            {code}
          </option>
        ))}
      </datalist>
      <ul
        id={`${id}-chosen`}
        className={styles.chosen}
        aria-label={translate({
          id: 'contribute.languages.chosen',
          message: 'Chosen languages',
          description: 'Accessible name of the list of chosen languages',
        })}
      >
        {selected.map((code) => (
          <li key={code}>
            <span suppressHydrationWarning>{languageName(code, locale)}</span> <code>{code}</code>{' '}
            <button
              type="button"
              className="button button--sm button--link"
              aria-label={translate(
                {
                  id: 'contribute.languages.remove',
                  message: 'Remove {name}',
                  description: 'Button that removes a chosen language',
                },
                {name: languageName(code, locale)},
              )}
              onClick={() => onChange(selected.filter((item) => item !== code))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
