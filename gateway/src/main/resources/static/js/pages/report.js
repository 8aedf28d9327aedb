// Rapport: the annual report itself, as the gateway's accessible HTML document (embedded and linked) and
// its PDF: the working version at /reports/{year}[.pdf], a published release at
// /api/published/{year}/{n}/html|pdf, with every table of a release as open data. The committee sees
// published releases only.
import { h, id, replace, notice } from '../dom.js';
import { tryGet } from '../api.js';
import { number, dateAndTime } from '../format.js';

const WORKING = 'arbeid';

function workingView(ctx) {
  return h('div', {},
    h('p', {}, 'Arbeidsversjonen viser tallene slik de står nå, også det som ikke er godkjent, med kontrollenes funn som vedlegg.'),
    ...documentView(`/reports/${ctx.year}`, `/reports/${ctx.year}.pdf`, `arsberetning-${ctx.year}.pdf`, `Årsberetning ${ctx.year}, arbeidsversjon`));
}

/** The report document of a view: links to open it and its PDF, and the document itself embedded. */
function documentView(htmlHref, pdfHref, pdfName, title) {
  return [
    h('p', { class: 'actions' },
      h('a', { class: 'button button--secondary', href: htmlHref, target: '_blank', rel: 'noopener' }, `Åpne ${title.toLowerCase()} i ny fane`),
      h('a', { class: 'button', href: pdfHref, download: pdfName }, 'Last ned PDF', h('span', { class: 'visually-hidden' }, ` av ${title.toLowerCase()}`))),
    h('iframe', { class: 'report-frame', src: htmlHref, title }),
  ];
}

/** The table of a release's tables, each with its download links. */
function tablesList(index, n) {
  const names = { csv: 'CSV', xlsx: 'Excel', 'json-stat': 'JSON-stat', csvw: 'CSV-metadata' };
  const links = (t) => t.downloads.map((d) => [
    h('a', { href: d.href, download: '' }, names[d.format] || d.format,
      h('span', { class: 'visually-hidden' }, ` tabell ${t.number || t.id}`)),
    ' ',
  ]);
  const rows = index.tables.map((t) => h('tr', {},
    h('th', { scope: 'row' }, t.number || t.id),
    h('td', {}, t.caption || ''),
    h('td', { class: 'downloads' }, links(t))));
  return h('table', {},
    h('caption', {}, `Tabellene i utgave ${n} (${index.tables.length})`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Tabell'), h('th', { scope: 'col' }, 'Tittel'), h('th', { scope: 'col' }, 'Last ned'))),
    h('tbody', {}, rows));
}

/** Open data of a release: every table as CSV, Excel and JSON-stat, listed when opened (docs/open-data.md). */
function openDataView(ctx, n) {
  const indexHref = `/api/published/${ctx.year}/${n}/tables`;
  const list = h('div', {});
  let loaded = false;
  const details = h('details', { class: 'open-data' },
    h('summary', {}, 'Åpne data: alle tabeller som CSV, Excel og JSON-stat'),
    h('p', {}, 'Lenkene endres aldri for en utgave. ', h('a', { href: indexHref }, 'Tabelloversikten'),
      ' (JSON) gir SHA-256 for hver fil.'),
    list);
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    const index = await tryGet(indexHref);
    if (!index) {
      loaded = false;
      replace(list, notice('error', 'Tabellene kunne ikke hentes', h('p', {}, 'Prøv igjen om litt.')));
      return;
    }
    replace(list, tablesList(index, n));
  });
  return details;
}

/** A published release: what is known about it, then the release's own HTML document and PDF. */
function releaseView(ctx, release) {
  const n = release.number;
  return h('div', { class: 'release' },
    h('dl', { class: 'figures' },
      h('div', { class: 'figure-card' }, h('dt', {}, 'Utgave'), h('dd', { class: 'figure-value' }, number(n, 0))),
      h('div', { class: 'figure-card' }, h('dt', {}, 'Publisert'), h('dd', {}, dateAndTime(release.publishedAt)),
        release.publishedBy ? h('dd', {}, `av ${release.publishedBy}`) : null),
      release.contentHash ? h('div', { class: 'figure-card' }, h('dt', {}, 'Innholds-hash'),
        h('dd', {}, h('code', { title: release.contentHash }, `${release.contentHash.slice(0, 16)}…`))) : null),
    release.overrideReason ? notice('warn', 'Publisert med åpne feil', h('p', {}, `Begrunnelse: ${release.overrideReason}`)) : null,
    openDataView(ctx, n),
    ...documentView(`/api/published/${ctx.year}/${n}/html`, `/api/published/${ctx.year}/${n}/pdf`,
      `arsberetning-${ctx.year}-utgave-${n}.pdf`, `Årsberetning ${ctx.year}, utgave ${n}`));
}

export async function render(root, ctx, params) {
  const reader = ctx.can.reader;
  let releases = [];
  if (reader) {
    releases = (await tryGet(`/api/releases/${ctx.year}`)) || [];
  } else {
    const latest = await tryGet(`/api/published/${ctx.year}`);
    if (latest && latest.release) {
      for (let n = latest.release.number; n >= 1; n -= 1) releases.push(n === latest.release.number ? latest.release : { number: n });
    }
  }
  releases.sort((a, b) => b.number - a.number);
  const wanted = params[0] || (reader ? WORKING : (releases[0] ? String(releases[0].number) : ''));
  const selectId = id('release');
  const select = h('select', { id: selectId, name: 'release' },
    reader ? h('option', { value: WORKING, selected: wanted === WORKING }, 'Arbeidsversjon (ikke publisert)') : null,
    releases.map((r) => h('option', { value: String(r.number), selected: String(r.number) === wanted },
      `Utgave ${r.number}${r.publishedAt ? ` – publisert ${dateAndTime(r.publishedAt)}` : ''}`)));
  const view = h('div', { class: 'report-view' });
  const form = h('form', {
    class: 'actions', novalidate: true,
    onsubmit: (e) => { e.preventDefault(); ctx.navigate('rapport', select.value); },
  }, h('div', { class: 'field' }, h('label', { for: selectId }, 'Versjon'), select), h('button', { type: 'submit', class: 'button button--secondary' }, 'Vis'));

  if (!reader && releases.length === 0) {
    // Nothing to choose between: the committee reads published releases only, and none exists yet.
    replace(root, h('h1', {}, `Årsberetning ${ctx.year}`), notice('info', 'Ingenting er publisert',
      h('p', {}, `Årsberetningen for ${ctx.year} er ikke publisert ennå.`),
      h('p', {}, 'Du ser bare publiserte utgaver. En kontroller publiserer årsberetningen under «Kontroll» når seksjonene er godkjent; da vises den her.')));
    return;
  }
  replace(root, h('h1', {}, `Årsberetning ${ctx.year}`), form, view);
  if (wanted === WORKING) {
    replace(view, workingView(ctx));
    return;
  }
  let release = releases.find((r) => String(r.number) === wanted);
  if (!release || !release.publishedAt) {
    // The committee lists no releases; what it knows of one comes with the release itself.
    const report = await tryGet(`/api/published/${ctx.year}/${encodeURIComponent(wanted)}`);
    release = report && report.release ? report.release : null;
  }
  if (!release) {
    replace(view, notice('error', `Utgave ${wanted} finnes ikke`, h('p', {}, 'Velg en annen utgave i listen.')));
    return;
  }
  replace(view, releaseView(ctx, release));
}
