/**
 * Chooses which 2 to 4 playbooks of the topic are compared. The choice is
 * kept in the URL (`?playbook=…`, repeated, in column order) so the address
 * can be shared. Needs JavaScript; without it the page shows the default
 * comparison and this control is not rendered.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {MAX_COMPARED} from '@site/src/lib/compareSelection';
import type {CompareCandidate} from '@site/src/plugins/compare/types';
import {maturityLabel} from '@site/src/pages/directory/_components/labels';
import styles from './styles.module.css';

/**
 * @param props.playbooks - every playbook of the topic
 * @param props.selected - ids shown, in column order
 * @param props.onChange - receives the new ordered ids
 */
export default function PlaybookChooser({
  playbooks,
  selected,
  onChange,
}: {
  playbooks: CompareCandidate[];
  selected: string[];
  onChange: (ids: string[]) => void;
}): ReactNode {
  const full = selected.length >= MAX_COMPARED;
  return (
    <fieldset className={styles.chooser}>
      <legend>
        <Translate
          id="compare.chooser.legend"
          values={{max: MAX_COMPARED}}
          description="Legend of the checkboxes that choose which playbooks are compared"
        >
          {'Playbooks to compare (2 to {max})'}
        </Translate>
      </legend>
      <ul className={styles.list}>
        {playbooks.map((playbook) => {
          const checked = selected.includes(playbook.id);
          const inputId = `compare-${playbook.id.replace(/[^a-z0-9-]/g, '-')}`;
          return (
            <li key={playbook.id}>
              <input
                type="checkbox"
                id={inputId}
                className={styles.checkbox}
                checked={checked}
                disabled={!checked && full}
                onChange={() =>
                  onChange(
                    checked
                      ? selected.filter((id) => id !== playbook.id)
                      : [...selected, playbook.id],
                  )
                }
              />
              <label htmlFor={inputId}>
                <strong>{playbook.cities.map((city) => city.name).join(', ')}</strong>:{' '}
                {playbook.title} ({maturityLabel(playbook.maturity)})
              </label>
            </li>
          );
        })}
      </ul>
      {full && playbooks.length > MAX_COMPARED && (
        <p className={styles.hint}>
          <Translate
            id="compare.chooser.full"
            values={{max: MAX_COMPARED}}
            description="Hint when the maximum number of playbooks is selected"
          >
            {'At most {max} playbooks fit side by side: untick one to choose another.'}
          </Translate>
        </p>
      )}
    </fieldset>
  );
}
