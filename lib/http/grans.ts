// What the edge refuses before a request reaches a page or an action: addresses that do not
// decode, bodies over the limit (counted as read, chunked or not), and bodies a server action
// cannot parse. Pure functions, so proxy.ts stays a list of decisions.

/**
 * The largest request body any form here needs: the contact form's 5 000 characters are at most
 * 20 KB of UTF-8. Anything far larger is refused up front, before Next's own server-action limit
 * (1 MB) would answer it with a bare 500.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** Deeper nesting than this in a server action's arguments is no form of ours. */
export const MAX_DJUP = 64;

/** Control characters, and U+FFFD: what Next leaves of invalid UTF-8 in a query string. */
const KONTROLLTECKEN = /[\u0000-\u001F\u007F\uFFFD]/;

/**
 * True when every part of the path and query decodes as UTF-8 and holds no control character.
 * `/%ff` or `?q=%00` would otherwise reach the router or PostgreSQL and end as a 500.
 */
export function giltigAdress(pathname: string, search: string): boolean {
  const delar = [...pathname.split("/"), ...search.replace(/^\?/, "").split(/[&=]/)];
  for (const del of delar) {
    let klartext: string;
    try {
      klartext = decodeURIComponent(del.replace(/\+/g, " "));
    } catch {
      return false;
    }
    if (KONTROLLTECKEN.test(klartext)) return false;
  }
  return true;
}

/**
 * Next hands the proxy a copy of the body that stops at this many bytes (next.config.ts); it is
 * above MAX_BODY_BYTES, so whatever arrives beyond our limit is still seen and refused.
 */
export const KOPIANS_GRANS = 1024 * 1024;

/**
 * Reads the proxy's copy of a body to its end; null when it is longer than `max`. It is read to
 * the end, never cancelled: Next waits for the whole body before it answers, and its copy is
 * already bounded by KOPIANS_GRANS.
 */
export async function lasHogst(body: ReadableStream<Uint8Array> | null, max = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const delar: Uint8Array[] = [];
  let langd = 0;
  const reader = body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    langd += r.value.byteLength;
    if (langd <= max) delar.push(r.value);
  }
  if (langd > max) return null;
  const allt = new Uint8Array(langd);
  let i = 0;
  for (const d of delar) {
    allt.set(d, i);
    i += d.byteLength;
  }
  return allt;
}

/** The deepest nesting of arrays and objects in JSON-like text, strings skipped. */
export function nastlingsdjup(text: string): number {
  let djup = 0;
  let storst = 0;
  let iStrang = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (iStrang) {
      if (c === "\\") i++;
      else if (c === '"') iStrang = false;
    } else if (c === '"') iStrang = true;
    else if (c === "[" || c === "{") storst = Math.max(storst, ++djup);
    else if (c === "]" || c === "}") djup--;
  }
  return storst;
}

/** Form fields that carry a server action's encoded arguments rather than a person's text. */
export const arJsonFalt = (namn: string) => /^\d+$/.test(namn) || /^\$ACTION_\d+:\d+$/.test(namn);

function json(text: string | undefined | null): unknown {
  if (typeof text !== "string" || nastlingsdjup(text) > MAX_DJUP) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Special strings of React's reply format that stand alone, referring to no other part. */
const FRISTAENDE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n\d+$|K[0-9a-f]+$|T)/;

/**
 * Every part a string in the arguments refers to ("$@1", "$Q2", "$3" …: React's reply format)
 * exists among the body's fields. A reference to a missing part fails in the decoder with a 500.
 */
function referenserFinns(varde: unknown, falt: Set<string>): boolean {
  if (typeof varde === "string") {
    if (!varde.startsWith("$") || FRISTAENDE.test(varde)) return true;
    const m = /^\$([a-zA-Z@]?)([0-9a-f]+)$/.exec(varde);
    return m !== null && falt.has(String(parseInt(m[2], 16)));
  }
  if (Array.isArray(varde)) return varde.every((v) => referenserFinns(v, falt));
  if (varde && typeof varde === "object") return Object.values(varde).every((v) => referenserFinns(v, falt));
  return true;
}

/**
 * True when a server action's encoded arguments are whole: what React's decoder would otherwise
 * fail on with a 500. With JavaScript the arguments are a JSON array (the body, or the multipart
 * field "0", whose references name other fields); without it a form carries `$ACTION_REF_n`,
 * the reference `$ACTION_n:0` ({id, bound}) and, for bound arguments, `$ACTION_n:1`, a JSON array.
 * What the arguments mean is each action's own zod schema's business.
 */
export function helaArgument(falt: Map<string, string> | null, namn: Set<string>, text: string | null, arAction: boolean): boolean {
  if (arAction) {
    const rot = json(falt ? falt.get("0") : text);
    if (!Array.isArray(rot)) return false;
    for (const [n, v] of falt ?? []) if (/^\d+$/.test(n) && !referenserFinns(json(v) ?? null, namn)) return false;
    return referenserFinns(rot, namn);
  }
  if (!falt) return true;
  for (const n of falt.keys()) {
    const ref = /^\$ACTION_REF_(\d+)$/.exec(n);
    if (!ref) continue;
    const meta = json(falt.get(`$ACTION_${ref[1]}:0`)) as { id?: unknown; bound?: unknown } | undefined;
    if (!meta || typeof meta !== "object" || typeof meta.id !== "string") return false;
    if (meta.bound === null || meta.bound === undefined) continue;
    const bundet = typeof meta.bound === "string" ? /^\$@(\d+)$/.exec(meta.bound) : null;
    const argument = bundet ? json(falt.get(`$ACTION_${ref[1]}:${bundet[1]}`)) : undefined;
    if (!Array.isArray(argument) || !referenserFinns(argument, new Set())) return false;
  }
  for (const [n, v] of falt) if (arJsonFalt(n) && json(v) === undefined) return false;
  return true;
}
