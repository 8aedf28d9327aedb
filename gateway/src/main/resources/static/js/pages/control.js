// Kontroll (controllers): the review queue of submitted sections across the four services (approve, or
// return with a required comment), every consistency finding, publishing a release (with the override
// reason when errors are open) and the releases, two of which can be compared.
import { h, id, replace, notice, announce, dataTable } from '../dom.js';
import { call, get, tryGet, idempotencyKey, ApiError } from '../api.js';
import { number, dateAndTime, SERVICES, SECTION_STATUS } from '../format.js';
import { reviewActions } from '../review.js';
import { statusBadge, findingsTable } from './overview.js';
import { yearsSection, restatementsSection } from '../years.js';

async function loadSections(ctx) {
  const lists = await Promise.all(SERVICES.map(async (svc) => {
    const list = await tryGet(`/api/${svc.api}/${ctx.year}/sections`);
    return { svc, list };
  }));
  return lists;
}

function queueSection(ctx) {
  const section = h('section', { 'aria-labelledby': 'ko' }, h('h2', { id: 'ko' }, 'Til godkjenning'));
  const body = h('div', {}, h('p', { class: 'loading' }, 'Henter seksjoner …'));
  section.append(body);

  async function draw(message) {
    const lists = await loadSections(ctx);
    const missing = lists.filter((x) => x.list === null).map((x) => x.svc.title);
    const all = lists.flatMap((x) => (x.list || []).map((s) => ({ ...s, svc: x.svc })));
    const queue = all.filter((s) => s.status === 'submitted');
    const counts = {};
    all.forEach((s) => { counts[s.status] = (counts[s.status] || 0) + 1; });
    const items = queue.map((s) => {
      const headingId = id('q');
      return h('li', { class: 'panel', 'data-service': s.svc.api, 'data-section': s.key },
        h('h3', { id: headingId }, s.title || s.key),
        h('p', { class: 'meta' }, `${s.svc.title} (${s.svc.chapters})`,
          s.area ? [' · ', h('a', { href: ctx.href('omrade', s.area) }, `Se ${ctx.areaName(s.area)}`)] : null,
          s.changedBy ? ` · sendt inn av ${s.changedBy} ${dateAndTime(s.changedAt)}` : ''),
        reviewActions(ctx, s.svc.api, s, (done) => draw(done), { include: ['approve', 'return'] }));
    });
    replace(body,
      message ? h('div', { class: 'flash', tabindex: '-1' }, notice('ok', null, h('p', {}, message))) : null,
      missing.length ? notice('warn', 'Noen tjenester svarer ikke', h('p', {}, `Seksjonene fra ${missing.join(', ')} mangler i køen.`)) : null,
      h('p', {}, `${number(queue.length, 0)} seksjoner venter på godkjenning. Totalt: `,
        Object.entries(SECTION_STATUS).map(([k, label], i) => `${i ? ', ' : ''}${label.toLowerCase()} ${number(counts[k] || 0, 0)}`).join(''), '.'),
      queue.length ? h('ul', { class: 'plain review-queue' }, items) : h('p', {}, 'Ingen seksjoner venter på godkjenning.'),
      all.some((s) => s.status === 'approved')
        ? h('details', {}, h('summary', {}, 'Godkjente seksjoner'), dataTable({
          caption: 'Godkjente seksjoner',
          columns: [{ label: 'Seksjon' }, { label: 'Tjeneste' }, { label: 'Status' }, { label: 'Godkjent av' }, { label: 'Handling' }],
          rows: all.filter((s) => s.status === 'approved').map((s) => ({
            cells: [s.title || s.key, s.svc.title, statusBadge(s.status, s.statusLabel), `${s.changedBy || ''} ${dateAndTime(s.changedAt)}`,
              reviewActions(ctx, s.svc.api, s, (done) => draw(done), { include: ['reopen'] }) || ''],
          })),
        }))
        : null);
    const flash = body.querySelector('.flash');
    if (flash) flash.focus();
  }
  return { section, draw };
}

function findingsSection(ctx) {
  const section = h('section', { 'aria-labelledby': 'funn' }, h('h2', { id: 'funn' }, 'Funn fra kontrollene'));
  const body = h('div', {}, h('p', { class: 'loading' }, 'Henter funn …'));
  section.append(body);
  let findings = [];
  const filterId = id('filter');
  const select = h('select', { id: filterId },
    h('option', { value: 'open' }, 'Feil og advarsler'),
    h('option', { value: 'error' }, 'Bare feil'),
    h('option', { value: 'warning' }, 'Bare advarsler'),
    h('option', { value: 'info' }, 'Bare merknader'),
    h('option', { value: 'all' }, 'Alle'));
  const tableBox = h('div', {});
  const drawTable = () => {
    const v = select.value;
    const shown = findings.filter((f) => (v === 'all' ? true : v === 'open' ? f.severity !== 'info' : f.severity === v));
    replace(tableBox, findingsTable(ctx, shown, `Funn (${shown.length} av ${findings.length})`));
  };
  select.addEventListener('change', () => { drawTable(); announce(`Viser ${tableBox.querySelectorAll('tbody tr').length} funn.`); });

  async function load() {
    try {
      findings = (await get(`/api/reports/${ctx.year}/checks`)) || [];
    } catch (e) {
      replace(body, notice('error', 'Funnene kunne ikke hentes', h('p', {}, e.message)));
      return [];
    }
    const count = (sev) => findings.filter((f) => f.severity === sev).length;
    replace(body,
      h('p', {}, `${number(count('error'), 0)} feil, ${number(count('warning'), 0)} advarsler og ${number(count('info'), 0)} merknader.`),
      h('div', { class: 'field' }, h('label', { for: filterId }, 'Vis'), select),
      tableBox);
    drawTable();
    return findings;
  }
  return { section, load };
}

function publishSection(ctx, onPublished) {
  const section = h('section', { 'aria-labelledby': 'publiser', class: 'panel' }, h('h2', { id: 'publiser' }, 'Publiser en utgave'));
  const intro = h('div', {});
  const reasonId = id('reason');
  const reasonHint = id('reason-hint');
  const reasonError = id('reason-error');
  const reason = h('textarea', { id: reasonId, name: 'overrideReason', rows: 4, maxlength: 4000, 'aria-describedby': `${reasonHint} ${reasonError}` });
  const reasonErrorEl = h('p', { id: reasonError, class: 'field-error' });
  const reasonField = h('div', { class: 'field', hidden: true },
    h('label', { for: reasonId }, 'Begrunnelse for å publisere med åpne feil (må fylles ut)'),
    h('p', { id: reasonHint, class: 'hint' }, 'Begrunnelsen lagres med utgaven og vises i den publiserte rapporten.'),
    reason, reasonErrorEl);
  const messages = h('div', { tabindex: '-1' });
  const button = h('button', { type: 'submit', class: 'button' }, 'Publiser utgave');
  let key = idempotencyKey();
  let openErrors = 0;

  const form = h('form', {
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      replace(messages);
      const text = reason.value.trim();
      if (openErrors > 0 && !text) {
        reasonField.classList.add('field--error');
        reason.setAttribute('aria-invalid', 'true');
        reasonErrorEl.textContent = `Det er ${openErrors} åpne feil. Skriv hvorfor utgaven likevel skal publiseres.`;
        reason.focus();
        return;
      }
      reasonField.classList.remove('field--error');
      reason.removeAttribute('aria-invalid');
      reasonErrorEl.textContent = '';
      button.disabled = true;
      replace(messages, h('p', { role: 'status' }, 'Publiserer … alle tjenestene fryser det godkjente.'));
      try {
        const answer = await call(`/api/releases/${ctx.year}`, { method: 'POST', body: text ? { overrideReason: text } : {}, headers: { 'Idempotency-Key': key } });
        const release = answer.data;
        key = idempotencyKey();
        reason.value = '';
        replace(messages, notice('ok', `Utgave ${release.number} er publisert`,
          h('p', {}, `Publisert ${dateAndTime(release.publishedAt)} av ${release.publishedBy || 'deg'}.${release.complete ? '' : ' Utgaven er ikke fullstendig ennå: ikke alle tjenestene har sin del.'}`),
          release.notApproved && release.notApproved.length
            ? h('p', {}, `${release.notApproved.length} seksjoner var ikke godkjent og er ikke med i utgaven.`) : null,
          h('p', { class: 'meta' }, `Innholds-hash: ${release.contentHash || '–'}`)));
        announce(`Utgave ${release.number} er publisert.`);
        await onPublished(release);
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) {
          openErrors = err.errors.length || openErrors || 1;
          showReason();
          key = idempotencyKey();
          replace(messages, notice('error', 'Publiseringen ble avvist', h('p', {}, err.message),
            h('p', {}, `${openErrors} feil er åpne. Skriv en begrunnelse over for å publisere likevel.`)));
        } else {
          // Network failure or a service out of reach: the same key is kept, so a retry never makes two releases.
          replace(messages, notice('error', 'Publiseringen mislyktes', h('p', {}, err.message), h('p', {}, 'Du kan prøve igjen; det blir ikke to utgaver.')));
        }
      } finally {
        button.disabled = false;
        messages.focus();
      }
    },
  }, reasonField, h('div', { class: 'actions' }, button), messages);

  function showReason() {
    reasonField.hidden = false;
    replace(intro, notice('warn', `${number(openErrors, 0)} feil er åpne`,
      h('p', {}, 'Publisering avvises så lenge det finnes åpne feil, med mindre du skriver en begrunnelse. Begrunnelsen lagres med utgaven.')));
  }

  function update(findings) {
    openErrors = (findings || []).filter((f) => f.severity === 'error').length;
    if (openErrors > 0) {
      showReason();
    } else {
      reasonField.hidden = true;
      replace(intro, h('p', {}, 'Ingen åpne feil. Utgaven fryser det som er godkjent i alle tjenestene; den kan ikke endres etterpå, men en retting blir en ny utgave.'));
    }
  }

  section.append(h('p', {}, 'Utgaven fryser det som er godkjent i hver tjeneste, får et nummer og en innholds-hash, og kan leses av utvalget.'), intro, form);
  return { section, update };
}

function releasesSection(ctx) {
  const section = h('section', { 'aria-labelledby': 'utgaver' }, h('h2', { id: 'utgaver' }, 'Utgaver'));
  const body = h('div', {}, h('p', { class: 'loading' }, 'Henter utgaver …'));
  section.append(body);

  async function load() {
    let releases;
    try {
      releases = (await get(`/api/releases/${ctx.year}`)) || [];
    } catch (e) {
      replace(body, notice('error', 'Utgavene kunne ikke hentes', h('p', {}, e.message)));
      return;
    }
    releases.sort((a, b) => a.number - b.number);
    const list = dataTable({
      caption: `Publiserte utgaver ${ctx.year}`,
      columns: [{ label: 'Utgave', num: true }, { label: 'Publisert' }, { label: 'Av' }, { label: 'Fullstendig' }, { label: 'Begrunnelse for åpne feil' }, { label: 'Innholds-hash' }],
      rows: releases.map((r) => ({
        cells: [number(r.number, 0), dateAndTime(r.publishedAt), r.publishedBy || '', r.complete ? 'Ja' : 'Nei', r.overrideReason || '–',
          h('code', { title: r.contentHash || '' }, r.contentHash ? `${r.contentHash.slice(0, 12)}…` : '–')],
      })),
      empty: 'Ingen utgaver er publisert ennå.',
    });
    replace(body, list);
    if (releases.length >= 2) body.append(compareForm(ctx, releases));
    else body.append(h('p', { class: 'meta' }, 'Når to eller flere utgaver er publisert, kan du sammenligne dem her.'));
  }
  return { section, load };
}

function compareForm(ctx, releases) {
  const fromId = id('from');
  const toId = id('to');
  const options = (selected) => releases.map((r) => h('option', { value: String(r.number), selected: r.number === selected }, `Utgave ${r.number} (${dateAndTime(r.publishedAt)})`));
  const from = h('select', { id: fromId }, options(releases[releases.length - 2].number));
  const to = h('select', { id: toId }, options(releases[releases.length - 1].number));
  const result = h('div', { tabindex: '-1' });
  const form = h('form', {
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      if (from.value === to.value) {
        replace(result, notice('error', 'Velg to ulike utgaver', h('p', {}, 'Sammenligningen trenger to forskjellige utgaver.')));
        result.focus();
        return;
      }
      replace(result, h('p', { role: 'status' }, 'Sammenligner …'));
      try {
        const diff = await get(`/api/releases/${ctx.year}/${from.value}/diff/${to.value}`);
        const changes = diff.changes || [];
        replace(result,
          h('h3', {}, `Forskjeller fra utgave ${diff.from} til utgave ${diff.to}`),
          changes.length === 0 ? h('p', { role: 'status' }, 'Ingen forskjeller: utgavene har de samme tallene.') : dataTable({
            caption: `${changes.length} endringer`,
            rowHeader: false,
            columns: [{ label: 'Kapittel' }, { label: 'Tabell' }, { label: 'Rad' }, { label: 'Kolonne' }, { label: 'Før', num: true }, { label: 'Etter', num: true }],
            rows: changes.map((c) => ({ cells: [c.chapter || '', c.table || '', c.row || '', c.column || '', c.before === null ? '(fantes ikke)' : c.before, c.after === null ? '(fjernet)' : c.after] })),
          }));
        announce(`${changes.length} forskjeller mellom utgave ${diff.from} og ${diff.to}.`);
      } catch (err) {
        replace(result, notice('error', 'Sammenligningen mislyktes', h('p', {}, err.message)));
      }
      result.focus();
    },
  },
  h('fieldset', {}, h('legend', {}, 'Sammenlign to utgaver'),
    h('div', { class: 'grid' },
      h('div', { class: 'field' }, h('label', { for: fromId }, 'Fra utgave'), from),
      h('div', { class: 'field' }, h('label', { for: toId }, 'Til utgave'), to)),
    h('button', { type: 'submit', class: 'button' }, 'Sammenlign')),
  result);
  return form;
}

export async function render(root, ctx) {
  const queue = queueSection(ctx);
  const findings = findingsSection(ctx);
  const releases = releasesSection(ctx);
  const years = yearsSection(ctx);
  const publish = publishSection(ctx, () => Promise.all([releases.load(), years.draw()]));
  const restated = restatementsSection(ctx, async () => publish.update(await findings.load()));
  replace(root,
    h('h1', {}, `Kontroll ${ctx.year}`),
    h('p', {}, 'Godkjenn eller returner innsendte seksjoner, gå gjennom funnene fra kontrollene, publiser en utgave av årsberetningen og åpne neste år.'),
    queue.section, restated.section, publish.section, findings.section, releases.section, years.section);
  await Promise.all([queue.draw(), findings.load().then((f) => publish.update(f)), releases.load(), restated.draw(), years.draw()]);
}
