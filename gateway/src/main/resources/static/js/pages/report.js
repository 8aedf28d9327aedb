// Rapport: the annual report itself. The working version is the gateway's accessible HTML document
// (/reports/{year}, embedded and linked) with its PDF (/reports/{year}.pdf); a published release is read
// from /api/published/{year}/{n} and shown here. The committee sees published releases only.
import { h, id, replace, notice, dataTable } from '../dom.js';
import { get, tryGet } from '../api.js';
import { number, dateAndTime } from '../format.js';
import { richText } from '../richtext.js';
import { goalStatusText, findingsTable } from './overview.js';

const WORKING = 'arbeid';

function workingView(ctx) {
  const html = `/reports/${ctx.year}`;
  const pdf = `/reports/${ctx.year}.pdf`;
  return h('div', {},
    h('p', {}, 'Arbeidsversjonen viser tallene slik de står nå, også det som ikke er godkjent, med kontrollenes funn som vedlegg.'),
    h('p', { class: 'actions' },
      h('a', { class: 'button button--secondary', href: html, target: '_blank', rel: 'noopener' }, `Åpne årsberetningen ${ctx.year} i ny fane`),
      h('a', { class: 'button', href: pdf, download: `arsberetning-${ctx.year}.pdf` }, `Last ned PDF`, h('span', { class: 'visually-hidden' }, ` av årsberetningen ${ctx.year}`))),
    h('iframe', { class: 'report-frame', src: html, title: `Årsberetning ${ctx.year}, arbeidsversjon` }));
}

function tableBlock(table) {
  const caption = `${table.number ? `Tabell ${table.number}: ` : ''}${table.caption || ''}${table.unit ? ` (${table.unit})` : ''}`;
  return dataTable({
    caption,
    columns: [{ label: '' }, ...(table.columns || []).map((c) => ({ label: c.label, num: true }))],
    rows: (table.rows || []).map((row) => ({
      kind: row.kind,
      cells: [row.label, ...(row.cells || []).map((c) => (c.text !== null && c.text !== undefined ? c.text : number(c.value)))],
    })),
    rowClass: (row) => (row.kind && row.kind !== 'line' ? `row--${row.kind}` : null),
  });
}

function goalsBlock(goals) {
  return (goals || []).map((goal) => dataTable({
    caption: `Mål: ${goal.text || goal.id}`,
    columns: [{ label: 'Indikator' }, { label: 'Ambisjon' }, { label: 'Resultat' }, { label: 'Rapportert status' }, { label: 'Beregnet status' }],
    rows: (goal.indicators || []).map((i) => ({
      cells: [i.text || '', i.ambition || '–', i.result || '–',
        `${goalStatusText(i.reportedStatus)}${i.reportedWording ? ` («${i.reportedWording}»)` : ''}`, goalStatusText(i.computedStatus)],
    })),
  }));
}

/** A published release (ComposedReport JSON) as HTML: chapters (h2), sections (h3), blocks. */
function releaseView(ctx, report) {
  const r = report.release || {};
  const box = h('div', { class: 'release' },
    h('dl', { class: 'figures' },
      h('div', { class: 'figure-card' }, h('dt', {}, 'Utgave'), h('dd', { class: 'figure-value' }, number(r.number, 0))),
      h('div', { class: 'figure-card' }, h('dt', {}, 'Publisert'), h('dd', {}, dateAndTime(r.publishedAt)), h('dd', {}, r.publishedBy ? `av ${r.publishedBy}` : '')),
      h('div', { class: 'figure-card' }, h('dt', {}, 'Innholds-hash'), h('dd', {}, h('code', {}, r.contentHash ? `${r.contentHash.slice(0, 16)}…` : '–')))),
    r.overrideReason ? notice('warn', 'Publisert med åpne feil', h('p', {}, `Begrunnelse: ${r.overrideReason}`)) : null);
  const toc = h('ol', {});
  box.append(h('nav', { 'aria-label': 'Innhold i utgaven' }, h('h2', {}, 'Innhold'), toc));
  for (const chapter of report.chapters || []) {
    const chapterId = id('kap');
    toc.append(h('li', {}, h('a', { href: `#${chapterId}`, onclick: (e) => { e.preventDefault(); document.getElementById(chapterId).focus(); document.getElementById(chapterId).scrollIntoView(); } }, `${chapter.number} ${chapter.title}`)));
    const section = h('section', { 'aria-labelledby': chapterId }, h('h2', { id: chapterId, tabindex: '-1' }, `${chapter.number} ${chapter.title}`));
    for (const part of chapter.sections || []) {
      if (part.title) section.append(h('h3', {}, part.title));
      for (const block of part.blocks || []) {
        if (block.type === 'text') section.append(richText(block.html));
        else if (block.type === 'table' && block.table) section.append(tableBlock(block.table));
        else if (block.type === 'goals') section.append(goalsBlock(block.goals));
      }
    }
    box.append(section);
  }
  if (report.findings && report.findings.length) {
    box.append(h('section', { 'aria-labelledby': 'vedlegg' }, h('h2', { id: 'vedlegg' }, 'Vedlegg: funn fra kontrollene'), findingsTable(ctx, report.findings, 'Funn')));
  }
  return box;
}

export async function render(root, ctx, params) {
  const reader = ctx.can.reader;
  let releases = [];
  if (reader) {
    releases = (await tryGet(`/api/releases/${ctx.year}`)) || [];
  } else {
    const latest = await tryGet(`/api/published/${ctx.year}`);
    if (latest && latest.release) {
      for (let n = latest.release.number; n >= 1; n -= 1) releases.push({ number: n, publishedAt: n === latest.release.number ? latest.release.publishedAt : null });
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

  replace(root, h('h1', {}, `Årsberetning ${ctx.year}`), form, view);
  if (!reader && releases.length === 0) {
    replace(view, notice('info', 'Ingenting er publisert', h('p', {}, `Årsberetningen for ${ctx.year} er ikke publisert ennå.`)));
    return;
  }
  if (wanted === WORKING) {
    replace(view, workingView(ctx));
    return;
  }
  replace(view, h('p', { class: 'loading', role: 'status' }, `Henter utgave ${wanted} …`));
  try {
    const report = await get(`/api/published/${ctx.year}/${encodeURIComponent(wanted)}`);
    replace(view, releaseView(ctx, report));
  } catch (e) {
    replace(view, notice('error', `Utgave ${wanted} kunne ikke vises`, h('p', {}, e.message)));
  }
}
