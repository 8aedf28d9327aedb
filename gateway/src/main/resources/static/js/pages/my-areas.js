// Mine områder: a reporter's service areas (from the token), each with its section's status and a way in
// to the workspace. Controllers, who may write every area, see every area here ("Tjenesteområder").
import { h, replace, notice } from '../dom.js';
import { get } from '../api.js';
import { dateAndTime } from '../format.js';
import { statusBadge } from './overview.js';

export async function render(root, ctx) {
  const sections = await get(`/api/service-areas/${ctx.year}/sections`);
  const byArea = new Map();
  for (const section of sections || []) {
    if (section.area && (!byArea.has(section.area) || section.key === `area:${section.area}`)) byArea.set(section.area, section);
  }
  const codes = ctx.can.reporter && !ctx.can.controller ? ctx.can.areas : [...byArea.keys()];
  const title = ctx.can.reporter && !ctx.can.controller ? `Mine områder ${ctx.year}` : `Tjenesteområder ${ctx.year}`;
  const parts = [h('h1', {}, title)];
  if (codes.length === 0) {
    parts.push(notice('info', 'Ingen tjenesteområder', h('p', {}, 'Brukeren din er ikke knyttet til noe tjenesteområde. Be en administrator om tilgang.')));
    replace(root, ...parts);
    return;
  }
  const returned = codes.filter((c) => byArea.get(c) && byArea.get(c).status === 'returned');
  if (returned.length) {
    parts.push(notice('warn', 'Returnert til deg', h('p', {}, `Disse er returnert med kommentar og må rettes: ${returned.map((c) => ctx.areaName(c)).join(', ')}.`)));
  }
  parts.push(h('p', {}, ctx.can.controller
    ? 'Som kontroller kan du skrive forklaringer, rapportere indikatorer og laste opp tall for alle tjenesteområder.'
    : 'Her skriver du forklaringen til avviket, rapporterer indikatorene, laster ned og opp Excel-malen og sender området inn til godkjenning.'));
  parts.push(h('ul', { class: 'area-list' }, codes.map((code) => {
    const section = byArea.get(code);
    return h('li', {},
      h('h2', {}, h('a', { href: ctx.href('omrade', code) }, ctx.areaName(code))),
      h('p', {}, 'Status: ', section ? statusBadge(section.status, section.statusLabel) : 'ingen seksjon'),
      section && section.changedAt ? h('p', { class: 'meta' }, `Sist endret ${dateAndTime(section.changedAt)}${section.changedBy ? ` av ${section.changedBy}` : ''}`) : null,
      section && section.status === 'returned' && section.comment ? h('p', {}, h('strong', {}, 'Kommentar: '), section.comment) : null);
  })));
  replace(root, ...parts);
}
