// The Årsberetning web UI: who is logged in (/api/me), the year, the navigation and hash routing.
// Pages offer only what the person's roles and service areas allow; the server checks again anyway.
import { h, replace, csrfToken, notice } from './dom.js';
import { get, tryGet, ApiError } from './api.js';
import { ROLES, areaFallbackName } from './format.js';
import * as overview from './pages/overview.js';
import * as area from './pages/area.js';
import * as myAreas from './pages/my-areas.js';
import * as control from './pages/control.js';
import * as report from './pages/report.js';
import * as compare from './pages/compare.js';
import { loadYears as loadReportingYears } from './years.js';

const READER_ROLES = ['staff', 'reporter', 'controller', 'admin'];

/** What the person may do, from /api/me. */
function permissions(me) {
  const roles = new Set(me.roles || []);
  const areas = new Set(me.serviceAreas || []);
  const controller = roles.has('controller');
  const reporter = roles.has('reporter');
  return {
    reader: READER_ROLES.some((r) => roles.has(r)),
    controller,
    reporter,
    committee: roles.has('committee'),
    areas: [...areas],
    /** A controller writes every area; a reporter the areas in the token. */
    mayWriteArea: (code) => controller || (reporter && areas.has(code)),
  };
}

const PAGES = {
  oversikt: { module: overview, title: 'Oversikt', nav: (p) => p.reader },
  omrade: { module: area, title: 'Tjenesteområde', nav: () => false, allowed: (p) => p.reader },
  'mine-omrader': { module: myAreas, title: 'Mine områder', nav: (p) => p.reporter || p.controller },
  kontroll: { module: control, title: 'Kontroll', nav: (p) => p.controller },
  sammenlign: { module: compare, title: 'Sammenlign', nav: (p) => p.reader },
  rapport: { module: report, title: 'Rapport', nav: () => true },
};

const ctx = {
  me: null,
  can: null,
  years: [],
  year: null,
  areaNames: new Map(),
  /** The register's name for an area code (loaded once), or a readable fallback. */
  areaName(code) {
    return this.areaNames.get(code) || areaFallbackName(code);
  },
  href(page, ...params) {
    return `#/${[page, this.year, ...params].map((p) => encodeURIComponent(p)).join('/')}`;
  },
  navigate(page, ...params) {
    window.location.hash = this.href(page, ...params);
  },
};

function parseRoute() {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [page, year, ...rest] = parts;
  return { page, year: Number(year) || null, params: rest };
}

function defaultPage() {
  if (ctx.can.reader) return 'oversikt';
  return 'rapport';
}

function renderNav(active) {
  const nav = document.getElementById('nav');
  const items = Object.entries(PAGES).filter(([, page]) => page.nav(ctx.can));
  replace(nav, items.map(([key, page]) => {
    const label = key === 'mine-omrader' && !ctx.can.reporter ? 'Tjenesteområder' : page.title;
    const current = key === active || (active === 'omrade' && key === 'mine-omrader' && (ctx.can.reporter || ctx.can.controller));
    return h('li', {}, h('a', { href: ctx.href(key), 'aria-current': current ? 'page' : null }, label));
  }));
}

function renderYears() {
  const select = document.getElementById('year');
  replace(select, ctx.years.map((y) => h('option', { value: String(y), selected: y === ctx.year }, String(y))));
}

let firstRender = true;

async function route() {
  const { page, year, params } = parseRoute();
  const key = PAGES[page] ? page : defaultPage();
  if (!PAGES[page] || !year) {
    ctx.year = year || ctx.year;
    window.location.replace(ctx.href(key, ...(PAGES[page] ? params : [])));
    return;
  }
  ctx.year = year;
  if (!ctx.years.includes(year)) ctx.years = [...ctx.years, year].sort((a, b) => b - a);
  renderYears();
  renderNav(key);
  const def = PAGES[key];
  const app = document.getElementById('app');
  const container = h('div', { class: 'page' });
  replace(app, container);
  const allowed = def.allowed ? def.allowed(ctx.can) : (def.nav(ctx.can) || key === 'rapport');
  document.getElementById('main').setAttribute('aria-busy', 'true');
  document.title = `${def.title} ${year} – Årsberetning`;
  if (!allowed) {
    container.append(h('h1', { tabindex: '-1' }, def.title), notice('error', 'Ingen tilgang', h('p', {}, 'Rollen din gir ikke tilgang til denne siden.')));
  } else {
    container.append(h('p', { class: 'loading', role: 'status' }, 'Laster …'));
    try {
      await def.module.render(container, ctx, params);
    } catch (e) {
      console.error(e);
      replace(container, h('h1', { tabindex: '-1' }, def.title),
        notice('error', 'Siden kunne ikke vises', h('p', {}, e instanceof ApiError ? e.message : 'Noe gikk galt. Last siden på nytt.')));
    }
  }
  document.getElementById('main').removeAttribute('aria-busy');
  container.dataset.page = key;
  container.dataset.ready = 'true';
  const heading = container.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    if (heading.textContent) document.title = `${heading.textContent} – Årsberetning`;
    if (!firstRender) heading.focus();
  }
  firstRender = false;
}

/** The reporting years across the services (GET /api/years), newest first. */
async function loadYears() {
  const { years } = await loadReportingYears();
  return years.map((y) => y.year).sort((a, b) => b - a);
}

/** The committee may read published releases only: the recent years that have one. */
async function loadPublishedYears() {
  const recent = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);
  const found = await Promise.all(recent.map(async (y) => ((await tryGet(`/api/published/${y}`)) ? y : null)));
  return found.filter(Boolean);
}

async function loadAreaNames() {
  const areas = await tryGet('/api/service-areas/areas');
  for (const a of areas || []) {
    if (a && a.code) ctx.areaNames.set(a.code, a.name || areaFallbackName(a.code));
  }
}

function showUser(me) {
  const roles = (me.roles || []).map((r) => ROLES[r] || r).join(', ') || 'ingen rolle';
  const areas = (me.serviceAreas || []).map((c) => ctx.areaName(c)).join(', ');
  replace(document.getElementById('user'),
    'Innlogget som ', h('strong', {}, me.name || me.username), ` (${me.username}) – ${roles}`,
    areas ? ` – ${areas}` : '');
}

async function start() {
  document.getElementById('csrf').value = csrfToken();
  // Hash routing owns the fragment: the skip link moves focus instead of changing it.
  document.querySelector('.skip-link').addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  // The logout form reads the token when it is sent: the cookie may have been renewed since the page loaded.
  document.querySelector('.site-user__logout').addEventListener('submit', () => {
    document.getElementById('csrf').value = csrfToken();
  // Hash routing owns the fragment: the skip link moves focus instead of changing it.
  document.querySelector('.skip-link').addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  });
  try {
    ctx.me = await get('/api/me');
  } catch (e) {
    replace(document.getElementById('user'), 'Kunne ikke hente brukeropplysninger.');
    replace(document.getElementById('app'), h('h1', {}, 'Årsberetning'),
      notice('error', 'Du er ikke logget inn', h('p', {}, e.message), h('p', {}, h('a', { href: '/' }, 'Logg inn på nytt'))));
    return;
  }
  ctx.can = permissions(ctx.me);
  const [years] = await Promise.all([ctx.can.reader ? loadYears() : loadPublishedYears(), ctx.can.reader ? loadAreaNames() : null]);
  ctx.years = years.length ? years : [new Date().getFullYear() - 1];
  ctx.year = ctx.years[0];
  showUser(ctx.me);
  // The year changes when the person asks for it (a button), not while moving through the list.
  document.getElementById('year-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const { page, params } = parseRoute();
    ctx.year = Number(document.getElementById('year').value);
    window.location.hash = ctx.href(PAGES[page] ? page : defaultPage(), ...params);
  });
  window.addEventListener('hashchange', route);
  await route();
}

start();
