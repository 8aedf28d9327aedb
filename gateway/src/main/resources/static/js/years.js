// The reporting years (GET /api/years): each year's state across the services, and — for controllers — opening the
// next year from the newest one (POST /api/years), after a confirmation that says what carries over. Also the values
// of a year that restate the year before differently, which a controller accepts one by one with a reason.
import { h, id, replace, notice, announce, dataTable } from './dom.js';
import { call, tryGet, ApiError } from './api.js';
import { number, SERVICES } from './format.js';

/** How long the UI waits for an opening (the gateway waits two minutes per service, all at once). */
const OPENING_TIMEOUT_MS = 5 * 60 * 1000;

/** What an opening created, in Norwegian: "11 tabeller, 40 mål …". */
const CREATED = {
  tables: ['tabell', 'tabeller'],
  texts: ['tekst', 'tekster'],
  sections: ['seksjon', 'seksjoner'],
  goals: ['mål', 'mål'],
  figures: ['tall i teksten', 'tall i teksten'],
  titlePage: ['forside', 'forsider'],
  chapters: ['kapittel', 'kapitler'],
  plan: ['plandokument', 'plandokumenter'],
};

export function createdText(created) {
  return Object.entries(created || {}).filter(([, n]) => n > 0)
    .map(([k, n]) => `${number(n, 0)} ${(CREATED[k] || [k, k])[n === 1 ? 0 : 1]}`).join(', ');
}

/** The years across the services, newest first (empty when the years cannot be read). */
export async function loadYears() {
  const answer = await tryGet('/api/years');
  return answer && Array.isArray(answer.years) ? answer : { years: [], unavailable: [] };
}

function stateText(y) {
  if (y.state === 'opening') return 'Åpning ikke fullført';
  return y.openedFrom ? `Åpnet fra ${y.openedFrom}` : 'Åpen';
}

/** Kontroll: the years with their state, and the action that opens the next one. */
export function yearsSection(ctx) {
  const section = h('section', { 'aria-labelledby': 'ar', class: 'panel' }, h('h2', { id: 'ar' }, 'Rapporteringsår'));
  const body = h('div', {}, h('p', { class: 'loading' }, 'Henter årene …'));
  section.append(body);

  async function draw(message) {
    const { years, unavailable } = await loadYears();
    const sorted = [...years].sort((a, b) => b.year - a.year);
    const newest = sorted[0];
    const unfinished = sorted.find((y) => y.state === 'opening');
    const table = dataTable({
      caption: 'Årene og hvor langt de er kommet',
      columns: [{ label: 'År' }, { label: 'Status' }, { label: 'Seksjoner', num: true }, { label: 'Sendt inn', num: true },
        { label: 'Godkjent', num: true }, { label: 'Utgaver' }],
      rows: sorted.map((y) => ({
        cells: [h('a', { href: `#/kontroll/${y.year}` }, String(y.year)), stateText(y),
          number(y.sections ? y.sections.total : 0, 0), number(y.sections ? y.sections.submitted : 0, 0),
          number(y.sections ? y.sections.approved : 0, 0),
          y.releases && y.releases.length ? y.releases.map((n) => `utgave ${n}`).join(', ') : 'ingen'],
      })),
      empty: 'Ingen år er registrert.',
    });
    const actions = [];
    if (unfinished) {
      actions.push(openAction(ctx, unfinished.year, unfinished.openedFrom || unfinished.year - 1, true, draw));
    } else if (newest) {
      actions.push(openAction(ctx, newest.year + 1, newest.year, false, draw));
    }
    replace(body,
      message ? h('div', { class: 'flash', tabindex: '-1' }, message) : null,
      unavailable.length ? notice('warn', 'Noen tjenester svarer ikke', h('p', {}, unavailable.join(' '))) : null,
      table, ...actions);
    const flash = body.querySelector('.flash');
    if (flash) flash.focus();
  }
  return { section, draw };
}

/** "Åpne nytt år": a button, then a confirmation that says what carries over, then the call. */
function openAction(ctx, year, from, finishing, redraw) {
  const dialogId = id('open-year');
  const titleId = id('open-year-title');
  const result = h('div', { tabindex: '-1' });
  const confirm = h('button', { type: 'button', class: 'button' }, finishing ? `Ja, fullfør åpningen av ${year}` : `Ja, åpne ${year}`);
  const cancel = h('button', { type: 'button', class: 'button button--secondary' }, 'Avbryt');
  const dialog = h('dialog', { id: dialogId, class: 'dialog', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, `Åpne ${year} fra ${from}?`),
    h('p', {}, `${year} får hele strukturen fra ${from}. Dette blir med:`),
    h('ul', {},
      h('li', {}, `Alle tabellene, med samme nummer, tekst og kolonner; årstallene flyttes ett år fram («Regnskap ${from}» blir «Regnskap ${year}»).`),
      h('li', {}, `Kolonner for ${from} og tidligere år fylles med tallene fra siste utgave av ${from}, celle for celle, med kilde. De nye kolonnene står tomme («ikke rapportert»).`),
      h('li', {}, `Periodemål og klimamål som gjelder for ${year}, med indikatorer og ambisjoner. Resultatet for ${from} blir fjorårets resultat; årets resultat og status står tomme («ikke vurdert»).`),
      h('li', {}, `Forsiden (med ${year} i tittelen) og budsjettreglenes mål.`)),
    h('p', {}, 'Dette blir ikke med:'),
    h('ul', {},
      h('li', {}, `Tekstene: de står tomme. Teksten fra ${from} vises som utgangspunkt ved hver tekst, og kan settes inn med ett klikk.`),
      h('li', {}, `Tilsyn, innsendinger og godkjenninger: alle seksjoner i ${year} starter som utkast.`)),
    h('p', {}, `${from} og utgavene av den endres ikke. Tjenesteområdene og deres navn er felles for alle år.`),
    result,
    h('div', { class: 'actions' }, confirm, cancel));
  const open = h('button', {
    type: 'button',
    class: 'button',
    'aria-haspopup': 'dialog',
    onclick: () => { dialog.showModal(); confirm.focus(); },
  }, finishing ? `Fullfør åpningen av ${year}` : `Åpne nytt år: ${year}`);
  cancel.addEventListener('click', () => { dialog.close(); open.focus(); });
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    replace(result, h('p', { role: 'status' }, `Åpner ${year} i alle tjenestene … Det kan ta noen minutter.`));
    try {
      // Every table, text and goal of a whole report is copied: allow minutes, not the usual one.
      const answer = await call('/api/years', { method: 'POST', body: { year, from }, timeoutMs: OPENING_TIMEOUT_MS });
      dialog.close();
      const what = createdText(answer.data.created);
      announce(`${year} er åpnet.`);
      await redraw(notice('ok', `${year} er åpnet fra ${from}`, h('p', {}, what ? `${year} har ${what}.` : ''),
        h('p', {}, h('a', { href: `#/oversikt/${year}`, 'data-year-link': String(year) }, `Gå til ${year}`))));
      if (!ctx.years.includes(year)) ctx.years = [...ctx.years, year].sort((a, b) => b - a);
    } catch (err) {
      const services = err instanceof ApiError && Array.isArray(err.problem.services) ? err.problem.services : [];
      replace(result, notice('error', `${year} ble ikke åpnet`, h('p', {}, err.message),
        services.length ? h('ul', {}, services.map((s) => h('li', {}, `${s.title}: ${s.detail || (s.opened ? 'åpnet' : '')}`))) : null,
        err instanceof ApiError && err.status === 503 ? h('p', {}, 'Prøv igjen: det som er åpnet, åpnes ikke på nytt.') : null));
      result.focus();
    } finally {
      confirm.disabled = false;
    }
  });
  return h('div', { class: 'open-year' }, open, dialog);
}

/** Kontroll: the values of the year that restate the year before differently, each accepted with a reason. */
export function restatementsSection(ctx, onAccepted) {
  const section = h('section', { 'aria-labelledby': 'fjor' }, h('h2', { id: 'fjor' }, 'Tall som gjengir året før'));
  const body = h('div', {}, h('p', { class: 'loading' }, 'Henter …'));
  section.append(body);

  async function draw(message) {
    const lists = await Promise.all(SERVICES.map(async (svc) => ({ svc, list: await tryGet(`/api/${svc.api}/${ctx.year}/restatements`) })));
    const all = lists.flatMap((x) => (x.list || []).map((r) => ({ ...r, svc: x.svc })));
    if (!all.length) {
      replace(body, message || null, h('p', {}, `Ingen tall i ${ctx.year} avviker fra det som ble publisert for året før.`));
      section.hidden = !lists.some((x) => x.list && x.list.length);
      return;
    }
    section.hidden = false;
    const open = all.filter((r) => !r.acceptance).length;
    replace(body,
      message || null,
      h('p', {}, `${number(all.length, 0)} tall avviker fra det som ble publisert; ${number(open, 0)} er ikke godtatt. `
        + 'Et tall som ikke er godtatt, stopper publiseringen. Godta bare en endring du kan begrunne (for eksempel et korrigert regnskap).'),
      h('ul', { class: 'plain' }, all.map((r) => restatementItem(ctx, r, async (done) => {
        await draw(done);
        if (onAccepted) await onAccepted();
      }))));
  }
  return { section, draw };
}

function restatementItem(ctx, r, redraw) {
  const where = r.table ? `Tabell ${r.tableNumber || r.table}, «${r.rowLabel}», «${r.columnLabel}»` : `Teksten: «${r.rowLabel}»`;
  const released = r.release ? `utgave ${r.release} av ${r.fromYear}` : `arbeidsdataene for ${r.fromYear}`;
  const item = h('li', { class: 'panel restatement', 'data-place': [r.table || 'figur', r.row, r.column || ''].join('/') },
    h('h3', {}, where),
    h('p', {}, `${released}: ${r.released.text || '(tom)'} · ${ctx.year}: ${r.current.text || '(tom)'}`),
    h('p', { class: 'meta' }, r.svc.title));
  if (r.acceptance) {
    item.append(h('p', {}, `Godtatt av ${r.acceptance.by}: «${r.acceptance.reason}»`));
    return item;
  }
  if (!ctx.can.controller) return item;
  const reasonId = id('restated-reason');
  const reason = h('textarea', { id: reasonId, rows: 2, maxlength: 4000 });
  const messages = h('div', { tabindex: '-1' });
  item.append(h('form', {
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        replace(messages, notice('error', null, h('p', {}, 'Skriv hvorfor tallet avviker fra det som ble publisert.')));
        reason.focus();
        return;
      }
      try {
        await call(`/api/${r.svc.api}/${ctx.year}/restatements/acceptances`, {
          method: 'POST', body: { table: r.table, row: r.row, column: r.column, reason: reason.value.trim() },
        });
        announce('Endringen er godtatt.');
        await redraw(notice('ok', null, h('p', {}, `${where}: endringen er godtatt.`)));
      } catch (err) {
        replace(messages, notice('error', 'Ikke godtatt', h('p', {}, err.message)));
        messages.focus();
      }
    },
  }, h('div', { class: 'field' }, h('label', { for: reasonId }, 'Begrunnelse'), reason),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Godta endringen')), messages));
  return item;
}

