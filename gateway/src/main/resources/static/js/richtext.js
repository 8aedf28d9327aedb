// Explanatory texts: the services store sanitized HTML (paragraphs, lists, emphasis, links). The UI shows it
// through an allow-list of its own as well, and lets people edit it as plain text: a blank line between
// paragraphs, "- " at the start of a line for a bullet list.
import { h } from './dom.js';

const ALLOWED = new Set(['P', 'UL', 'OL', 'LI', 'EM', 'STRONG', 'B', 'I', 'BR', 'A', 'SUB', 'SUP']);

function copyAllowed(node, into) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      into.append(document.createTextNode(child.textContent));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      if (ALLOWED.has(child.tagName)) {
        const el = document.createElement(child.tagName.toLowerCase());
        if (child.tagName === 'A') {
          const href = child.getAttribute('href') || '';
          if (/^(https?:|mailto:)/i.test(href)) el.setAttribute('href', href);
        }
        copyAllowed(child, el);
        into.append(el);
      } else {
        copyAllowed(child, into);
      }
    }
  }
}

/** The stored HTML as DOM nodes, keeping only the allowed elements (scripts, styles, handlers are dropped). */
export function richText(html) {
  const box = h('div', { class: 'rich' });
  const doc = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  copyAllowed(doc.body, box);
  if (!box.textContent.trim()) box.append(h('p', { class: 'meta' }, 'Ingen tekst.'));
  return box;
}

/** HTML → editable plain text. */
export function toPlainText(html) {
  const doc = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const blocks = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const t = child.textContent.trim();
        if (t) blocks.push(t);
      } else if (child.tagName === 'UL' || child.tagName === 'OL') {
        blocks.push(Array.from(child.querySelectorAll('li')).map((li) => `- ${li.textContent.trim()}`).join('\n'));
      } else if (child.tagName === 'P' || child.tagName === 'LI') {
        blocks.push(child.textContent.trim());
      } else {
        walk(child);
      }
    }
  };
  walk(doc.body);
  return blocks.filter(Boolean).join('\n\n');
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Editable plain text → HTML paragraphs and lists (everything escaped). */
export function toHtml(text) {
  return String(text || '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.every((l) => /^[-*•]\s+/.test(l))) {
        return `<ul>${lines.map((l) => `<li>${escape(l.replace(/^[-*•]\s+/, ''))}</li>`).join('')}</ul>`;
      }
      return `<p>${escape(lines.join(' '))}</p>`;
    })
    .join('');
}
