import React, {type ReactNode} from 'react';
import {niceTicks} from '../scale';
import styles from './styles.module.css';

/** One line: its name and one value per x label. */
export type Series = {name: string; values: number[]};

const WIDTH = 640;
const HEIGHT = 280;
const LEFT = 44;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 56;
/** Line styles differ by dash pattern as well as colour, so colour is not the only cue (WCAG 1.4.1). */
const DASHES = ['', '8 4', '2 4'];

/**
 * A line chart of counts over time as static SVG, with a legend.
 * @param id - unique prefix for element ids
 * @param title - short name of the chart
 * @param description - one sentence on what it shows (the table beside it has every value)
 * @param labels - x labels, e.g. months `2026-01`
 * @param series - up to three lines
 */
export default function LineChart({
  id,
  title,
  description,
  labels,
  series,
}: {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: Series[];
}): ReactNode {
  const ticks = niceTicks(Math.max(0, ...series.flatMap((line) => line.values)));
  const top = ticks[ticks.length - 1]!;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) =>
    Math.round(
      (LEFT + (labels.length <= 1 ? plotWidth / 2 : (index / (labels.length - 1)) * plotWidth)) *
        10,
    ) / 10;
  const y = (value: number) =>
    Math.round((TOP + plotHeight - (value / top) * plotHeight) * 10) / 10;
  // At most about 8 x labels, always the first and the last.
  const every = Math.max(1, Math.ceil(labels.length / 8));
  const shown = labels
    .map((label, index) => ({label, index}))
    .filter(({index}) => index % every === 0 || index === labels.length - 1);
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className={styles.grid} x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text
            className={styles.tick}
            x={LEFT - 6}
            y={y(tick)}
            dominantBaseline="middle"
            textAnchor="end"
          >
            {tick}
          </text>
        </g>
      ))}
      {shown.map(({label, index}) => (
        <text
          key={label}
          className={styles.tick}
          x={x(index)}
          y={TOP + plotHeight + 16}
          textAnchor="middle"
        >
          {label}
        </text>
      ))}
      {series.map((line, seriesIndex) => (
        <g key={line.name} className={styles[`series${seriesIndex}`]}>
          <polyline
            className={styles.line}
            strokeDasharray={DASHES[seriesIndex] || undefined}
            points={line.values
              .map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`)
              .join(' ')}
          />
          {line.values.length === 1 && (
            <circle cx={x(0)} cy={y(line.values[0]!)} r={4} className={styles.dot} />
          )}
          <line
            className={styles.line}
            strokeDasharray={DASHES[seriesIndex] || undefined}
            x1={LEFT + seriesIndex * 180}
            x2={LEFT + seriesIndex * 180 + 28}
            y1={HEIGHT - 14}
            y2={HEIGHT - 14}
          />
          <text
            className={styles.legend}
            x={LEFT + seriesIndex * 180 + 34}
            y={HEIGHT - 14}
            dominantBaseline="middle"
          >
            {line.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
