// One service area (drill-down from Oversikt, and the reporter's workspace): its section's status, its
// tables, the deviation explanation (editable with If-Match), indicator results and status, the Excel
// template and its upload, and submitting the section. Edit controls appear only for people who may write
// the area, and only while its section is open (draft or returned).
import { h, id, replace, notice, announce, dataTable } from '../dom.js';
import { call, get, tryGet, seg, etagOf, ApiError } from '../api.js';
import { number, dateAndTime, GOAL_STATUS, SERVICES } from '../format.js';
import { richText, toPlainText, toHtml } from '../richtext.js';
import { reviewActions } from '../review.js';
import { templateSection } from '../upload.js';
import { statusBadge, goalStatusText } from './overview.js';

const MAIN_SERVICE = 'service-areas';

function base(ctx, serviceApi = MAIN_SERVICE) {
  return `/api/${serviceApi}/${ctx.year}`;
}

function cellText(cell) {
  if (!cell) return '';
  if (cell.text !== null && cell.text !== undefined && cell.text !== '') return cell.text;
  return cell.value === null || cell.value === undefined ? '' : number(cell.value);
}

/** A stored table (generic tables API) as an accessible HTML table. */
export function storedTable(table) {
  const numeric = table.columns.map((c) => c.type === 'NUMBER');
  const caption = `${table.number ? `Tabell ${table.number}: ` : ''}${table.caption || table.key}${table.unit ? ` (${table.unit})` : ''}`;
  return dataTable({
    caption,
    columns: [{ label: table.labelHeader || '' }, ...table.columns.map((c, i) => ({ label: c.label, num: numeric[i] }))],
    rows: table.rows.map((row) => ({ kind: row.kind, cells: [row.label, ...row.cells.map(cellText)] })),
    rowClass: (row) => (row.kind && row.kind !== 'line' ? `row--${row.kind}` : null),
  });
}

/** The text editor: plain text with paragraphs, saved with If-Match; a 412 reloads and keeps the person's draft. */
function textEditor(ctx, serviceApi, text, etag, editable, onSaved) {
  const path = `${base(ctx, serviceApi)}/texts/${seg(text.key)}`;
  const view = h('div', {}, richText(text.html));
  const box = h('div', { class: 'text-editor' }, view);
  const meta = h('p', { class: 'meta' }, provenanceText(text.provenance));
  box.append(meta);
  if (!editable) return box;

  let currentEtag = etag;
  const fieldId = id('text');
  const hintId = id('text-hint');
  const textarea = h('textarea', { id: fieldId, name: 'text', rows: 8, 'aria-describedby': hintId });
  textarea.value = toPlainText(text.html);
  const messages = h('div', { tabindex: '-1' });
  const saveButton = h('button', { type: 'submit', class: 'button' }, 'Lagre', h('span', { class: 'visually-hidden' }, ` ${text.title || 'teksten'}`));
  const form = h('form', {
    class: 'text-form', novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      replace(messages);
      saveButton.disabled = true;
      const draft = textarea.value;
      try {
        const answer = await call(path, { method: 'PUT', body: { html: toHtml(draft) }, ifMatch: currentEtag });
        currentEtag = answer.etag || etagOf(answer.data.version);
        replace(view, richText(answer.data.html));
        replace(meta, provenanceText(answer.data.provenance));
        replace(messages, notice('ok', 'Lagret', h('p', {}, `«${text.title || 'Teksten'}» er lagret.`)));
        announce('Teksten er lagret.');
        if (onSaved) onSaved(answer.data);
      } catch (err) {
        if (err instanceof ApiError && err.status === 412) {
          const fresh = await call(path);
          currentEtag = fresh.etag || etagOf(fresh.data.version);
          replace(view, richText(fresh.data.html));
          replace(meta, provenanceText(fresh.data.provenance));
          textarea.value = toPlainText(fresh.data.html);
          const draftId = id('draft');
          const kept = h('textarea', { id: draftId, readonly: true, rows: 5 });
          kept.value = draft;
          replace(messages, notice('error', 'Noen andre har endret teksten',
            h('p', {}, 'Teksten ble endret av noen andre mens du skrev, så endringen din er ikke lagret. Den nyeste teksten er lastet inn i feltet over. Gjør endringen på nytt; teksten din står under, så du kan kopiere fra den.'),
            h('label', { for: draftId }, 'Din tekst (ikke lagret)'), kept));
        } else {
          replace(messages, notice('error', 'Teksten ble ikke lagret', h('p', {}, err.message)));
        }
        messages.focus();
      } finally {
        saveButton.disabled = false;
      }
    },
  },
  h('div', { class: 'field' },
    h('label', { for: fieldId }, `Rediger: ${text.title || 'tekst'}`),
    h('p', { id: hintId, class: 'hint' }, 'Tom linje mellom avsnitt. Begynn en linje med «- » for en punktliste.'),
    textarea),
  startingPoint(text, textarea, messages),
  h('div', { class: 'actions' }, saveButton),
  messages);
  box.append(form);
  return box;
}

/**
 * Last year's text, offered as a starting point in a year opened from it: shown on request, and copied into the
 * editor with one click — never saved until the person saves.
 */
function startingPoint(text, textarea, messages) {
  const point = text.startingPoint;
  if (!point || !point.html) return null;
  const use = h('button', {
    type: 'button',
    class: 'button button--secondary',
    onclick: () => {
      if (textarea.value.trim() && !window.confirm('Feltet har tekst fra før. Vil du erstatte den med teksten fra ' + point.year + '?')) return;
      textarea.value = toPlainText(point.html);
      textarea.focus();
      replace(messages, notice('ok', null, h('p', {}, `Teksten fra ${point.year} er satt inn. Oppdater den for ${text.year}, og lagre.`)));
      announce(`Teksten fra ${point.year} er satt inn i feltet. Den er ikke lagret.`);
    },
  }, `Bruk teksten fra ${point.year} som utgangspunkt`);
  return h('details', { class: 'starting-point' },
    h('summary', {}, `Teksten fra ${point.year}`),
    richText(point.html),
    h('div', { class: 'actions' }, use));
}

function provenanceText(p) {
  if (!p) return '';
  const who = p.by ? `av ${p.by}` : '';
  const when = p.at ? dateAndTime(p.at) : '';
  const source = p.source === 'demo-seed' ? 'Fra den trykte årsberetningen' : p.source === 'file-import' ? `Importert fra ${p.fileName || 'fil'}` : 'Sist endret';
  return [source, who, when].filter(Boolean).join(' ');
}

function statusOptions(selected) {
  return Object.entries(GOAL_STATUS).map(([code, label]) => h('option', { value: code, selected: code === selected }, label));
}

/** One indicator's report form (result, status, own wording, comment), PATCH with the goal's ETag. */
function indicatorForm(ctx, code, goal, indicator, onChanged) {
  const prefix = id('ind');
  const fields = {
    result: h('input', { type: 'text', id: `${prefix}-result`, name: 'result', maxlength: 4000 }),
    status: h('select', { id: `${prefix}-status`, name: 'status' }, statusOptions(indicator.reportedStatus || 'not-assessed')),
    statusWording: h('input', { type: 'text', id: `${prefix}-wording`, name: 'statusWording', maxlength: 400 }),
    comment: h('textarea', { id: `${prefix}-comment`, name: 'comment', rows: 3, maxlength: 4000 }),
  };
  const initial = {
    result: (indicator.result && indicator.result.printed) || '',
    status: indicator.reportedStatus || 'not-assessed',
    statusWording: indicator.statusWording || '',
    comment: indicator.comment || '',
  };
  Object.entries(initial).forEach(([k, v]) => { fields[k].value = v; });
  const messages = h('div', { tabindex: '-1' });
  const name = indicator.number ? `indikator ${indicator.number}` : `indikator ${indicator.index}`;
  const form = h('form', {
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      const body = { area: code };
      let changes = 0;
      for (const [k, el] of Object.entries(fields)) {
        if (el.value !== initial[k]) { body[k] = el.value; changes += 1; }
      }
      if (!changes) {
        replace(messages, notice('info', null, h('p', {}, 'Ingen endringer å lagre.')));
        return;
      }
      try {
        const answer = await call(`${base(ctx)}/goals/${seg(goal.key)}/indicators/${indicator.index}`, { method: 'PATCH', body, ifMatch: etagOf(goal.version) });
        announce(`${name} er lagret.`);
        onChanged(answer.data, `${name[0].toUpperCase()}${name.slice(1)} er lagret.`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 412) {
          replace(messages, notice('error', 'Noen andre har endret målet', h('p', {}, 'Indikatoren ble endret av noen andre i mellomtiden. Den nyeste versjonen er lastet inn; gjør endringen på nytt.')));
          const fresh = await tryGet(`${base(ctx)}/goals/${seg(goal.key)}`);
          if (fresh) onChanged(fresh, null);
        } else {
          const details = err.errors.length ? h('ul', {}, err.errors.map((x) => h('li', {}, `${x.field ? `${x.field}: ` : ''}${x.message}`))) : null;
          replace(messages, notice('error', 'Indikatoren ble ikke lagret', h('p', {}, err.message), details));
        }
        messages.focus();
      }
    },
  },
  h('div', { class: 'field' }, h('label', { for: fields.result.id }, 'Resultat'), fields.result),
  h('div', { class: 'field' }, h('label', { for: fields.status.id }, 'Status'), fields.status),
  h('div', { class: 'field' }, h('label', { for: fields.statusWording.id }, 'Egen formulering av status (valgfritt)'), fields.statusWording),
  h('div', { class: 'field' }, h('label', { for: fields.comment.id }, 'Kommentar'), fields.comment),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Lagre', h('span', { class: 'visually-hidden' }, ` ${name}`))),
  messages);
  return h('details', {}, h('summary', {}, `Rapporter ${name}`), form);
}

function goalBlock(ctx, code, goal, editable) {
  const wrapper = h('div', { class: 'goal' });
  const draw = (g, message) => {
    const headingText = g.text || g.key;
    replace(wrapper,
      h('h4', {}, headingText),
      message ? h('div', { class: 'flash', tabindex: '-1' }, notice('ok', null, h('p', {}, message))) : null,
      dataTable({
        caption: `Indikatorer for målet «${headingText.length > 80 ? `${headingText.slice(0, 79)}…` : headingText}»`,
        columns: [{ label: 'Indikator' }, { label: 'Ambisjon' }, { label: 'Resultat' }, { label: 'Rapportert status' }, { label: 'Beregnet status' }, { label: 'Kommentar' }],
        rows: (g.indicators || []).map((i) => ({
          cells: [`${i.number ? `${i.number} ` : ''}${i.text || ''}`, (i.ambition && i.ambition.printed) || '–', (i.result && i.result.printed) || '–',
            `${goalStatusText(i.reportedStatus)}${i.statusWording ? ` («${i.statusWording}»)` : ''}`,
            i.computedStatus ? `${goalStatusText(i.computedStatus)}${i.reportedStatus && i.computedStatus !== i.reportedStatus ? ' – ulik rapportert' : ''}` : 'Kan ikke beregnes',
            i.comment || ''],
        })),
      }),
      editable ? (g.indicators || []).map((i) => indicatorForm(ctx, code, g, i, draw)) : null);
    const flash = wrapper.querySelector('.flash');
    if (flash) flash.focus();
  };
  draw(goal, null);
  return wrapper;
}

/** One service's part of the area: its sections, the tables they hold, its texts, and (services-goals) goals. */
async function loadServicePart(ctx, svc, code) {
  const sections = await tryGet(`${base(ctx, svc.api)}/sections`);
  if (sections === null) return { svc, unavailable: true };
  const own = sections.filter((x) => x.area === code);
  if (own.length === 0) return null;
  const keys = new Set(own.map((x) => x.key));
  const [summaries, texts, goals] = await Promise.all([
    tryGet(`${base(ctx, svc.api)}/tables`),
    tryGet(`${base(ctx, svc.api)}/texts`),
    svc.api === MAIN_SERVICE ? tryGet(`${base(ctx, svc.api)}/goals?area=${encodeURIComponent(code)}`) : Promise.resolve(undefined),
  ]);
  const ownSummaries = (summaries || []).filter((t) => keys.has(t.section));
  const chapters = new Set(ownSummaries.map((t) => t.chapter));
  const candidates = (summaries || []).filter((t) => !keys.has(t.section) && chapters.has(t.chapter));
  const details = (await Promise.all([...ownSummaries, ...candidates].map((t) => tryGet(`${base(ctx, svc.api)}/tables/${seg(t.key)}`)))).filter(Boolean);
  const areaTexts = (texts || []).filter((t) => t.area === code || keys.has(t.section));
  // The list carries each text's version, which is its ETag: no second request per text.
  const withTags = areaTexts.map((t) => ({ text: t, etag: etagOf(t.version) }));
  return {
    svc,
    sections: own,
    tables: details.filter((t) => keys.has(t.section)),
    related: details.filter((t) => !keys.has(t.section) && (t.areas || []).includes(code)),
    texts: withTags,
    goals,
  };
}

function servicePart(ctx, code, part, rerender, n) {
  const { svc } = part;
  const headingId = `del-${svc.id}`;
  const box = h('section', { 'aria-labelledby': headingId, class: 'panel service-part', 'data-service': svc.api },
    h('h2', { id: headingId }, `${svc.title} (${svc.chapters})`));
  if (part.unavailable) {
    box.append(notice('warn', null, h('p', {}, `${svc.title} svarer ikke akkurat nå; denne delen kan ikke vises.`)));
    return box;
  }
  const mayWrite = ctx.can.mayWriteArea(code);
  const isOpen = (x) => x.status === 'draft' || x.status === 'returned';
  const open = part.sections.every(isOpen);
  const editableSection = (key) => mayWrite && part.sections.some((x) => x.key === key && isOpen(x));

  // Status and submission, one row per section of the area in this service
  box.append(h('h3', { id: `${headingId}-status` }, 'Status og innsending'));
  for (const section of part.sections) {
    const status = section.status || 'draft';
    box.append(h('p', { class: 'section-status', 'data-section': section.key }, `${section.title || section.key}: `, statusBadge(status, section.statusLabel),
      section.changedBy ? h('span', { class: 'meta' }, ` – sist endret av ${section.changedBy} ${dateAndTime(section.changedAt)}`) : null));
    if (status === 'returned' && section.comment) {
      box.append(notice('warn', 'Returnert med kommentar', h('p', {}, section.comment)));
    }
    if (mayWrite && !isOpen(section)) {
      box.append(h('p', {}, status === 'approved' ? 'Seksjonen er godkjent og kan ikke endres.' : 'Seksjonen er sendt inn og venter på godkjenning; den kan ikke endres nå.'));
    } else if (mayWrite) {
      box.append(h('p', { class: 'hint' }, 'Når alt under er ferdig, sender du seksjonen inn til godkjenning. Etterpå kan den ikke endres før en kontroller eventuelt returnerer den.'));
    }
    const actions = reviewActions(ctx, svc.api, { ...section, area: section.area || code }, rerender);
    if (actions) box.append(actions);
  }

  // Tables
  if (part.tables.length || part.related.length) {
    box.append(h('h3', {}, 'Regnskap og tabeller'));
    const ownTables = h('div', { class: 'own-tables' }, part.tables.map(storedTable));
    box.append(ownTables);
    if (part.related.length) {
      box.append(h('details', {}, h('summary', {}, `Nøkkeltall (${part.related.length} ${part.related.length === 1 ? 'tabell' : 'tabeller'}, ført av kontroller)`), part.related.map(storedTable)));
    }
    part.refreshTables = async () => {
      const fresh = await Promise.all(part.tables.map((t) => tryGet(`${base(ctx, svc.api)}/tables/${seg(t.key)}`)));
      replace(ownTables, fresh.filter(Boolean).map(storedTable));
    };
  }

  // Texts (the deviation explanation first)
  if (part.texts.length) {
    const explanationKey = `explanation:${code}`;
    part.texts.sort((a, b) => (a.text.key === explanationKey ? -1 : b.text.key === explanationKey ? 1 : a.text.key.localeCompare(b.text.key)));
    box.append(h('h3', {}, part.texts.length === 1 && part.texts[0].text.key === explanationKey ? 'Forklaring til avviket' : 'Forklaringer og tekster'));
    for (const { text, etag } of part.texts) {
      if (part.texts.length > 1) box.append(h('h4', {}, text.title || text.key));
      else if (text.title) box.append(h('p', { class: 'meta' }, text.title));
      box.append(textEditor(ctx, svc.api, text, etag, editableSection(text.section) || (mayWrite && !text.section && open)));
    }
  }

  // Goals and indicators (services-goals)
  if (part.goals !== undefined) {
    box.append(h('h3', {}, 'Mål og indikatorer'));
    const editableGoals = editableSection(`area:${code}`);
    if (part.goals === null) {
      box.append(h('p', {}, 'Målene er ikke tilgjengelige akkurat nå.'));
    } else if (part.goals.length === 0) {
      box.append(h('p', {}, 'Ingen periodemål er knyttet til tjenesteområdet.'));
    } else {
      const withIndicators = part.goals.filter((g) => (g.indicators || []).length > 0);
      const without = part.goals.filter((g) => (g.indicators || []).length === 0);
      withIndicators.forEach((g) => box.append(goalBlock(ctx, code, g, editableGoals)));
      if (without.length) {
        box.append(h('p', {}, withIndicators.length ? 'Mål uten indikatorer:' : 'Målene har ingen indikatorer med tall eller status:'),
          h('ul', {}, without.map((g) => h('li', {}, g.text || g.key))));
      }
    }
  }

  // Template and upload, for the service's tables of this area
  if (part.tables.length) {
    box.append(templateSection(ctx, {
      serviceApi: svc.api,
      tableKeys: part.tables.map((t) => t.key),
      tableNames: part.tables.map((t) => (t.number ? `tabell ${t.number}` : t.caption)),
      mayUpload: mayWrite,
      locked: !part.tables.every((t) => editableSection(t.section)),
      onImported: () => (part.refreshTables ? part.refreshTables() : null),
      headingId: `${headingId}-mal`,
      level: 'h3',
    }));
  }
  return box;
}

export async function render(root, ctx, params, flash) {
  const code = params[0];
  if (!code) {
    ctx.navigate('mine-omrader');
    return;
  }
  const name = ctx.areaName(code);
  const order = [...SERVICES.filter((x) => x.api === MAIN_SERVICE), ...SERVICES.filter((x) => x.api !== MAIN_SERVICE)];
  const parts = (await Promise.all(order.map((svc) => loadServicePart(ctx, svc, code)))).filter(Boolean);
  const rerender = async (message) => {
    const fresh = h('div', { class: 'page' });
    await render(fresh, ctx, params, message);
    replace(root, ...fresh.childNodes);
    const focusTarget = root.querySelector('.flash') || root.querySelector('h1');
    if (focusTarget) focusTarget.focus();
  };
  const content = [h('h1', {}, `${name} ${ctx.year}`)];
  if (flash) content.push(h('div', { class: 'flash', tabindex: '-1' }, notice('ok', null, h('p', {}, flash))));
  content.push(h('p', { class: 'meta' }, h('a', { href: ctx.href('oversikt') }, 'Tilbake til oversikten'),
    ctx.can.reporter || ctx.can.controller ? [' · ', h('a', { href: ctx.href('mine-omrader') }, ctx.can.reporter ? 'Mine områder' : 'Tjenesteområder')] : null));
  if (!ctx.can.mayWriteArea(code) && (ctx.can.reporter || ctx.can.controller)) {
    content.push(notice('info', null, h('p', {}, 'Du kan lese dette tjenesteområdet, men ikke endre det.')));
  }
  if (parts.length === 0) {
    content.push(h('p', {}, 'Fant ingen seksjoner for dette tjenesteområdet i rapporteringssyklusen.'));
  }
  const available = parts.filter((p) => p.sections);
  const sectionCount = available.reduce((n, p) => n + p.sections.length, 0);
  if (sectionCount > 1) {
    content.push(h('p', {}, `Tjenesteområdet har ${sectionCount} seksjoner i ${available.length} ${available.length === 1 ? 'tjeneste' : 'tjenester'}; hver sendes inn for seg.`));
  }
  parts.forEach((part, i) => content.push(servicePart(ctx, code, part, rerender, i)));
  replace(root, ...content);
}
