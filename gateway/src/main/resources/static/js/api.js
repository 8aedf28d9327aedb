// Calls to the gateway with the browser session: JSON in and out, the CSRF token on every write,
// ETags for optimistic locking, and RFC 9457 problem documents turned into Norwegian messages.
import { csrfToken } from './dom.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TIMEOUT_MS = 60000;

/** An answer that was not 2xx: status, the problem document (if any) and a message for people. */
export class ApiError extends Error {
  constructor(status, problem, fallback) {
    super((problem && (problem.detail || problem.title)) || fallback || `Feil ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
  }
}

/** A path segment: encoded, but keeping the ':' of keys such as "area:skole" and "explanation:skole". */
export function seg(value) {
  return encodeURIComponent(String(value)).replace(/%3A/gi, ':');
}

function fallbackMessage(status) {
  switch (status) {
    case 401: return 'Økten din er utløpt. Last siden på nytt for å logge inn igjen.';
    case 403: return 'Du har ikke tilgang til dette.';
    case 404: return 'Fant ikke det du ba om.';
    case 409: return 'Det kan ikke gjøres nå; noen har endret status i mellomtiden.';
    case 412: return 'Noen andre har endret dette i mellomtiden.';
    case 503: return 'En tjeneste svarer ikke akkurat nå. Prøv igjen om litt.';
    default: return status >= 500 ? 'Noe gikk galt på tjeneren. Prøv igjen om litt.' : `Forespørselen ble avvist (${status}).`;
  }
}

async function parse(response) {
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 204) return null;
  if (type.includes('json')) {
    try { return await response.json(); } catch { return null; }
  }
  return null;
}

/**
 * Calls the gateway. Returns {data, etag, status}; throws ApiError for anything but 2xx (with the problem
 * document's detail and its errors list) and for a network failure (status 0). A call that takes longer than
 * timeoutMs (a minute unless the caller knows it takes longer) is reported as an error.
 */
export async function call(path, { method = 'GET', body, ifMatch, headers = {}, timeoutMs = TIMEOUT_MS } = {}) {
  const h = { Accept: 'application/json', ...headers };
  const init = { method, headers: h, credentials: 'same-origin', redirect: 'manual' };
  if (body !== undefined) {
    h['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (WRITES.has(method)) h['X-XSRF-TOKEN'] = csrfToken();
  if (ifMatch) h['If-Match'] = ifMatch;
  // A page never waits forever: an answer that takes longer than this is reported as an error.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  init.signal = abort.signal;
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, null, abort.signal.aborted
      ? `Tjeneren svarte ikke innen ${Math.round(timeoutMs / 60000)} minutt(er). Prøv igjen om litt.`
      : 'Fikk ikke kontakt med tjeneren. Sjekk nettverket og prøv igjen.');
  } finally {
    clearTimeout(timer);
  }
  if (response.type === 'opaqueredirect') {
    throw new ApiError(401, null, fallbackMessage(401));
  }
  const data = await parse(response);
  if (!response.ok) {
    throw new ApiError(response.status, data && typeof data === 'object' ? data : null, fallbackMessage(response.status));
  }
  return { data, etag: response.headers.get('ETag'), status: response.status };
}

export async function get(path) {
  return (await call(path)).data;
}

/** GET that answers null instead of throwing (for optional parts of a page). */
export async function tryGet(path) {
  try {
    return await get(path);
  } catch (e) {
    return null;
  }
}

/** "\"3\"" from a version number: the services' ETag format. */
export function etagOf(version) {
  return `"${version}"`;
}

/**
 * A multipart upload with progress (XMLHttpRequest, since fetch reports no upload progress).
 * onProgress(fraction 0..1); resolves {status, data} whatever the status; rejects on network failure.
 */
export function upload(path, formData, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-XSRF-TOKEN', csrfToken());
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      let data = null;
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch { data = null; }
      if (onProgress) onProgress(1);
      resolve({ status: xhr.status, data, message: data && (data.detail || data.title) ? (data.detail || data.title) : fallbackMessage(xhr.status) });
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, null, 'Opplastingen ble avbrutt: fikk ikke kontakt med tjeneren.')));
    xhr.addEventListener('abort', () => reject(new ApiError(0, null, 'Opplastingen ble avbrutt.')));
    xhr.send(formData);
  });
}

/** A fresh key for a write that must happen at most once (POST /api/releases). */
export function idempotencyKey() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
