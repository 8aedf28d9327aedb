// Oversikt: the year at a glance from GET /api/dashboards/{year}: deviation per service area, goal status, the
// key figures, goals and line charts the services publish (each under the heading its service gives it),
// submission progress, open findings, statutory content. Every chart has a table with the same numbers right
// after it; area names lead to the area's own page.
import { h, replace, dataTable, notice, hidden } from '../dom.js';
import { get } from '../api.js';
import { divergingBarChart, stackedBarChart, lineChart, GOAL_SERIES, SECTION_SERIES } from '../charts.js';
import { number, signed, unitLabel, dateAndTime, SECTION_STATUS, GOAL_STATUS, SEVERITY, SERVICES, serviceById, decimalsOf } from '../format.js';
import { historySection } from '../history.js';

export function statusBadge(status, label) {
  return h('span', { class: `badge badge--${status || 'draft'}` }, label || SECTION_STATUS[status] || status || 'Utkast');
}

export function severityBadge(severity) {
  return h('span', { class: `badge badge--${severity}` }, SEVERITY[severity] || severity);
}

export function goalStatusText(code) {
  return code ? (GOAL_STATUS[code] || code) : '–';
}

function sourcesNotice(sources) {
  const down = (sources || []).filter((src) => !src.available);
  if (down.length === 0) return null;
  return notice('warn', 'Noen deler mangler',
    h('p', {}, 'Disse tjenestene svarte ikke, så delene deres mangler i oversikten:'),
    h('ul', {}, down.map((src) => h('li', {}, `${src.title || src.service}${src.reason ? ` – ${src.reason}` : ''}`))),
    h('button', { type: 'button', class: 'button button--secondary', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, 'Hent oversikten på nytt'));
}

function deviationSection(ctx, rows) {
  const section = h('section', { 'aria-labelledby': 'avvik' }, h('h2', { id: 'avvik' }, 'Avvik per tjenesteområde'));
  if (!rows || rows.length === 0) {
    section.append(h('p', {}, 'Ingen tall for avvik er tilgjengelige.'));
    return section;
  }
  const unit = unitLabel(rows[0].unit);
  const table = rows[0].table;
  const digits = Math.max(...rows.map((r) => decimalsOf(r.deviation)));
  section.append(
    h('p', { class: 'hint' }, `Regnskap mot regulert budsjett${table ? ` (tabell ${table})` : ''}, i ${unit}. Positivt avvik betyr mindreforbruk, negativt betyr merforbruk.`),
    divergingBarChart(rows.map((r) => ({ label: r.name || ctx.areaName(r.area), value: r.deviation })), {
      title: `Avvik per tjenesteområde ${ctx.year} (${unit})`,
      description: `Stolpediagram over avviket mellom regulert budsjett og regnskap for ${rows.length} tjenesteområder. Tabellen under viser de samme tallene.`,
      positive: { label: 'Mindreforbruk', color: '#1d6b32', pattern: 'solid' },
      negative: { label: 'Merforbruk', color: '#b0001e', pattern: 'stripes' },
      digits,
    }),
    dataTable({
      caption: `Avvik per tjenesteområde ${ctx.year} (${unit})`,
      columns: [{ label: 'Tjenesteområde' }, { label: 'Regnskap', num: true }, { label: 'Regulert budsjett', num: true },
        { label: 'Avvik', num: true }, { label: 'Betyr' }],
      rows: rows.map((r) => ({
        cells: [
          r.area ? h('a', { href: ctx.href('omrade', r.area) }, r.name || ctx.areaName(r.area)) : r.name,
          number(r.actual), number(r.revisedBudget), signed(r.deviation),
          Number(r.deviation) > 0 ? 'Mindreforbruk' : Number(r.deviation) < 0 ? 'Merforbruk' : 'I balanse',
        ],
      })),
    }),
    provenanceDetails(rows[0].provenance, `avvikene${table ? ` i tabell ${table}` : ''}`),
  );
  const own = rows.filter((r) => r.provenance && JSON.stringify(r.provenance) !== JSON.stringify(rows[0].provenance));
  if (own.length > 0) {
    section.append(h('ul', { class: 'provenance-list' }, own.map((r) =>
      h('li', {}, provenanceDetails(r.provenance, `avviket for ${r.name || ctx.areaName(r.area)}`)))));
  }
  return section;
}

function goalSection(goalStatus) {
  const section = h('section', { 'aria-labelledby': 'maloppnaelse' }, h('h2', { id: 'maloppnaelse' }, 'Måloppnåelse per kapittel'));
  if (!goalStatus || goalStatus.length === 0) {
    section.append(h('p', {}, 'Ingen indikatorer med status er tilgjengelige.'));
    return section;
  }
  const label = (g) => `${g.chapter} ${g.title}`;
  section.append(
    h('p', { class: 'hint' }, 'Antall indikatorer etter rapportert status. «Ulik beregnet» teller indikatorer der statusen beregnet fra ambisjon og resultat er en annen enn den rapporterte.'),
    stackedBarChart(goalStatus.map((g) => ({ label: label(g), parts: g.reported || {} })), GOAL_SERIES, {
      title: 'Indikatorer etter rapportert status, per kapittel',
      description: `Stablede stolper for ${goalStatus.length} kapitler. Tabellen under viser de samme tallene.`,
    }),
    dataTable({
      caption: 'Indikatorer etter rapportert status, per kapittel',
      columns: [{ label: 'Kapittel' }, ...GOAL_SERIES.map((g) => ({ label: g.label, num: true })), { label: 'Ulik beregnet', num: true }],
      rows: goalStatus.map((g) => ({
        cells: [label(g), ...GOAL_SERIES.map((series) => number((g.reported || {})[series.key] || 0, 0)), number(g.disagreeing || 0, 0)],
      })),
    }),
  );
  return section;
}

// A heading the service gave as an id: «Likestilling – nøkkeltall» → «likestilling-nokkeltall».
function slug(text) {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function goalListSection(list) {
  const id = slug(list.title);
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, list.title), dataTable({
    caption: `${list.title} med rapportert og beregnet status`,
    columns: [{ label: 'Mål' }, { label: 'Rapportert status' }, { label: 'Beregnet status' }, { label: 'Samsvar' }],
    rows: list.goals.map((g) => ({
      cells: [g.text || g.id, goalStatusText(g.reportedStatus), goalStatusText(g.computedStatus),
        g.reportedStatus && g.computedStatus ? (g.reportedStatus === g.computedStatus ? 'Samme' : 'Ulik') : 'Kan ikke beregnes'],
    })),
  }));
}

// Lines by what they are (the series' keys); a series of another kind gets the next of the fallbacks.
const SERIES_STYLE = {
  reported: { color: '#1d6b32', marker: 'circle' },
  targets: { color: '#2c4f7c', marker: 'square', dash: '2 6' },
  required: { color: '#8a5a00', marker: 'diamond', dash: '8 5' },
  'pace-so-far': { color: '#6b3fa0', marker: 'circle', dash: '3 3' },
};
const FALLBACK_STYLES = Object.values(SERIES_STYLE);

/** A line chart a service publishes (such as the emission trajectory): what it shows in words, the chart and a table. */
function chartSection(chart) {
  const unit = chart.unit === 'percent' ? ' %' : '';
  const section = h('section', { 'aria-labelledby': chart.id }, h('h2', { id: chart.id }, chart.title),
    h('p', {}, (chart.facts || []).join(' ')), h('p', { class: 'hint' }, chart.note || ''));
  const series = chart.series.map((item, i) => ({ ...item, ...(SERIES_STYLE[item.key] || FALLBACK_STYLES[i % FALLBACK_STYLES.length]) }));
  section.append(lineChart(series, {
    title: chart.valueLabel,
    description: `${chart.title}: ${chart.series.map((item) => item.label).join(', ')}. Tallene står i tabellen under.`,
    unit,
  }));
  const years = [...new Set(chart.series.flatMap((item) => item.points.map((p) => p.year)))].sort();
  section.append(dataTable({
    caption: `${chart.valueLabel}, per år`,
    columns: [{ label: 'År' }, ...chart.series.map((item) => ({ label: item.label, num: true }))],
    rows: years.map((year) => ({
      cells: [String(year), ...chart.series.map((item) => {
        const point = item.points.find((p) => p.year === year);
        return point ? number(point.value) : '–';
      })],
    })),
  }));
  return section;
}

// Where a figure came from (its provenance entry from the dashboard API), in Norwegian.
export function provenanceText(p) {
  if (!p) return 'Opphav er ikke registrert.';
  const who = p.by ? ` av ${p.by}` : '';
  const when = p.at ? `, ${dateAndTime(p.at)}` : '';
  const file = p.fileName ? ` Fil: ${p.fileName}${p.fileSha256 ? ` (SHA-256 ${p.fileSha256})` : ''}.` : '';
  const first = p.firstRelease ? ` Først publisert i utgave ${p.firstRelease}.` : '';
  switch (p.kind) {
    case 'demo': return `Demodata fra ${p.source || 'den trykte årsberetningen'}, lastet inn${who}${when}.${file}${first}`;
    case 'file-import': return `Importert fra fil${who}${when}.${file}${first}`;
    case 'manual': return `Registrert for hånd${who}${when}.${first}`;
    default: return `Hentet fra ${p.source || 'ekstern kilde'}${when}.${file}${first}`;
  }
}

// A disclosure (keyboard: Tab to it, Enter or Space opens it) that shows where a figure came from.
function provenanceDetails(p, what) {
  return h('details', { class: 'provenance' },
    h('summary', {}, 'Opphav', hidden(` for ${what}`)),
    h('p', {}, provenanceText(p)));
}

function keyFiguresSection(group) {
  const id = slug(group.title);
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, group.title),
    h('dl', { class: 'figures' }, group.figures.map((f) => h('div', { class: 'figure-card' },
      h('dt', {}, f.label),
      h('dd', { class: 'figure-value' }, f.unit === 'percent' && f.value !== null ? `${number(f.value)} %` : (f.text || number(f.value))),
      h('dd', { class: 'figure-source' }, f.table ? `Kilde: tabell ${f.table}` : ''),
      h('dd', { class: 'figure-provenance' }, provenanceDetails(f.provenance, f.label))))));
}

function submissionsSection(ctx, submissions) {
  const section = h('section', { 'aria-labelledby': 'innsending' }, h('h2', { id: 'innsending' }, 'Innsending'));
  if (!submissions || submissions.length === 0) {
    section.append(h('p', {}, 'Ingen seksjoner er tilgjengelige.'));
    return section;
  }
  const perService = SERVICES.map((svc) => {
    const mine = submissions.filter((x) => x.service === svc.id);
    const parts = {};
    mine.forEach((x) => { parts[x.status] = (parts[x.status] || 0) + 1; });
    return { svc, mine, parts };
  }).filter((x) => x.mine.length > 0);
  section.append(
    stackedBarChart(perService.map((x) => ({ label: x.svc.title, parts: x.parts })), SECTION_SERIES, {
      title: 'Seksjoner etter status, per tjeneste',
      description: 'Stablede stolper med antall seksjoner i hver status. Tabellen under viser de samme tallene.',
    }),
    dataTable({
      caption: 'Seksjoner etter status, per tjeneste',
      columns: [{ label: 'Tjeneste' }, ...SECTION_SERIES.map((x) => ({ label: x.label, num: true })), { label: 'Totalt', num: true }],
      rows: perService.map((x) => ({
        cells: [`${x.svc.title} (${x.svc.chapters})`, ...SECTION_SERIES.map((series) => number(x.parts[series.key] || 0, 0)), number(x.mine.length, 0)],
      })),
    }),
  );
  // Progress per area: one row per service area, one column per service that has sections for areas.
  const areaSubmissions = submissions.filter((x) => x.area);
  const services = SERVICES.filter((svc) => areaSubmissions.some((x) => x.service === svc.id));
  const areas = [];
  areaSubmissions.forEach((x) => { if (!areas.includes(x.area)) areas.push(x.area); });
  const cell = (x) => h('span', { class: 'submission', 'data-service': serviceById(x.service).api, 'data-section': x.section, 'data-status': x.status },
    statusBadge(x.status, x.statusLabel), x.status === 'returned' && x.comment ? h('span', { class: 'meta' }, ` ${x.comment}`) : null);
  section.append(h('h3', { id: 'innsending-omrader' }, 'Innsending per tjenesteområde'), dataTable({
    caption: 'Status for hvert tjenesteområdes seksjoner, per tjeneste',
    columns: [{ label: 'Tjenesteområde' }, ...services.map((svc) => ({ label: `${svc.title} (${svc.chapters})` }))],
    rows: areas.map((area) => ({
      area,
      cells: [h('a', { href: ctx.href('omrade', area) }, ctx.areaName(area)),
        ...services.map((svc) => {
          const mine = areaSubmissions.filter((x) => x.area === area && x.service === svc.id);
          return mine.length ? mine.map(cell) : '–';
        })],
    })),
    rowAttrs: (row) => ({ 'data-area': row.area }),
    empty: 'Ingen seksjoner hører til et tjenesteområde.',
  }));
  const others = submissions.filter((x) => !x.area);
  if (others.length) {
    section.append(h('details', {}, h('summary', {}, `Kapitlenes øvrige seksjoner (${others.length})`), dataTable({
      caption: 'Seksjoner uten tjenesteområde (kontrollerens)',
      columns: [{ label: 'Seksjon' }, { label: 'Tjeneste' }, { label: 'Status' }, { label: 'Kommentar' }],
      rows: others.map((x) => ({ cells: [x.title || x.section, serviceById(x.service).title, statusBadge(x.status, x.statusLabel), x.comment || ''] })),
    })));
  }
  return section;
}

export function findingsTable(ctx, findings, caption) {
  return dataTable({
    caption,
    rowHeader: false,
    columns: [{ label: 'Alvorlighet' }, { label: 'Melding' }, { label: 'Tabeller' }, { label: 'Områder' }, { label: 'Forventet' }, { label: 'Faktisk' }, { label: 'Regel' }],
    rows: findings.map((f) => ({
      cells: [severityBadge(f.severity), f.message || '', (f.tables || []).join(', '),
        (f.areas || []).map((a) => ctx.areaName(a)).join(', '), f.expected || '', f.actual || '', f.rule || ''],
    })),
    empty: 'Ingen åpne funn.',
  });
}

function findingsSection(ctx, findings) {
  const section = h('section', { 'aria-labelledby': 'funn' }, h('h2', { id: 'funn' }, 'Åpne funn fra kontrollene'));
  if (!findings) {
    section.append(h('p', {}, 'Kontrollene er ikke tilgjengelige.'));
    return section;
  }
  section.append(
    h('ul', { class: 'plain' },
      h('li', {}, severityBadge('error'), ` ${number(findings.errors, 0)} feil`),
      h('li', {}, severityBadge('warning'), ` ${number(findings.warnings, 0)} advarsler`),
      h('li', {}, severityBadge('info'), ` ${number(findings.infos, 0)} merknader (avrunding o.l.)`)),
    findingsTable(ctx, findings.open || [], `Åpne feil og advarsler${(findings.open || []).length < findings.errors + findings.warnings ? ` (de første ${findings.open.length})` : ''}`),
  );
  if (ctx.can.controller) section.append(h('p', {}, h('a', { href: ctx.href('kontroll') }, 'Alle funn og publisering under Kontroll')));
  return section;
}

// The statutory checklist (kommuneloven § 14-7, likestillings- og diskrimineringsloven § 26a) held against
// the working report: what is covered and what is missing, and why.
function completenessSection(completeness) {
  const section = h('section', { 'aria-labelledby': 'lovpalagt' }, h('h2', { id: 'lovpalagt' }, 'Lovpålagt innhold'));
  if (!completeness) {
    section.append(h('p', {}, 'Sjekklisten er ikke tilgjengelig.'));
    return section;
  }
  const total = completeness.items.length;
  section.append(
    h('p', {}, completeness.missing === 0
      ? `Alle ${number(total, 0)} lovpålagte punkter er dekket.`
      : `${number(completeness.covered, 0)} av ${number(total, 0)} lovpålagte punkter er dekket; ${number(completeness.missing, 0)} mangler. Publisering med manglende punkter krever en skriftlig begrunnelse.`),
    dataTable({
      caption: `Lovpålagt innhold i årsberetningen ${completeness.year}`,
      columns: [{ label: 'Krav' }, { label: 'Hjemmel' }, { label: 'Hyppighet' }, { label: 'Status' }, { label: 'Dekket av / mangler' }],
      rows: completeness.items.map((item) => ({
        cells: [
          item.text,
          item.reference,
          item.frequencyLabel,
          h('span', { class: `badge badge--${item.status === 'covered' ? 'approved' : 'error'}` }, item.statusLabel),
          item.status === 'covered' ? item.places.map((p) => p.label).join(', ') : item.reason,
        ],
      })),
    }),
  );
  return section;
}

export async function render(root, ctx) {
  const dashboard = await get(`/api/dashboards/${ctx.year}`);
  replace(root,
    h('h1', {}, `Oversikt ${ctx.year}`),
    sourcesNotice(dashboard.sources),
    deviationSection(ctx, dashboard.deviationPerArea),
    goalSection(dashboard.goalStatus),
    ...(dashboard.keyFigures || []).map(keyFiguresSection),
    ...(dashboard.goals || []).map(goalListSection),
    ...(dashboard.charts || []).map(chartSection),
    submissionsSection(ctx, dashboard.submissions),
    findingsSection(ctx, dashboard.findings),
    completenessSection(dashboard.completeness),
    historySection(),
  );
}
