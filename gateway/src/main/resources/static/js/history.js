// Oversikt: the years that were published, side by side — chapter 1's key ratios (the municipality's own column of
// the key-figure table, from GET /api/published/series/{table}) and the goal statuses (GET /api/published/goal-statuses).
import { h, replace, dataTable, notice } from './dom.js';
import { tryGet } from './api.js';
import { number, GOAL_STATUS } from './format.js';
import { loadYears } from './years.js';

/** Chapter 1's key-figure table of a release (KOSTRA «nøkkeltall»), as open data lists it. */
async function keyRatioTable(year) {
  const index = await tryGet(`/api/published/${year}/tables`);
  const tables = (index && index.tables) || [];
  return tables.find((t) => t.chapter === '1' && /nøkkeltall/i.test(t.caption || '')) || null;
}

/** JSON-stat value at (period p, entity e, measure m). */
function at(dataset, p, e, m) {
  const [, entities, measures] = dataset.size;
  return dataset.value[(p * entities + e) * measures + m];
}

function keyRatios(dataset) {
  const years = dataset.dimension.period.category.index;
  const entity = dataset.dimension.entity.category;
  const measure = dataset.dimension.measure.category;
  const own = measure.index[0];
  return dataTable({
    caption: `${dataset.label}: ${measure.label[own]} per år`,
    columns: [{ label: 'Nøkkeltall' }, ...years.map((y) => ({ label: y, num: true }))],
    rows: entity.index.map((e, ei) => ({
      cells: [entity.label[e], ...years.map((y, pi) => number(at(dataset, pi, ei, 0)))],
    })),
  });
}

function goalStatuses(history) {
  const codes = Object.keys(GOAL_STATUS);
  return dataTable({
    caption: 'Måloppnåelse per år (indikatorer etter rapportert status)',
    columns: [{ label: 'År' }, { label: 'Utgave', num: true }, ...codes.map((c) => ({ label: GOAL_STATUS[c], num: true }))],
    rows: history.map((y) => ({
      cells: [String(y.year), number(y.release, 0), ...codes.map((c) => number(y.counts[c] || 0, 0))],
    })),
  });
}

/** The section; it fills itself in when the history has been read. */
export function historySection() {
  const section = h('section', { 'aria-labelledby': 'utvikling', class: 'history' }, h('h2', { id: 'utvikling' }, 'Utvikling over år'));
  const body = h('div', {}, h('p', { class: 'loading' }, 'Henter de publiserte årene …'));
  section.append(body);
  (async () => {
    const { years } = await loadYears();
    const published = years.filter((y) => y.releases && y.releases.length).map((y) => y.year).sort((a, b) => a - b);
    if (!published.length) {
      replace(body, h('p', {}, 'Ingen år er publisert ennå. Når et år er publisert, vises nøkkeltallene og måloppnåelsen her år for år.'));
      return;
    }
    const table = await keyRatioTable(published[published.length - 1]);
    const [series, goals] = await Promise.all([
      table ? tryGet(`/api/published/series/${encodeURIComponent(table.id)}`) : null,
      tryGet('/api/published/goal-statuses'),
    ]);
    replace(body,
      h('p', {}, `Publiserte år: ${published.join(', ')}. Tallene er fra siste utgave av hvert år.`),
      h('h3', {}, 'Økonomiske nøkkeltall'),
      series ? keyRatios(series) : notice('warn', null, h('p', {}, 'Nøkkeltallene over år kunne ikke hentes.')),
      table ? h('p', { class: 'meta' }, 'Last ned: ', ['csv', 'xlsx', 'json'].map((f, i) => [i ? ' · ' : '',
        h('a', { href: `/api/published/series/${encodeURIComponent(table.id)}.${f}` }, f === 'json' ? 'JSON-stat' : f.toUpperCase())])) : null,
      h('h3', {}, 'Måloppnåelse'),
      goals ? goalStatuses(goals) : notice('warn', null, h('p', {}, 'Måloppnåelsen over år kunne ikke hentes.')));
    section.dataset.ready = 'true';
  })();
  return section;
}
