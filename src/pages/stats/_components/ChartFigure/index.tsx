import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A chart and its data table side by side (stacked on narrow screens), with
 * one heading. The SVG is `role="img"` named by its <title> and <desc>; the
 * table carries the same numbers for screen readers and for copying.
 */
export default function ChartFigure({
  id,
  heading,
  note,
  chart,
  table,
}: {
  id: string;
  heading: ReactNode;
  note?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}): ReactNode {
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {note && <p className={styles.note}>{note}</p>}
      <div className={styles.pair}>
        <div className={styles.chart}>{chart}</div>
        {/* Focusable so keyboard users can scroll a long table (WCAG 2.1.1). */}
        <div className={styles.table} tabIndex={0} role="region" aria-labelledby={`${id}-heading`}>
          {table}
        </div>
      </div>
    </section>
  );
}

/** A two- or more-column table: one header row, then rows of cells. */
export function DataTable({
  caption,
  head,
  rows,
}: {
  caption: ReactNode;
  head: ReactNode[];
  rows: ReactNode[][];
}): ReactNode {
  return (
    <table>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {head.map((cell, index) => (
            <th key={index} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={index} className={styles.number}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
