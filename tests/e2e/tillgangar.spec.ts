// The files every site is asked for (icons, security.txt) and the build's hashed assets, which
// may be kept for a year because their names change when their content does.
import { expect, test } from "@playwright/test";

test("the favicon comes as SVG and ICO, with an apple-touch-icon, all linked from every page", async ({ page, request }) => {
  await page.goto("/");
  const lankar = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((l) => l.map((e) => e.getAttribute("href")));
  expect(lankar).toEqual(expect.arrayContaining(["/favicon.ico", "/favicon.svg", "/apple-touch-icon.png"]));
  for (const [fil, typ] of [
    ["/favicon.svg", "image/svg+xml"],
    ["/favicon.ico", "image/x-icon"],
    ["/apple-touch-icon.png", "image/png"],
  ]) {
    const svar = await request.get(fil);
    expect(svar.status(), fil).toBe(200);
    expect(svar.headers()["content-type"], fil).toContain(typ);
  }
});

test("security.txt says whom to tell, at the city's domain, and has not expired", async ({ request }) => {
  const svar = await request.get("/.well-known/security.txt");
  expect(svar.status()).toBe(200);
  expect(svar.headers()["content-type"]).toContain("text/plain");
  const text = await svar.text();
  expect(text).toMatch(/^Contact: mailto:[^@\s]+@goteborg\.se$/m);
  const utgar = new Date(/^Expires: (.+)$/m.exec(text)![1]);
  expect(utgar.getTime()).toBeGreaterThan(Date.now());
  // RFC 9116 asks for less than a year ahead, so the file is looked at again.
  expect(utgar.getTime()).toBeLessThan(Date.now() + 366 * 24 * 3600 * 1000);
});

test("the build's hashed scripts and styles are immutable for a year", async ({ page, request }) => {
  await page.goto("/");
  const filer = await page
    .locator('script[src^="/_next/static/"], link[rel="stylesheet"][href^="/_next/static/"]')
    .evaluateAll((l) => l.map((e) => e.getAttribute("src") ?? e.getAttribute("href")));
  expect(filer.length).toBeGreaterThan(0);
  for (const fil of filer) {
    expect((await request.get(fil!)).headers()["cache-control"], fil!).toBe("public, max-age=31536000, immutable");
  }
});
