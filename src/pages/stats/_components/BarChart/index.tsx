import React, {type ReactNode} from 'react';
import {niceTicks} from '../scale';
import styles from './styles.module.css';

/** One bar: its label, its value, and the text printed after it (e.g. "12" or "75 %"). */
export type Bar = {label: string; value: number; text: string};

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 56;
const ROW = 26;
const AXIS = 24;

/**
 * A horizontal bar chart as static SVG: readable without JavaScript, named
 * by <title> and described by <desc> (the numbers are in the table beside it).
 * @param id - unique prefix for element ids
 * @param title - short name of the chart
 * @param description - one sentence saying what the chart shows and its largest values
 * @param bars - the bars, in display order
 * @param max - the value of a full-length bar (default: a nice number ≥ the largest value)
 */
export default function BarChart({
  id,
  title,
  description,
  bars,
  max,
}: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  max?: number;
}): ReactNode {
  const ticks =
    max === undefined ? niceTicks(Math.max(0, ...bars.map((bar) => bar.value))) : [0, max / 2, max];
  const top = ticks[ticks.length - 1]!;
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  // Rounded to a tenth of a pixel: enough precision, shorter HTML.
  const x = (value: number) => Math.round((LABEL_WIDTH + (value / top) * plot) * 10) / 10;
  const height = bars.length * ROW + AXIS;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className={styles.grid} x1={x(tick)} x2={x(tick)} y1={0} y2={bars.length * ROW} />
          <text className={styles.tick} x={x(tick)} y={bars.length * ROW + 16} textAnchor="middle">
            {tick}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => (
        <g key={`${bar.label}-${index}`} transform={`translate(0 ${index * ROW})`}>
          <text
            className={styles.label}
            x={LABEL_WIDTH - 8}
            y={ROW / 2}
            dominantBaseline="middle"
            textAnchor="end"
            suppressHydrationWarning
          >
            {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
          </text>
          <rect
            className={styles.bar}
            x={LABEL_WIDTH}
            y={4}
            width={Math.max(0, x(bar.value) - LABEL_WIDTH)}
            height={ROW - 8}
          />
          <text className={styles.value} x={x(bar.value) + 6} y={ROW / 2} dominantBaseline="middle">
            {bar.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
