// Sammenlign: a municipality's KOSTRA figures against its peers, from the national key-figure store
// (/api/key-figures): pick a measure, the municipality, the year and whom to compare with; a ranked bar chart
// with its table, and the series over every year stored with the peers' mean and median. Controllers and
// administrators import Statistics Norway's JSON-stat files here, with a progress bar.
import { h, id, replace, notice, announce, dataTable } from '../dom.js';
import { get, tryGet, upload, ApiError } from '../api.js';
import { uploadForm } from '../upload.js';
import { number, unitLabel } from '../format.js';
import { rankedBarChart, lineChart } from '../charts.js';

const API = '/api/key-figures';
const ALL = 'all';
const OWN_LIST = 'liste';
const KINDS = { municipality: 'kommune', county: 'fylke', 'kostra-group': 'KOSTRA-gruppe', national: 'landet', aggregate: 'aggregat' };
const BAR_SERIES = {
  normal: { label: 'Sammenligningskommune', color: '#2c4f7c', pattern: 'solid' },
  highlight: { label: 'Valgt kommune', color: '#8a5a00', pattern: 'stripes' },
};

function unitText(result) {
  return result.unitText || unitLabel(result.unit);
}

function valueText(entry, digits) {
  if (entry.value !== null && entry.value !== undefined) return number(entry.value, digits);
  return entry.statusText ? `${entry.status} (${entry.statusText.toLowerCase()})` : '–';
}

function select(label, name, options, selected, hint) {
  const selectId = id(name);
  const hintId = hint ? id(`${name}-hint`) : null;
  const el = h('select', { id: selectId, name, 'aria-describedby': hintId },
    options.map((o) => (o.group
      ? h('optgroup', { label: o.group }, o.options.map((p) => h('option', { value: p.value, selected: p.value === selected }, p.label)))
      : h('option', { value: o.value, selected: o.value === selected }, o.label))));
  return { el, field: h('div', { class: 'field' }, h('label', { for: selectId }, label), hint ? h('p', { id: hintId, class: 'hint' }, hint) : null, el) };
}

/** The measures, grouped by their statistics table. */
function measureOptions(measures) {
  const tables = new Map();
  for (const m of measures) {
    const key = m.tableLabel || m.table || 'Annet';
    if (!tables.has(key)) tables.set(key, []);
    tables.get(key).push({ value: m.id, label: `${m.label} (${m.id})` });
  }
  return [...tables.entries()].map(([group, options]) => ({ group, options }));
}

function rankingSection(result, digits) {
  const compared = [result.region, ...result.peers];
  const ranked = compared.filter((e) => e.rank !== null && e.rank !== undefined).sort((a, b) => a.rank - b.rank);
  const unit = unitText(result);
  const title = `${result.label}, ${result.year}`;
  const count = result.statistics.count;
  const own = result.region;
  const summary = own.rank
    ? `${own.label} er nummer ${own.rank} av ${count} (nummer 1 har høyest verdi).`
    : `${own.label} har ingen verdi for ${result.year}${own.statusText ? `: ${own.statusText.toLowerCase()}` : ''}.`;
  const stats = result.statistics;
  const others = compared.filter((e) => !ranked.includes(e));
  return h('section', { 'aria-labelledby': 'rangering' },
    h('h2', { id: 'rangering' }, 'Rangering'),
    h('p', { class: 'summary' }, summary),
    h('dl', { class: 'figures' },
      [['Antall med verdi', number(stats.count, 0)], ['Gjennomsnitt', number(stats.mean, digits === undefined ? undefined : digits + 1)],
        ['Median', number(stats.median, digits)], ['Lavest', number(stats.min, digits)], ['Høyest', number(stats.max, digits)]]
        .map(([label, value]) => h('div', { class: 'figure-card' }, h('dt', {}, label), h('dd', { class: 'figure-value' }, value)))),
    rankedBarChart(ranked.map((e) => ({ label: e.label, value: e.value, highlight: e.code === own.code })), {
      title: `${title} (${unit})`,
      description: `Stolpediagram over ${ranked.length} kommuner rangert etter verdi, høyest først. ${summary} Tabellen under viser de samme tallene.`,
      digits, unit, series: BAR_SERIES,
    }),
    dataTable({
      caption: `${title}, rangert (${unit})`,
      columns: [{ label: 'Rang', num: true }, { label: 'Region' }, { label: 'Kode' }, { label: 'Verdi', num: true }, { label: 'Merknad' }],
      rows: [...ranked, ...others].map((e) => ({
        cells: [e.rank ? number(e.rank, 0) : '–', e.code === own.code ? h('strong', {}, e.label) : e.label, e.code,
          valueText(e, digits), e.reference ? `Til sammenligning (${KINDS[e.kind] || e.kind})` : ''],
      })),
      rowHeader: false,
    }));
}

function seriesSection(series, digits) {
  const unit = unitText(series);
  const points = series.points.filter((p) => p.value !== null && p.value !== undefined);
  const lines = [{ key: 'region', label: series.region.label, color: '#8a5a00', marker: 'circle', points: points.map((p) => ({ year: Number(p.year), value: p.value })) }];
  const means = series.points.filter((p) => p.statistics && p.statistics.mean !== null && p.statistics.mean !== undefined);
  if (means.length) {
    lines.push({ key: 'mean', label: 'Gjennomsnitt for sammenligningen', color: '#2c4f7c', dash: '8 5', marker: 'square',
      points: means.map((p) => ({ year: Number(p.year), value: p.statistics.mean })) });
  }
  const section = h('section', { 'aria-labelledby': 'utvikling' }, h('h2', { id: 'utvikling' }, 'Utvikling over år'));
  if (series.points.length > 1 && lines[0].points.length > 0) {
    section.append(lineChart(lines, {
      title: `${series.label}, ${series.region.label} og sammenligningen (${unit})`,
      description: `Linjediagram over ${series.points.length} år. Tabellen under viser de samme tallene.`,
    }));
  }
  section.append(dataTable({
    caption: `${series.label}, ${series.region.label} per år (${unit})`,
    columns: [{ label: 'År' }, { label: series.region.label, num: true }, { label: 'Rang', num: true },
      { label: 'Gjennomsnitt', num: true }, { label: 'Median', num: true }],
    rows: series.points.map((p) => ({
      cells: [p.year, valueText(p, digits), p.rank ? `${number(p.rank, 0)} av ${number(p.ranked, 0)}` : '–',
        number(p.statistics && p.statistics.mean, digits === undefined ? undefined : digits + 1), number(p.statistics && p.statistics.median, digits)],
    })),
  }));
  return section;
}

/** The import form: upload with progress, then the import's own progress until it is done or failed. */
function importSection(showFigures) {
  const { form, result } = uploadForm({
    label: 'JSON-stat-fil fra SSB',
    hint: 'En tabell fra Statistikkbanken lastet ned som JSON-stat 2.0 (PxWebApi v2), opptil 100 MB. '
      + 'Importen er alt eller ingenting: har filen en feil, endres ingenting, og feilene vises med linje og kolonne. '
      + 'Samme fil to ganger endrer ingenting.',
    accept: '.json,application/json',
    missing: 'Velg en JSON-stat-fil fra SSB (.json) før du importerer.',
    button: 'Importer',
    progressLabel: 'Import',
    send: async (file, data, show) => {
      const answer = await upload(`${API}/imports`, data, (f) => show(f * 0.1, 'Laster opp …'));
      if (answer.status !== 202 || !answer.data) {
        replace(result, notice('error', 'Filen ble ikke tatt imot', h('p', {}, answer.message)));
        return;
      }
      report(await follow(answer.data.id, show));
    },
  });

  async function follow(importId, show) {
    for (;;) {
      const status = await get(`${API}/imports/${encodeURIComponent(importId)}`);
      const reading = status.valuesTotal ? `${number(status.valuesRead, 0)} verdier lest` : 'Leser filen …';
      show(0.1 + 0.9 * status.progress, status.slicesTotal ? `${reading}, ${number(status.valuesWritten, 0)} skrevet` : reading);
      if (status.state !== 'running') return status;
      await new Promise((resolve) => { setTimeout(resolve, 500); });
    }
  }

  function report(status) {
    if (status.state === 'done') {
      const text = status.valuesWritten > 0
        ? `${number(status.valuesRead, 0)} verdier lest, ${number(status.valuesWritten, 0)} lagret (${number(status.slicesDone - status.slicesUnchanged, 0)} nøkkeltall og år endret).`
        : `${number(status.valuesRead, 0)} verdier lest; alle var allerede lagret, så ingenting er endret.`;
      replace(result, notice('ok', `Filen «${status.fileName}» er importert`, h('p', {}, text),
        status.label ? h('p', {}, `Tabell: ${status.label}`) : null,
        h('p', {}, h('button', { type: 'button', class: 'button button--secondary', onclick: showFigures }, 'Vis tallene'))));
      announce(`Filen er importert. ${text}`);
      return;
    }
    const errors = status.errors || [];
    replace(result, notice('error', 'Filen ble ikke importert', h('p', {}, 'Ingenting er endret. Rett feilene under og importer filen på nytt.')),
      dataTable({
        caption: `Feil i filen (${errors.length})`,
        rowHeader: false,
        columns: [{ label: 'Sted i filen' }, { label: 'Linje', num: true }, { label: 'Kolonne', num: true }, { label: 'Feil' }],
        rows: errors.map((e) => ({ cells: [e.field || '–', e.line ? number(e.line, 0) : '–', e.column ? number(e.column, 0) : '–', e.message] })),
      }));
    announce(`Filen ble ikke importert. ${errors.length} feil.`);
  }

  return h('section', { 'aria-labelledby': 'import' }, h('h2', { id: 'import' }, 'Importer nøkkeltall fra SSB'), form, result);
}

export async function render(root, ctx, params) {
  const [measures, regionList, groups] = await Promise.all([get(`${API}/measures`), get(`${API}/regions`), get(`${API}/groups`)]);
  const mayImport = ctx.can.controller || (ctx.me.roles || []).includes('admin');
  const intro = h('p', {}, 'Sammenlign kommunens KOSTRA-tall med andre kommuner: velg nøkkeltall, kommune, år og hvem det skal sammenlignes med. '
    + 'Tallene kommer fra SSB og er importert i plattformens nøkkeltallslager.');
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  if (!measures.length) {
    replace(root, h('h1', {}, 'Sammenlign'), intro,
      notice('info', 'Ingen nøkkeltall ennå', h('p', {}, mayImport
        ? 'Ingen nøkkeltall er importert. Importer en JSON-stat-fil fra SSB under.'
        : 'Ingen nøkkeltall er importert. En kontroller eller administrator kan importere filer fra SSB.')),
      mayImport ? importSection(reload) : null);
    return;
  }
  const [measureParam, yearParam, regionParam, peersParam] = params;
  const measure = measures.find((m) => m.id === measureParam) || measures[0];
  const years = [...measure.years].sort().reverse();
  const year = years.includes(yearParam) ? yearParam : (years.includes(String(ctx.year)) ? String(ctx.year) : years[0]);
  const home = regionList.home.code;
  const municipalities = regionList.regions.filter((r) => r.kind === 'municipality');
  const region = municipalities.some((r) => r.code === regionParam) ? regionParam : home;
  const groupIds = groups.map((g) => g.id);
  const listed = peersParam && !groupIds.includes(peersParam) && peersParam !== ALL;
  const peers = peersParam ? (listed ? OWN_LIST : peersParam) : (groupIds.includes('egne') ? 'egne' : ALL);

  const measureSelect = select('Nøkkeltall', 'measure', measureOptions(measures), measure.id, `${measures.length} nøkkeltall i lageret, gruppert etter SSB-tabell.`);
  const regionSelect = select('Kommune', 'region', municipalities.map((r) => ({ value: r.code, label: `${r.label} (${r.code})` })), region);
  const yearSelect = select('År', 'year', years.map((y) => ({ value: y, label: y })), year);
  const peerSelect = select('Sammenlign med', 'peers', [{ value: ALL, label: 'Alle kommuner' },
    ...groups.map((g) => ({ value: g.id, label: `${g.label} (${g.members.length} koder)` })),
    { value: OWN_LIST, label: 'Egne valg (regionkoder)' }], peers);
  const listId = id('codes');
  const listHint = id('codes-hint');
  const codes = h('input', { type: 'text', id: listId, name: 'codes', value: listed ? peersParam : '', 'aria-describedby': listHint, autocomplete: 'off' });
  const codesField = h('div', { class: 'field', hidden: peers !== OWN_LIST }, h('label', { for: listId }, 'Regionkoder'),
    h('p', { id: listHint, class: 'hint' }, 'Skilt med komma, for eksempel 0301, 4601, 1103. Aggregater som EAKUO (landet uten Oslo) vises til sammenligning.'), codes);
  peerSelect.el.addEventListener('change', () => { codesField.hidden = peerSelect.el.value !== OWN_LIST; });
  const form = h('form', {
    class: 'compare-form', novalidate: true,
    onsubmit: (e) => {
      e.preventDefault();
      const chosen = peerSelect.el.value === OWN_LIST ? codes.value.replace(/\s+/g, '') : peerSelect.el.value;
      const chosenMeasure = measures.find((m) => m.id === measureSelect.el.value);
      const chosenYear = chosenMeasure && chosenMeasure.years.includes(yearSelect.el.value) ? yearSelect.el.value : '';
      ctx.navigate('sammenlign', measureSelect.el.value, chosenYear, regionSelect.el.value, chosen || ALL);
    },
  }, h('div', { class: 'grid' }, measureSelect.field, regionSelect.field, yearSelect.field, peerSelect.field), codesField,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Vis sammenligning')));

  const results = h('div', { class: 'compare-results' });
  replace(root, h('h1', {}, 'Sammenlign'), intro, h('section', { 'aria-labelledby': 'valg' }, h('h2', { id: 'valg', class: 'visually-hidden' }, 'Valg'), form),
    results, mayImport ? importSection(reload) : null);

  const peersQuery = peers === OWN_LIST ? peersParam : peers;
  const query = `measure=${encodeURIComponent(measure.id)}&region=${encodeURIComponent(region)}&peers=${encodeURIComponent(peersQuery)}`;
  try {
    const [comparison, series] = await Promise.all([get(`${API}/compare?${query}&year=${encodeURIComponent(year)}`), tryGet(`${API}/series?${query}`)]);
    const digits = comparison.decimals === null || comparison.decimals === undefined ? undefined : comparison.decimals;
    replace(results,
      h('h2', { class: 'measure-title' }, comparison.label),
      h('p', { class: 'meta' }, `Kilde: SSB, tabell ${comparison.table}${comparison.peerGroup ? `. Sammenlignet med ${comparison.peerGroup.label}` : ''}.`),
      (comparison.notes || []).length ? h('details', {}, h('summary', {}, 'Merknader fra SSB'), h('ul', {}, comparison.notes.map((n) => h('li', {}, n)))) : null,
      rankingSection(comparison, digits),
      series ? seriesSection(series, digits) : null);
  } catch (e) {
    replace(results, notice('error', 'Sammenligningen kunne ikke vises', h('p', {}, e instanceof ApiError ? e.message : 'Noe gikk galt.')));
  }
}
