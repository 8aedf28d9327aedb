// The pre-filled Excel template and its upload: download the template for some tables, fill it in, upload it
// with a progress bar. The import is all or nothing; every error is listed with its sheet, row and column.
// The file's type and size are checked here before anything is sent, with the server's own words.
import { h, id, replace, notice, announce, dataTable } from './dom.js';
import { upload } from './api.js';
import { number } from './format.js';

/** The largest file the services read (platform-common TabularFiles.MAX_MEGABYTES; a gateway test compares). */
export const MAX_MEGABYTES = 10;
const EXTENSIONS = ['.csv', '.xlsx', '.json'];

/** Why this file cannot be uploaded, in the words the server would use, or null when it may be sent. */
export function fileProblem(file) {
  const name = (file.name || '').toLowerCase();
  if (!EXTENSIONS.some((ext) => name.endsWith(ext))) return 'Filtypen støttes ikke: bruk .csv, .xlsx eller .json (JSON-stat 2.0)';
  if (file.size === 0) return 'Filen er tom';
  if (file.size > MAX_MEGABYTES * 1024 * 1024) return `Filen er for stor: høyst ${MAX_MEGABYTES} MB er tillatt`;
  return null;
}

/** A problem about the file as a whole (not its cells): its detail is the headline. */
function fileLevel(answer) {
  const type = (answer.data && answer.data.type) || '';
  return answer.status === 413 || type.endsWith('/unreadable-file');
}

function templateHref(serviceApi, year, tableKeys) {
  const query = tableKeys && tableKeys.length ? `?${tableKeys.map((k) => `tables=${encodeURIComponent(k)}`).join('&')}` : '';
  return `/api/${serviceApi}/${year}/template.xlsx${query}`;
}

function errorsTable(errors) {
  return dataTable({
    caption: `Feil i filen (${errors.length})`,
    rowHeader: false,
    columns: [{ label: 'Ark' }, { label: 'Rad', num: true }, { label: 'Kolonne' }, { label: 'Feil' }],
    rows: errors.map((e) => ({
      cells: e.sheet !== undefined || e.row !== undefined
        ? [e.sheet || '–', e.row === null || e.row === undefined ? 'hele arket' : number(e.row, 0), e.column || (e.row ? 'hele raden' : '–'), e.message || '']
        : ['–', '–', e.field || '–', e.message || ''],
    })),
  });
}

/**
 * A file upload form with a progress bar and a place for the outcome. options: {label, hint, accept, missing (what to
 * say when no file is chosen), check(file) (optional: why the file cannot be sent, or null), button, progressLabel,
 * send(file, formData, show) — uploads and writes the outcome into `result`; show(fraction 0..1, text) moves the
 * progress bar}. Returns {form, result}.
 */
export function uploadForm({ label, hint, accept, missing, check = () => null, button: buttonLabel = 'Last opp', progressLabel = 'Opplasting', send }) {
  const inputId = id('file');
  const hintId = id('file-hint');
  const progressId = id('progress');
  const input = h('input', { type: 'file', id: inputId, name: 'file', accept, 'aria-describedby': hintId });
  const progress = h('progress', { id: progressId, max: '100', value: '0' });
  const progressText = h('span', { 'aria-hidden': 'true' }, '0 %');
  const phase = h('span', { class: 'meta' });
  const progressBox = h('div', { class: 'progress', hidden: true }, h('label', { for: progressId }, progressLabel), progress, progressText, phase);
  const result = h('div', { class: 'upload-result', tabindex: '-1' });
  const button = h('button', { type: 'submit', class: 'button' }, buttonLabel);
  const show = (fraction, text) => {
    const pct = Math.round(fraction * 100);
    progress.value = pct;
    progressText.textContent = `${pct} %`;
    phase.textContent = text || '';
  };
  const form = h('form', {
    class: 'upload-form', novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      replace(result);
      const file = input.files && input.files[0];
      if (!file) {
        replace(result, notice('error', 'Velg en fil', h('p', {}, missing)));
        input.focus();
        return;
      }
      const problem = check(file);
      if (problem) {
        replace(result, notice('error', problem, h('p', {}, 'Filen er ikke sendt, og ingenting er endret.')));
        announce(problem);
        input.focus();
        return;
      }
      const data = new FormData();
      data.append('file', file, file.name);
      button.disabled = true;
      progressBox.hidden = false;
      show(0);
      announce(`Laster opp ${file.name} …`);
      try {
        await send(file, data, show);
      } catch (err) {
        replace(result, notice('error', 'Opplastingen mislyktes', h('p', {}, err.message)));
      } finally {
        button.disabled = false;
        progressBox.hidden = true;
        result.focus();
      }
    },
  },
  h('div', { class: 'field' }, h('label', { for: inputId }, label), h('p', { id: hintId, class: 'hint' }, hint), input),
  h('div', { class: 'actions' }, button),
  progressBox);
  return { form, result };
}

/**
 * The template link and, for people who may write, the upload form.
 * options: {serviceApi, tableKeys, tableNames, mayUpload, locked, onImported}
 */
export function templateSection(ctx, { serviceApi, tableKeys, tableNames, mayUpload, locked, lockedReason, onImported, headingId = 'mal', level = 'h2' }) {
  const section = h('section', { 'aria-labelledby': headingId, class: 'template' }, h(level, { id: headingId }, 'Excel-mal'));
  const names = tableNames && tableNames.length ? tableNames.join(', ') : 'alle tabellene';
  section.append(
    h('p', {}, `Malen er fylt ut med tallene slik de står nå (${names}). Hvert ark er én tabell, navngitt med tabellnøkkelen; rad 1 er overskriftene.`),
    h('p', {}, h('a', { class: 'button button--secondary', href: templateHref(serviceApi, ctx.year, tableKeys), download: `mal-${ctx.year}.xlsx` },
      'Last ned utfylt mal', h('span', { class: 'visually-hidden' }, ` for ${names}`), ' (.xlsx)')),
  );
  if (!mayUpload) return section;
  if (locked) {
    section.append(h('p', { class: 'meta' }, lockedReason || 'Seksjonen er sendt inn eller godkjent; filer kan ikke lastes opp nå.'));
    return section;
  }
  const { form, result } = uploadForm({
    label: 'Utfylt mal eller CSV-fil',
    hint: 'Importen er alt eller ingenting: er det én feil, endres ingenting, og alle feilene listes med ark, rad og kolonne. En tabell lastet ned som JSON-stat (.json) kan også lastes opp. '
      + `Filen kan være på høyst ${MAX_MEGABYTES} MB; en CSV-fil kan være lagret som UTF-8 eller Windows-1252 (Excels vanlige «CSV»).`,
    check: fileProblem,
    accept: '.xlsx,.csv,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,application/json',
    missing: 'Velg den utfylte malen (.xlsx) eller en .csv-fil før du laster opp.',
    send: async (file, data, show) => showResult(await upload(`/api/${serviceApi}/${ctx.year}/imports`, data, show), file.name),
  });

  function showResult(answer, fileName) {
    const summary = answer.data || {};
    if (answer.status >= 200 && answer.status < 300) {
      const changed = summary.tablesChanged || [];
      const text = changed.length
        ? `${number(summary.cellsChanged || 0, 0)} ${summary.cellsChanged === 1 ? 'celle' : 'celler'} er endret i ${changed.length === 1 ? 'tabell' : 'tabellene'} ${changed.join(', ')}.`
        : 'Ingen verdier var endret i forhold til det som er lagret.';
      replace(result, notice('ok', `Filen «${summary.fileName || fileName}» er importert`, h('p', {}, text),
        summary.tablesUnchanged ? h('p', {}, `${number(summary.tablesUnchanged, 0)} ark var uendret.`) : null,
        summary.encoding ? h('p', { class: 'upload-encoding' }, `Tegnkoding: ${summary.encoding}.`) : null));
      announce(`Filen er importert. ${text}`);
      if (onImported) onImported(summary);
      return;
    }
    const errors = Array.isArray(summary.errors) ? summary.errors : [];
    if (fileLevel(answer)) {
      // The reason is the headline; a table repeating it for the field «file» says nothing more.
      const places = errors.filter((e) => e.field !== 'file');
      replace(result, notice('error', answer.message, h('p', {}, 'Ingenting er endret.')), places.length ? errorsTable(places) : null);
      announce(answer.message);
      return;
    }
    const title = answer.status === 403 ? 'Filen ble avvist: du har ikke tilgang til å endre alt i den'
      : answer.status === 409 ? 'Filen ble avvist: seksjonen er stengt for endringer'
        : 'Filen ble ikke importert';
    replace(result, notice('error', title, h('p', {}, answer.message || 'Ingenting er endret.'), h('p', {}, 'Ingenting er endret. Rett feilene under og last opp filen på nytt.')),
      errors.length ? errorsTable(errors) : null);
    announce(`${title}. ${errors.length} feil.`);
  }

  section.append(form, result);
  return section;
}
