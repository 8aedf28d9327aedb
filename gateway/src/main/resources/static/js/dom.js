// Small DOM helpers: elements are built with textContent, never from untrusted HTML strings.

const SVG_NS = 'http://www.w3.org/2000/svg';
let uid = 0;

/** A unique id for labels, descriptions and ARIA references. */
export function id(prefix = 'id') {
  uid += 1;
  return `${prefix}-${uid}`;
}

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value' && 'value' in el && el.namespaceURI !== SVG_NS) el.value = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: h('p', {class: 'x'}, 'text', h('strong', {}, 'bold')). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element. */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replace(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

/** Text hidden visually but read by screen readers. */
export function hidden(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

/** Says something in the polite live region (screen readers read it; the page shows it elsewhere too). */
export function announce(message) {
  const region = document.getElementById('status');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers read repeated messages again.
  setTimeout(() => { region.textContent = message; }, 50);
}

/** A notice box; role alert for errors (read at once), status otherwise. */
export function notice(kind, title, ...body) {
  return h('div', { class: `notice notice--${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    title ? h('p', { class: 'notice__title' }, title) : null, ...body);
}

/** A table wrapped so it scrolls on its own on narrow screens and can be reached by keyboard. */
export function tableWrap(table, label) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': label }, table);
}

/**
 * A data table: columns [{label, num, key?}] and rows of cells (strings, numbers or nodes). The first cell
 * of each row is a row header (th scope=row) when rowHeader is true.
 */
export function dataTable({ caption, columns, rows, rowHeader = true, rowClass, rowAttrs, empty = 'Ingen rader.' }) {
  const head = h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.num ? 'num' : null }, c.label || hidden('Rad')))));
  const body = h('tbody');
  if (rows.length === 0) {
    body.append(h('tr', {}, h('td', { colspan: columns.length }, empty)));
  }
  rows.forEach((row, r) => {
    const tr = h('tr', { class: rowClass ? rowClass(row, r) : null, ...(rowAttrs ? rowAttrs(row, r) : {}) });
    row.cells.forEach((cell, i) => {
      // An empty first cell is no header (printed tables have unlabelled continuation rows).
      const empty = cell === '' || cell === null || cell === undefined;
      const tag = rowHeader && i === 0 && !empty ? 'th' : 'td';
      tr.append(h(tag, { scope: tag === 'th' ? 'row' : null, class: columns[i] && columns[i].num ? 'num' : null }, cell));
    });
    body.append(tr);
  });
  const table = h('table', {}, caption ? h('caption', {}, caption) : null, head, body);
  return tableWrap(table, typeof caption === 'string' ? caption : 'Tabell');
}

/** The CSRF token the gateway keeps in the XSRF-TOKEN cookie, sent back on every write. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}
