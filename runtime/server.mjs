// The production server: Next.js's standalone server.js behind one layer of our own, which gives
// every response its Content-Security-Policy (runtime/csp.mjs) and compresses it.
//
// Run from the standalone folder, where scripts/app-server.ts copies the runtime folder:
//   node runtime/server.mjs        (PORT, HOSTNAME as for server.js)
//
// An HTML response is held until it is complete, so its inline scripts can be hashed: the page
// cache's copies are sent whole anyway, and no page here streams (no Suspense, no loading.tsx).
// Compression therefore happens here, below the hashing, and Next's own is off (next.config.ts).
import { createHash } from "node:crypto";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { medStarttid } from "./begaran.mjs";
import { hashaHtml, installningar, markering, policy, RAPPORTADRESS, RAPPORTGRUPP } from "./csp.mjs";
import { markServerEntry } from "./process-wide.mjs";

const standalone = path.resolve(import.meta.dirname, "..");
const require = createRequire(path.join(standalone, "server.js"));
// The same middleware Next.js compresses with when its own is on.
const compression = require("next/dist/compiled/compression");
const { releaseCompressionStream } = require("next/dist/server/lib/release-compression-stream");
const log = require("pino")({ name: "csp", level: process.env.LOG_LEVEL || "info", base: undefined });

const { mark: MARK, fran } = markering(path.join(import.meta.dirname, "csp-markering"));
if (fran !== "bygget")
  log.warn(
    "runtime/csp-markering saknas: en slumpad markering för den här processen. Flera instanser med delad cache behöver samma fil (npm run build gör den).",
  );
const delar = installningar(process.env);
const GRUND = policy(delar);
const komprimera = compression();
let varnat = false;

/**
 * The page cache sends the same bytes for a page until it changes, so their policy and cleaned
 * HTML are kept too, by Next's ETag of those bytes and their length: a cache hit is then not
 * hashed again. Only responses a shared cache may store (never `private` or `no-store`, which is
 * everything with a session, a case key or a form's key) are kept; at most MINNE_MAX pages, the
 * oldest dropped first. A changed page has another ETag, so a new entry.
 * @type {Map<string, { kropp: Buffer, varde: string }>}
 */
const minne = new Map();
const MINNE_MAX = Number(process.env.CSP_MINNE_SIDOR ?? 400);

/** @param {http.ServerResponse} res @param {number} langd */
function minnesnyckel(res, langd) {
  const etag = res.getHeader("etag");
  const cache = String(res.getHeader("cache-control") ?? "");
  if (!etag || res.statusCode !== 200 || /private|no-store/i.test(cache)) return null;
  return `${etag}:${langd}`;
}

/** The Reporting API's endpoint (report-to), over HTTPS only: see policy() in csp.mjs. */
const SLUTPUNKTER = delar.https ? `${RAPPORTGRUPP}="${new URL(RAPPORTADRESS, process.env.PUBLIC_URL).href}"` : null;
/** @param {http.ServerResponse} res @param {string} varde */
function sattPolicy(res, varde) {
  res.setHeader("content-security-policy", varde);
  if (SLUTPUNKTER) res.setHeader("reporting-endpoints", SLUTPUNKTER);
}

/** Applies writeHead's optional headers argument through setHeader/appendHeader. */
function sattRubriker(res, rubriker) {
  if (Array.isArray(rubriker)) {
    const par = Array.isArray(rubriker[0]) ? rubriker : rubriker.flatMap((v, i) => (i % 2 ? [] : [[v, rubriker[i + 1]]]));
    for (const [namn, varde] of par) res.appendHeader(namn, varde);
  } else if (rubriker) {
    for (const [namn, varde] of Object.entries(rubriker)) if (varde !== undefined) res.setHeader(namn, varde);
  }
}

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function skydda(req, res) {
  // Every render is handed the marker; whatever a client sent under these names never reaches Next.
  req.headers["content-security-policy"] = `script-src 'nonce-${MARK}'`;
  delete req.headers["content-security-policy-report-only"];
  komprimera(req, res, () => {});
  // On a client's disconnect the middleware never ends its zlib stream (as router-server.js).
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });

  const inre = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders, flush: res.flush };
  /** @type {"oavgjort" | "html" | "igenom"} */
  let lage = "oavgjort";
  /** @type {Buffer[]} */
  const bitar = [];

  const avgor = () => {
    if (lage !== "oavgjort") return;
    const typ = String(res.getHeader("content-type") ?? "");
    const utanKropp = req.method === "HEAD" || res.statusCode === 204 || res.statusCode === 304;
    if (/^text\/html/i.test(typ) && !utanKropp) {
      lage = "html";
      return;
    }
    lage = "igenom";
    // A 304 updates the browser's stored headers: it must not replace a page's policy with one
    // without its hashes. A policy already set (the image optimizer's) is stricter; kept.
    if (res.statusCode !== 304 && !res.hasHeader("content-security-policy")) sattPolicy(res, GRUND);
  };

  res.writeHead = function (status, meddelande, rubriker) {
    if (lage !== "igenom") {
      res.statusCode = status;
      if (typeof meddelande === "string") res.statusMessage = meddelande;
      else rubriker = meddelande;
      sattRubriker(res, rubriker);
      avgor();
      if (lage === "html") return res;
      return inre.writeHead.call(res, res.statusCode, res.statusMessage);
    }
    return inre.writeHead.apply(res, arguments);
  };
  res.flushHeaders = function () {
    avgor();
    if (lage === "igenom") inre.flushHeaders.call(res);
  };
  res.flush = function () {
    if (lage === "igenom") inre.flush?.call(res);
  };
  res.write = function (chunk, encoding, cb) {
    avgor();
    if (lage === "igenom") return inre.write.apply(res, arguments);
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    if (chunk != null) bitar.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    if (cb) process.nextTick(cb);
    return true;
  };
  res.end = function (chunk, encoding, cb) {
    avgor();
    if (lage === "igenom") return inre.end.apply(res, arguments);
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    if (chunk != null) bitar.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    let kropp = Buffer.concat(bitar);
    // A shared page rendered per request (search, the school filter: proxy.ts) has no ETag from
    // Next; one of its bytes lets nginx and browsers revalidate it as they do a cached page.
    if (!res.hasHeader("etag") && /s-maxage/.test(String(res.getHeader("cache-control") ?? ""))) {
      res.setHeader("etag", `"${createHash("sha256").update(kropp).digest("base64url").slice(0, 27)}"`);
    }
    let varde = GRUND;
    const nyckel = minnesnyckel(res, kropp.length);
    const sparad = nyckel ? minne.get(nyckel) : undefined;
    if (sparad) {
      ({ kropp, varde } = sparad);
    } else {
      try {
        const { html, skript, stilar, markerad } = hashaHtml(kropp.toString("utf8"), MARK);
        kropp = Buffer.from(html, "utf8");
        varde = policy({ ...delar, skript, stilar });
        if (nyckel && markerad) {
          minne.set(nyckel, { kropp, varde });
          if (minne.size > MINNE_MAX) minne.delete(minne.keys().next().value);
        }
        if (!markerad && !varnat && /<script\b(?![^>]*\ssrc=)/i.test(html)) {
          varnat = true;
          log.warn("En sida utan CSP-markering har inbäddade skript; de körs inte (gjord med en annan AUTH_SECRET?)");
        }
      } catch {
        // Sent unchanged with the policy that allows no inline script: readable, never broken.
      }
    }
    lage = "igenom";
    sattPolicy(res, varde);
    res.setHeader("content-length", kropp.length);
    return inre.end.call(res, kropp, cb);
  };
}

// Started by npm start or a test (scripts/app-server.ts): when that process dies, even by
// kill -9, this one is handed to another parent, and stops rather than keep the port as an orphan.
if (process.env.MED_FORALDER === "1") {
  const forelder = process.ppid;
  setInterval(() => process.ppid !== forelder && process.kill(process.pid, "SIGTERM"), 500).unref();
}

const skapa = http.createServer;
http.createServer = function (...args) {
  const i = args.findIndex((a) => typeof a === "function");
  if (i >= 0) {
    const lyssnare = args[i];
    args[i] = function (req, res) {
      skydda(req, res);
      return medStarttid(() => lyssnare.call(this, req, res));
    };
  }
  return skapa.apply(this, args);
};
// instrumentation.ts refuses to start a production server without this layer.
markServerEntry();

await import(pathToFileURL(path.join(standalone, "server.js")).href);
