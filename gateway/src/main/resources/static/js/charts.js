// Charts as inline SVG, built here. Each is an image with a title and a description (role="img"); the page
// puts a table with the same numbers right after it. Colours come with patterns, signs and labels, so no
// information is carried by colour alone.
import { h, s, id } from './dom.js';
import { number, signed } from './format.js';

const WIDTH = 800;
const ROW = 26;
const LABEL_WIDTH = 250;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Fill patterns: one per series, so series differ by more than colour. */
const PATTERNS = {
  solid: () => null,
  stripes: (pid, color) => s('pattern', { id: pid, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { width: 8, height: 8, fill: color }), s('rect', { width: 3, height: 8, fill: '#ffffff', opacity: 0.55 })),
  dots: (pid, color) => s('pattern', { id: pid, width: 7, height: 7, patternUnits: 'userSpaceOnUse' },
    s('rect', { width: 7, height: 7, fill: color }), s('circle', { cx: 3.5, cy: 3.5, r: 1.6, fill: '#ffffff', opacity: 0.7 })),
  cross: (pid, color) => s('pattern', { id: pid, width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
    s('rect', { width: 8, height: 8, fill: color }), s('path', { d: 'M0 4H8M4 0V8', stroke: '#ffffff', 'stroke-width': 1.5, opacity: 0.6 })),
  horizontal: (pid, color) => s('pattern', { id: pid, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
    s('rect', { width: 6, height: 6, fill: color }), s('path', { d: 'M0 3H6', stroke: '#ffffff', 'stroke-width': 1.5, opacity: 0.6 })),
  vertical: (pid, color) => s('pattern', { id: pid, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
    s('rect', { width: 6, height: 6, fill: color }), s('path', { d: 'M3 0V6', stroke: '#ffffff', 'stroke-width': 1.5, opacity: 0.6 })),
};

function fillFor(defs, series) {
  const make = PATTERNS[series.pattern || 'solid'] || PATTERNS.solid;
  const pid = id('pattern');
  const pattern = make(pid, series.color);
  if (!pattern) return series.color;
  defs.append(pattern);
  return `url(#${pid})`;
}

function svgRoot(height, title, description) {
  const titleId = id('chart-title');
  const descId = id('chart-desc');
  return s('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    'font-family': FONT, 'font-size': 13, preserveAspectRatio: 'xMinYMin meet',
  }, s('title', { id: titleId }, title), s('desc', { id: descId }, description));
}

/** A legend as an HTML list with the same swatches (pattern and colour) as the chart. */
export function legend(series) {
  return h('ul', { class: 'legend' }, series.map((item) => {
    const svg = s('svg', { width: 18, height: 14, viewBox: '0 0 18 14', 'aria-hidden': 'true', focusable: 'false' });
    const defs = s('defs');
    svg.append(defs, s('rect', { width: 18, height: 14, fill: fillFor(defs, item), stroke: '#1a1a1a', 'stroke-width': 1 }));
    return h('li', {}, svg, item.label);
  }));
}

/**
 * Deviation per row, diverging from zero: positive to the right, negative to the left (hatched), each bar
 * labelled with its signed value. rows: [{label, value}]; options: {title, description, positive, negative}.
 */
export function divergingBarChart(rows, { title, description, positive, negative, digits }) {
  const values = rows.map((r) => Number(r.value)).filter(Number.isFinite);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const top = 34;
  const height = top + rows.length * ROW + 12;
  const plotLeft = LABEL_WIDTH + 62;
  const plotWidth = WIDTH - plotLeft - 62;
  const x = (v) => plotLeft + ((v - min) / span) * plotWidth;
  const svg = svgRoot(height, title, description);
  const defs = s('defs');
  svg.append(defs);
  const positiveFill = fillFor(defs, positive);
  const negativeFill = fillFor(defs, negative);
  const zero = x(0);
  svg.append(
    s('text', { x: zero - 8, y: 16, 'text-anchor': 'end', fill: '#1a1a1a' }, `← ${negative.label}`),
    s('text', { x: zero + 8, y: 16, 'text-anchor': 'start', fill: '#1a1a1a' }, `${positive.label} →`),
  );
  rows.forEach((row, i) => {
    const y = top + i * ROW;
    const v = Number(row.value);
    const g = s('g', {});
    g.append(s('text', { x: LABEL_WIDTH, y: y + ROW / 2 + 4, 'text-anchor': 'end', fill: '#1a1a1a' }, truncate(row.label, 34)));
    if (Number.isFinite(v)) {
      const x1 = Math.min(zero, x(v));
      const w = Math.max(Math.abs(x(v) - zero), v === 0 ? 0 : 1.5);
      g.append(s('rect', { x: x1, y: y + 4, width: w, height: ROW - 8, fill: v < 0 ? negativeFill : positiveFill, stroke: '#1a1a1a', 'stroke-width': 0.5 }));
      const labelX = v < 0 ? x1 - 6 : x1 + w + 6;
      g.append(s('text', { x: labelX, y: y + ROW / 2 + 4, 'text-anchor': v < 0 ? 'end' : 'start', fill: '#1a1a1a' }, signed(row.value, digits)));
    } else {
      g.append(s('text', { x: zero + 6, y: y + ROW / 2 + 4, fill: '#4d4d4d' }, 'mangler'));
    }
    svg.append(g);
  });
  svg.append(s('line', { x1: zero, x2: zero, y1: top - 4, y2: height - 8, stroke: '#1a1a1a', 'stroke-width': 1.5 }));
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), svg, legend([positive, negative]));
}

/**
 * Stacked horizontal bars: rows [{label, parts: {key: count}}], series [{key, label, color, pattern}].
 * Each segment wide enough shows its count; the total stands after the bar.
 */
export function stackedBarChart(rows, series, { title, description }) {
  const totals = rows.map((r) => series.reduce((sum, item) => sum + (Number(r.parts[item.key]) || 0), 0));
  const max = Math.max(1, ...totals);
  const top = 8;
  const height = top + rows.length * ROW + 8;
  const plotLeft = LABEL_WIDTH + 10;
  const plotWidth = WIDTH - plotLeft - 60;
  const svg = svgRoot(height, title, description);
  const defs = s('defs');
  svg.append(defs);
  const fills = Object.fromEntries(series.map((item) => [item.key, fillFor(defs, item)]));
  rows.forEach((row, i) => {
    const y = top + i * ROW;
    const g = s('g', {});
    g.append(s('text', { x: LABEL_WIDTH, y: y + ROW / 2 + 4, 'text-anchor': 'end', fill: '#1a1a1a' }, truncate(row.label, 36)));
    let offset = plotLeft;
    for (const item of series) {
      const count = Number(row.parts[item.key]) || 0;
      if (count === 0) continue;
      const w = (count / max) * plotWidth;
      g.append(s('rect', { x: offset, y: y + 4, width: w, height: ROW - 8, fill: fills[item.key], stroke: '#ffffff', 'stroke-width': 1 },
        s('title', {}, `${item.label}: ${number(count, 0)}`)));
      if (w >= 24) {
        g.append(s('text', { x: offset + w / 2, y: y + ROW / 2 + 4, 'text-anchor': 'middle', fill: '#ffffff', 'font-weight': 700,
          stroke: '#1a1a1a', 'stroke-width': 2.5, 'paint-order': 'stroke' }, number(count, 0)));
      }
      offset += w;
    }
    g.append(s('text', { x: offset + 6, y: y + ROW / 2 + 4, fill: '#1a1a1a' }, `${number(totals[i], 0)}`));
    svg.append(g);
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), legend(series), svg);
}

/**
 * Lines over years: series [{key, label, color, dash, marker, points: [{year, value}]}], y from 0 to the
 * largest value. Lines differ by dash pattern and marker shape as well as colour; every point has a title.
 */
export function lineChart(series, { title, description, unit }) {
  const points = series.flatMap((item) => item.points);
  const years = points.map((p) => p.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const maxValue = Math.max(1, ...points.map((p) => Number(p.value)));
  const height = 300;
  const left = 56;
  const right = 24;
  const top = 16;
  const bottom = 36;
  const x = (year) => left + ((year - minYear) / (maxYear - minYear || 1)) * (WIDTH - left - right);
  const y = (value) => top + (1 - Number(value) / maxValue) * (height - top - bottom);
  const svg = svgRoot(height, title, description);
  const axis = s('g', { fill: '#1a1a1a' });
  for (let step = 0; step <= 4; step += 1) {
    const value = (maxValue * step) / 4;
    axis.append(s('line', { x1: left, x2: WIDTH - right, y1: y(value), y2: y(value), stroke: '#d0d0d0' }),
      s('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end' }, `${number(value, 0)}${unit || ''}`));
  }
  [...new Set(years)].sort().forEach((year) => axis.append(
    s('text', { x: x(year), y: height - bottom + 18, 'text-anchor': 'middle' }, String(year))));
  svg.append(axis);
  const markers = {
    circle: (cx, cy, color) => s('circle', { cx, cy, r: 4.5, fill: color }),
    square: (cx, cy, color) => s('rect', { x: cx - 4, y: cy - 4, width: 8, height: 8, fill: color }),
    diamond: (cx, cy, color) => s('path', { d: `M${cx} ${cy - 5.5}L${cx + 5.5} ${cy}L${cx} ${cy + 5.5}L${cx - 5.5} ${cy}Z`, fill: color }),
  };
  series.forEach((item) => {
    const sorted = [...item.points].sort((a, b) => a.year - b.year);
    const g = s('g', {});
    g.append(s('polyline', { points: sorted.map((p) => `${x(p.year)},${y(p.value)}`).join(' '), fill: 'none',
      stroke: item.color, 'stroke-width': 2.5, 'stroke-dasharray': item.dash || null }));
    sorted.forEach((p) => {
      const marker = (markers[item.marker] || markers.circle)(x(p.year), y(p.value), item.color);
      marker.append(s('title', {}, `${item.label}, ${p.year}: ${number(p.value)}${unit || ''}`));
      g.append(marker);
    });
    svg.append(g);
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), legend(series), svg);
}

/** The six goal statuses in a fixed order, with colours and patterns (text on them is outlined). */
export const GOAL_SERIES = [
  { key: 'reached', label: 'Nådd', color: '#1d6b32', pattern: 'solid' },
  { key: 'largely-reached', label: 'I stor grad nådd', color: '#3f7f1f', pattern: 'stripes' },
  { key: 'partly-reached', label: 'Delvis nådd', color: '#8a5a00', pattern: 'dots' },
  { key: 'not-reached', label: 'Ikke nådd', color: '#b0001e', pattern: 'cross' },
  { key: 'not-measurable', label: 'Ikke målbart', color: '#5a5a5a', pattern: 'horizontal' },
  { key: 'not-assessed', label: 'Ikke vurdert', color: '#2c4f7c', pattern: 'vertical' },
];

export const SECTION_SERIES = [
  { key: 'approved', label: 'Godkjent', color: '#1d6b32', pattern: 'solid' },
  { key: 'submitted', label: 'Sendt inn', color: '#2c4f7c', pattern: 'stripes' },
  { key: 'returned', label: 'Returnert', color: '#8a5a00', pattern: 'cross' },
  { key: 'draft', label: 'Utkast', color: '#5a5a5a', pattern: 'dots' },
];

/**
 * A ranked bar per row, from zero, labelled with its value: rows [{label, value, highlight}] in rank order. The
 * highlighted row (the region compared) differs by pattern and a bold label as well as colour; rows without a
 * value say so. options: {title, description, digits, unit, series: {normal, highlight}}.
 */
export function rankedBarChart(rows, { title, description, digits, unit, series }) {
  const values = rows.map((r) => Number(r.value)).filter(Number.isFinite);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const top = 8;
  const height = top + rows.length * ROW + 8;
  const plotLeft = LABEL_WIDTH + 10;
  const plotWidth = WIDTH - plotLeft - 110;
  const x = (v) => plotLeft + ((v - min) / span) * plotWidth;
  const svg = svgRoot(height, title, description);
  const defs = s('defs');
  svg.append(defs);
  const normalFill = fillFor(defs, series.normal);
  const highlightFill = fillFor(defs, series.highlight);
  const zero = x(0);
  rows.forEach((row, i) => {
    const y = top + i * ROW;
    const v = Number(row.value);
    const g = s('g', {});
    g.append(s('text', { x: LABEL_WIDTH, y: y + ROW / 2 + 4, 'text-anchor': 'end', fill: '#1a1a1a',
      'font-weight': row.highlight ? 700 : 400 }, truncate(row.label, 34)));
    if (row.value !== null && row.value !== undefined && Number.isFinite(v)) {
      const x1 = Math.min(zero, x(v));
      const w = Math.max(Math.abs(x(v) - zero), v === 0 ? 0 : 1.5);
      g.append(s('rect', { x: x1, y: y + 4, width: w, height: ROW - 8, fill: row.highlight ? highlightFill : normalFill,
        stroke: '#1a1a1a', 'stroke-width': row.highlight ? 1.5 : 0.5 }));
      g.append(s('text', { x: Math.max(zero, x(v)) + 6, y: y + ROW / 2 + 4, fill: '#1a1a1a',
        'font-weight': row.highlight ? 700 : 400 }, `${number(row.value, digits)}${unit ? ` ${unit}` : ''}`));
    } else {
      g.append(s('text', { x: zero + 6, y: y + ROW / 2 + 4, fill: '#4d4d4d' }, row.missing || 'mangler'));
    }
    svg.append(g);
  });
  svg.append(s('line', { x1: zero, x2: zero, y1: top - 4, y2: height - 4, stroke: '#1a1a1a', 'stroke-width': 1 }));
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), legend([series.highlight, series.normal]), svg);
}
