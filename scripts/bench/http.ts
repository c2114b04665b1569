// What the bench's orchestrator asks of a running portal over HTTP: a page's bytes, the contact
// form's hidden fields from a load of /kontakt, and a staff session cookie.
export const DEMO_LOSENORD = "Demo-lösenord-2026";
export const ADMIN = "admin@demo.grundskoleportalen.test";

export async function hamta(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; text: string; bytes: Buffer; headers: Headers }> {
  const res = await fetch(url, { redirect: "manual", ...init });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, text: bytes.toString("utf8"), bytes, headers: res.headers };
}

export const avkoda = (s: string) =>
  s
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/** The contact form's hidden fields ($ACTION_…, its key and start time) in a load of /kontakt. */
export function dolda(html: string): Record<string, string> {
  const form = /<form[^>]*encType="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error("Hittade inte kontaktformuläret på /kontakt.");
  const falt: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)) {
    if (!(m[1] in falt)) falt[avkoda(m[1])] = avkoda(m[2] ?? "");
  }
  if (!Object.keys(falt).some((k) => k.startsWith("$ACTION")) || !falt.startad || !falt.idempotensnyckel)
    throw new Error("Formulärets dolda fält saknas.");
  return falt;
}

/** The contact form's hidden fields from one load of `bas`/kontakt. */
export async function formularladdning(bas: string): Promise<Record<string, string>> {
  return dolda((await hamta(`${bas}/kontakt`)).text);
}

/**
 * One load per post, as each sender's browser has: a load's signed key makes one case, so posts
 * cannot share one. Loaded before the run, eight at a time, and not part of what is timed.
 */
export async function formularladdningar(bas: string, antal: number): Promise<Record<string, string>[]> {
  const ut: Record<string, string>[] = new Array(antal);
  let nasta = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (nasta < antal) {
        const i = nasta++;
        ut[i] = await formularladdning(bas);
      }
    }),
  );
  return ut;
}

/** Signs in as the demo admin (the credentials provider) and returns the session cookie. */
export async function loggaIn(bas: string): Promise<string> {
  const csrf = await fetch(`${bas}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const kakor = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const svar = await fetch(`${bas}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: kakor.join("; ") },
    body: new URLSearchParams({ csrfToken, email: ADMIN, password: DEMO_LOSENORD, callbackUrl: `${bas}/personal` }),
  });
  await svar.arrayBuffer();
  const session = svar.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Inloggningen som ${ADMIN} gav ingen sessionscookie (status ${svar.status}).`);
  return session;
}
