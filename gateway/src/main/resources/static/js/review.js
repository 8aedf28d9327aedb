// The reporting cycle's actions on one section (brief § 5): submit (reporter of the area or controller),
// approve, return with a required comment, reopen (controller). Only the actions the person may take in
// the section's current status are offered; the service checks again.
import { h, id, replace, notice, announce } from './dom.js';
import { call, seg } from './api.js';

function sectionPath(ctx, serviceApi, key, action) {
  return `/api/${serviceApi}/${ctx.year}/sections/${seg(key)}/${action}`;
}

/** Which actions the person may take on the section now. */
export function actionsFor(ctx, section) {
  const status = section.status || 'draft';
  const mayWrite = section.area ? ctx.can.mayWriteArea(section.area) : ctx.can.controller;
  return {
    submit: mayWrite && (status === 'draft' || status === 'returned'),
    approve: ctx.can.controller && status === 'submitted',
    return: ctx.can.controller && status === 'submitted',
    reopen: ctx.can.controller && (status === 'submitted' || status === 'approved'),
  };
}

/**
 * Buttons for the section's allowed actions. onDone(message) runs after a successful step; errors are
 * shown next to the buttons (role alert).
 */
export function reviewActions(ctx, serviceApi, section, onDone, { include = ['submit', 'approve', 'return', 'reopen'] } = {}) {
  const allowed = actionsFor(ctx, section);
  const title = section.title || section.key;
  const box = h('div', { class: 'review-actions' });
  const messages = h('div', {});
  const buttons = h('div', { class: 'actions' });

  async function run(action, body, done) {
    replace(messages);
    buttons.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await call(sectionPath(ctx, serviceApi, section.key, action), { method: 'POST', body: body === undefined ? {} : body });
      announce(done);
      await onDone(done);
    } catch (e) {
      buttons.querySelectorAll('button').forEach((b) => { b.disabled = false; });
      replace(messages, notice('error', 'Det gikk ikke', h('p', {}, e.message)));
    }
  }

  if (include.includes('submit') && allowed.submit) {
    buttons.append(h('button', { type: 'button', class: 'button', onclick: () => run('submit', undefined, `«${title}» er sendt inn til godkjenning.`) },
      'Send inn', h('span', { class: 'visually-hidden' }, ` «${title}»`)));
  }
  if (include.includes('approve') && allowed.approve) {
    buttons.append(h('button', { type: 'button', class: 'button', onclick: () => run('approve', undefined, `«${title}» er godkjent.`) },
      'Godkjenn', h('span', { class: 'visually-hidden' }, ` «${title}»`)));
  }
  let returnForm = null;
  if (include.includes('return') && allowed.return) {
    const commentId = id('comment');
    const errorId = id('comment-error');
    const textarea = h('textarea', { id: commentId, name: 'comment', rows: 3, 'aria-describedby': errorId, maxlength: 4000 });
    const error = h('p', { id: errorId, class: 'field-error' });
    const field = h('div', { class: 'field' },
      h('label', { for: commentId }, `Kommentar til rapportøren (må fylles ut)`), textarea, error);
    returnForm = h('form', {
      class: 'return-form', hidden: true, novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        const comment = textarea.value.trim();
        if (!comment) {
          field.classList.add('field--error');
          textarea.setAttribute('aria-invalid', 'true');
          error.textContent = 'Skriv hva rapportøren må rette før du returnerer.';
          textarea.focus();
          return;
        }
        run('return', { comment }, `«${title}» er returnert til rapportøren.`);
      },
    }, field, h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button button--danger' }, 'Returner', h('span', { class: 'visually-hidden' }, ` «${title}»`)),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => { returnForm.hidden = true; toggle.setAttribute('aria-expanded', 'false'); toggle.focus(); } }, 'Avbryt')));
    const toggle = h('button', {
      type: 'button', class: 'button button--secondary', 'aria-expanded': 'false',
      onclick: () => {
        returnForm.hidden = false;
        toggle.setAttribute('aria-expanded', 'true');
        textarea.focus();
      },
    }, 'Returner med kommentar', h('span', { class: 'visually-hidden' }, ` «${title}»`));
    buttons.append(toggle);
  }
  if (include.includes('reopen') && allowed.reopen) {
    buttons.append(h('button', { type: 'button', class: 'button button--secondary', onclick: () => run('reopen', undefined, `«${title}» er åpnet igjen for endringer.`) },
      'Åpne for endringer', h('span', { class: 'visually-hidden' }, ` «${title}»`)));
  }
  if (!buttons.childElementCount) return null;
  box.append(buttons);
  if (returnForm) box.append(returnForm);
  box.append(messages);
  return box;
}
