import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hashaHtml, installningar, markering, nyMarkering, policy } from "../../runtime/csp.mjs";
import { lasRapporter, loggbarAdress, rapportstrypning } from "../../lib/http/csp-rapport";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("hashing a page's inline scripts", () => {
  const mark = nyMarkering();

  it("hashes only the scripts and styles that carry the marker, and removes the marker", () => {
    const html =
      `<html><head><script src="/_next/static/a.js" nonce="${mark}" async></script><style nonce="${mark}">.a{}</style></head>` +
      `<body><script nonce="${mark}">self.__next_f.push([1,"x"])</script>` +
      `<p><script>alert("injicerat")</script></p><script nonce="fel">alert(2)</script><style>.b{}</style></body></html>`;
    const r = hashaHtml(html, mark);
    expect(r.markerad).toBe(true);
    expect(r.skript).toEqual([hash('self.__next_f.push([1,"x"])')]);
    expect(r.stilar).toEqual([hash(".a{}")]);
    expect(r.html).not.toContain(mark);
    expect(r.html).toContain('<script>alert("injicerat")</script>');
  });

  it("a page made without the marker gets no script hash at all", () => {
    const r = hashaHtml('<script nonce="annan">self.__next_f.push([0])</script>', mark);
    expect(r).toMatchObject({ markerad: false, skript: [], stilar: [] });
  });

  it("the marker is the build's (the same for every instance), random only when the build has none", () => {
    const fil = path.join(mkdtempSync(path.join(tmpdir(), "csp-")), "csp-markering");
    const byggets = nyMarkering();
    writeFileSync(fil, `${byggets}\n`);
    expect(markering(fil)).toEqual({ mark: byggets, fran: "bygget" });
    expect(markering(`${fil}-saknas`).fran).toBe("slumpad");
    expect(markering(`${fil}-saknas`).mark).not.toBe(markering(`${fil}-saknas`).mark);
    expect(byggets).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});

describe("the policy", () => {
  it("has the required directives and never unsafe-inline or unsafe-eval for scripts", () => {
    const p = policy({ skript: ["'sha256-abc='"] });
    for (const d of [
      "default-src 'self'",
      "script-src 'self' 'sha256-abc='",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "report-uri /api/csp-rapport",
    ]) {
      expect(p).toContain(d);
    }
    expect(p).not.toContain("unsafe-eval");
    expect(p).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(p).not.toContain("upgrade-insecure-requests");
    expect(p).not.toContain("report-to");
  });

  it("lets a form go on to Entra ID; over HTTPS upgrades requests and reports through the Reporting API too", () => {
    const delar = installningar({
      AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/abc/v2.0",
      PUBLIC_URL: "https://portal.example",
    });
    const p = policy(delar);
    expect(p).toContain("form-action 'self' https://login.microsoftonline.com");
    expect(p).toContain("upgrade-insecure-requests");
    expect(p).toContain("report-uri /api/csp-rapport; report-to csp");
  });
});

describe("violation reports", () => {
  it("reads both report formats and keeps neither a private key nor a query string", () => {
    const ett = lasRapporter(
      JSON.stringify({
        "csp-report": { "document-uri": "https://p/arende/NYCKEL?a=1", "blocked-uri": "inline", "violated-directive": "script-src-elem" },
      }),
    );
    expect(ett).toEqual([
      {
        direktiv: "script-src-elem",
        blockerat: "inline",
        sida: "/arende/[nyckel]",
        rad: undefined,
        kolumn: undefined,
        utdrag: undefined,
        lage: undefined,
      },
    ]);
    const flera = lasRapporter(
      JSON.stringify([
        {
          type: "csp-violation",
          body: {
            documentURL: "https://p/avregistrera/T",
            blockedURL: "https://x.example/a.js?t=1",
            effectiveDirective: "script-src-elem",
          },
        },
      ]),
    );
    expect(flera?.[0]).toMatchObject({ sida: "/avregistrera/[nyckel]", blockerat: "https://x.example/a.js" });
    expect(loggbarAdress("eval")).toBe("eval");
  });

  it("anything else is no report", () => {
    for (const t of ["", "x", "{}", "[]", "null", '{"csp-report":[]}', '[{"type":"intervention","body":{}}]'])
      expect(lasRapporter(t), t).toBeNull();
  });

  it("counts per client in one-minute windows, in bounded memory", () => {
    const tillats = rapportstrypning(2, 3);
    expect([tillats("a", 0), tillats("a", 1), tillats("a", 2), tillats("b", 2)]).toEqual([true, true, false, true]);
    expect(tillats("a", 60_001)).toBe(true);
    for (const k of ["c", "d", "e", "f"]) expect(tillats(k, 60_002)).toBe(true);
  });
});

describe("the marker in the page's own data", () => {
  it("is removed from a marked script before its hash is taken", () => {
    const mark = nyMarkering();
    const innehall = `self.__next_f.push([1,"[\\"$\\",\\"script\\",null,{\\"nonce\\":\\"${mark}\\"}]"])`;
    const r = hashaHtml(`<link rel="preload" as="script" nonce="${mark}"><script nonce="${mark}">${innehall}</script>`, mark);
    expect(r.html).not.toContain(mark);
    expect(r.skript).toEqual([hash(innehall.split(mark).join(""))]);
    expect(r.html).toContain(`<script>${innehall.split(mark).join("")}</script>`);
  });
});
