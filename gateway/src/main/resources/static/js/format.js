// Norwegian (bokmål) formatting of numbers and dates, and the labels the UI shows for codes.

const numberFormats = new Map();

function numberFormat(digits) {
  if (!numberFormats.has(digits)) {
    numberFormats.set(digits, new Intl.NumberFormat('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }
  return numberFormats.get(digits);
}

/** Decimals a value carries as stored (1982.2 → 1), so the printed precision is kept. */
export function decimalsOf(value) {
  const text = String(value);
  if (/e/i.test(text)) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}

/** 1982.2 → "1 982,2" (bokmål: space as thousands separator, comma as decimal mark). */
export function number(value, digits) {
  if (value === null || value === undefined || value === '') return '–';
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return numberFormat(digits === undefined ? decimalsOf(value) : digits).format(n);
}

/** A signed number: "+10,5" or "−32,0". */
export function signed(value, digits) {
  if (value === null || value === undefined) return '–';
  const n = Number(value);
  const text = number(Math.abs(n), digits === undefined ? decimalsOf(value) : digits);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

export function percent(value, digits = 1) {
  return value === null || value === undefined ? '–' : `${number(value, digits)} %`;
}

const UNITS = { MNOK: 'mill. kr', NOK: 'kr', TNOK: '1000 kr', percent: '%', count: 'antall', FTE: 'årsverk' };

export function unitLabel(unit) {
  return UNITS[unit] || unit || '';
}

// Norwegian time wherever the browser is, as in the report documents.
const dateTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' });
const dateOnly = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' });

export function date(value) {
  if (!value) return '–';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value) : dateOnly.format(d);
}

export function dateAndTime(value) {
  if (!value) return '–';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value) : dateTime.format(d);
}

export const SECTION_STATUS = {
  draft: 'Utkast',
  submitted: 'Sendt inn',
  approved: 'Godkjent',
  returned: 'Returnert',
};

export const GOAL_STATUS = {
  reached: 'Nådd',
  'largely-reached': 'I stor grad nådd',
  'partly-reached': 'Delvis nådd',
  'not-reached': 'Ikke nådd',
  'not-measurable': 'Ikke målbart',
  'not-assessed': 'Ikke vurdert',
};

export const SEVERITY = { error: 'Feil', warning: 'Advarsel', info: 'Merknad' };

export const ROLES = {
  staff: 'ansatt',
  reporter: 'rapportør',
  controller: 'kontroller',
  committee: 'utvalg',
  admin: 'administrator',
};

/** The four domain services: id in the dashboards, path segment of their API, and what people call them. */
export const SERVICES = [
  { id: 'finance', api: 'finance', title: 'Økonomi', chapters: 'kapittel 1' },
  { id: 'hr', api: 'hr', title: 'Arbeidsgiver og likestilling', chapters: 'kapittel 2' },
  { id: 'climate', api: 'climate', title: 'Klimabudsjett', chapters: 'kapittel 3' },
  { id: 'services-goals', api: 'service-areas', title: 'Tjenesteområdene', chapters: 'kapittel 4–19' },
];

export function serviceById(idOrApi) {
  return SERVICES.find((s) => s.id === idOrApi || s.api === idOrApi) || { id: idOrApi, api: idOrApi, title: idOrApi, chapters: '' };
}

/** "helse-og-omsorg" → "Helse og omsorg", when the register does not name the area. */
export function areaFallbackName(code) {
  if (!code) return '';
  const text = code.replace(/-og-/g, ' og ').replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
