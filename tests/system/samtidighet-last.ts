// The load of samtidighet.spec.ts: many clients on one portal over plain HTTP, each answer
// compared with what the same request got alone, and afterwards the writes checked against the
// database. Plain fetch and forms posted as a browser without JavaScript posts them: browsers
// would not leave room on two cores for the load itself.
import { randomUUID } from "node:crypto";
import { arendenummer, synpunktTyper } from "../../lib/synpunkter/typer";
import { DEMO_LOSENORD, demoEpost } from "../support/logga-in";
import { actionFormular, kontaktformularI, loggaInOverHttp, postaFormular, query, skicka } from "./support";

export type Roll = "admin" | "redaktor" | "handlaggare" | "rektor";
export const ROLLER: Roll[] = ["admin", "redaktor", "handlaggare", "rektor"];
export type Sort = "publik" | "sok" | "skolfilter" | "personal" | "inloggning" | "kontakt" | "insats" | "utkast";
const SORTER: Sort[] = ["publik", "sok", "skolfilter", "personal", "inloggning", "kontakt", "insats", "utkast"];

export interface Lasning {
  sokvag: string;
  sort: "publik" | "sok" | "skolfilter";
  /** Compare the whole main text, not only its headings, links and facts. */
  hel: boolean;
}

export interface Skrivmal {
  /** The insats each writing role updates, and its status (kept by every update). */
  insatser: Record<"redaktor" | "rektor", { slug: string; status: string }>;
  utkast: { typ: string; nyckel: string; falt: string }[];
}

/** The staff pages each role reads under load: the menu's pages and the ones the writers use. */
export function personalsidor(roll: Roll, mal: Skrivmal): string[] {
  const insats = (r: "redaktor" | "rektor") => `/personal/insatser/${mal.insatser[r].slug}`;
  const utkast = mal.utkast.map((u) => `/personal/innehall/${u.typ}/${u.nyckel}`);
  return {
    admin: [
      "/personal",
      "/personal/insatser",
      "/personal/synpunkter",
      "/personal/synpunkter/statistik",
      "/personal/konton",
      "/personal/granskningslogg",
      "/personal/pilotskolor",
      "/personal/mitt-konto",
    ],
    redaktor: [
      "/personal",
      "/personal/insatser",
      insats("redaktor"),
      "/personal/pilotskolor",
      "/personal/innehall",
      ...utkast,
      "/personal/mitt-konto",
    ],
    handlaggare: ["/personal", "/personal/synpunkter", "/personal/synpunkter/statistik", "/personal/mitt-konto"],
    rektor: ["/personal", "/personal/insatser", insats("rektor"), "/personal/mitt-konto"],
  }[roll];
}

// ------------------------------------------------------------------ what an answer is compared by

const ENTITETER: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const avkoda = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (hel, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITETER[e] ?? hel),
  );
const text = (html: string) =>
  avkoda(
    html
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<script\b[\s\S]*?<\/script>/g, "")
      .replace(/<style\b[\s\S]*?<\/style>/g, "")
      .replace(/<[^>]+>/g, " "),
  )
    .replace(/\s+/g, " ")
    .trim();
const alla = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => text(m[1]));
const del = (html: string, re: RegExp) => re.exec(html)?.[0] ?? "";
const lankar = (html: string) =>
  [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => `${avkoda(m[1])} ${text(m[2])}`);

type Normal = Record<string, unknown>;

/**
 * A public answer as what it shows, without what differs per request (nonces, form keys, the
 * policy's hashes, "genererad" in the open data). Parts a write in the load may change are left
 * out: the written insatser in the open data, and on pages that are not `hel` every insats link.
 */
function normaliseraPublik(status: number, plats: string | null, body: string, lasning: Lasning, skrivna: string[]): Normal {
  if (lasning.sokvag.startsWith("/api/")) {
    try {
      const json = JSON.parse(body) as Record<string, unknown>;
      delete json.genererad;
      if (Array.isArray(json.insatser)) json.insatser = json.insatser.filter((i: { id?: string }) => !skrivna.includes(i.id ?? ""));
      return { status, json };
    } catch {
      return { status, plats, inteJson: text(body).slice(0, 300) };
    }
  }
  const main = del(body, /<main\b[\s\S]*?<\/main>/);
  return {
    status,
    plats,
    titel: alla(body, /<title>([\s\S]*?)<\/title>/g),
    h1: alla(main, /<h1\b[^>]*>([\s\S]*?)<\/h1>/g),
    rubriker: alla(main, /<h2\b[^>]*>([\s\S]*?)<\/h2>/g),
    meny: lankar(del(body, /<nav aria-label="Huvudmeny"[\s\S]*?<\/nav>/)),
    sidfot: text(del(body, /<footer\b[\s\S]*?<\/footer>/)),
    lankar: [...new Set(lankar(main).map((l) => l.split(" ")[0]))]
      .filter((href) => (lasning.hel ? !skrivna.some((slug) => href === `/insatser/${slug}`) : !href.startsWith("/insatser/")))
      .sort(),
    uppgifter: alla(main, /<dd\b[^>]*>([\s\S]*?)<\/dd>/g),
    ...(lasning.hel ? { text: text(main) } : {}),
  };
}

/** A staff answer by what the write cannot change: its title, heading and header (who is signed in, the role's menu). */
function normaliseraPersonal(status: number, plats: string | null, body: string): Normal {
  return {
    status,
    plats,
    titel: alla(body, /<title>([\s\S]*?)<\/title>/g),
    h1: alla(del(body, /<main\b[\s\S]*?<\/main>/), /<h1\b[^>]*>([\s\S]*?)<\/h1>/g),
    huvud: text(del(body, /<header\b[\s\S]*?<\/header>/)),
  };
}

const kort = (v: unknown) => {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s === undefined ? "–" : s.length > 160 ? `${s.slice(0, 160)}…` : s;
};

/** The parts that differ, each as expected against received (the first differing entry of a list). */
function skillnad(vantat: Normal, fick: Normal): string {
  const delar: string[] = [];
  for (const nyckel of new Set([...Object.keys(vantat), ...Object.keys(fick)])) {
    const a = vantat[nyckel];
    const b = fick[nyckel];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      const i = a.findIndex((x, j) => JSON.stringify(x) !== JSON.stringify(b[j]));
      const j = i === -1 ? a.length : i;
      delar.push(`${nyckel}[${j}] (${a.length} mot ${b.length}): väntat ${kort(a[j])}, fick ${kort(b[j])}`);
    } else delar.push(`${nyckel}: väntat ${kort(a)}, fick ${kort(b)}`);
  }
  return delar.join("; ");
}

// ------------------------------------------------------------------ results

export interface Avvikelse {
  /** "ensam"/"efter": a read alone before/after the load; "klient": a step that could not go on (a form missing). */
  sort: Sort | "ensam" | "efter" | "klient";
  vad: string;
  roll?: Roll;
  skillnad: string;
}

export class Resultat {
  antal: Record<Sort | "totalt", number> = Object.fromEntries([...SORTER, "totalt"].map((s) => [s, 0])) as Record<Sort | "totalt", number>;
  avvikelser: Avvikelse[] = [];
  annanIdentitet = 0;
  serverfel = 0;
  natverksfel = 0;
  konflikter = 0;
  sekunder = 0;
  klienter = 0;
  /** Milliseconds per request, by kind. */
  tider: Record<Sort, number[]> = Object.fromEntries(SORTER.map((s) => [s, []])) as unknown as Record<Sort, number[]>;

  sammanfattning(): string {
    const per = SORTER.map((s) => {
      const t = [...this.tider[s]].sort((a, b) => a - b);
      const p = (q: number) => Math.round(t[Math.min(t.length - 1, Math.floor(q * t.length))] ?? 0);
      return `${s} ${this.antal[s]} (median ${p(0.5)} ms, p95 ${p(0.95)} ms, längst ${p(1)} ms)`;
    }).join(", ");
    return (
      `${this.antal.totalt} begäranden från ${this.klienter} klienter på ${this.sekunder.toFixed(1)} s ` +
      `(${(this.antal.totalt / Math.max(this.sekunder, 1)).toFixed(0)}/s): ${per}. ` +
      `Avvikelser ${this.avvikelser.length}, annan användares identitet ${this.annanIdentitet}, 5xx ${this.serverfel}, ` +
      `nätverksfel ${this.natverksfel}, konflikter (svenskt meddelande) ${this.konflikter}.`
    );
  }

  exempel(n: number): string {
    return this.avvikelser
      .slice(0, n)
      .map((a) => `${a.sort} ${a.vad}${a.roll ? ` (${a.roll})` : ""}: ${a.skillnad}`)
      .join("\n");
  }
}

// ------------------------------------------------------------------ the load

interface Klient {
  nr: number;
  ip: string;
  slump: () => number;
  /** The session cookie, once signed in. */
  cookie?: string;
}

type Profil =
  | { typ: "invanare" }
  | { typ: "avsandare" }
  | { typ: "personal"; roll: Roll }
  | { typ: "inloggare"; roll: Roll }
  | { typ: "insats"; roll: "redaktor" | "rektor" }
  | { typ: "utkast"; mal: number };

/**
 * Fifteen kinds of client, repeated: at 60 clients 20 citizens reading, 8 senders of the contact
 * form, 16 staff (4 per role) reading with their own sessions and signing in again now and then,
 * 8 who keep signing in, 4 updating insatser (2 redaktör, 2 rektor) and 4 redaktörer saving drafts.
 */
function profil(i: number): Profil {
  const k = Math.floor(i / 15);
  const kedja: Profil[] = [
    { typ: "invanare" },
    { typ: "invanare" },
    { typ: "invanare" },
    { typ: "invanare" },
    { typ: "invanare" },
    { typ: "avsandare" },
    { typ: "avsandare" },
    { typ: "personal", roll: "admin" },
    { typ: "personal", roll: "redaktor" },
    { typ: "personal", roll: "handlaggare" },
    { typ: "personal", roll: "rektor" },
    { typ: "inloggare", roll: ROLLER[k % 4] },
    { typ: "inloggare", roll: ROLLER[(k + 2) % 4] },
    k % 2 === 0 ? { typ: "insats", roll: "redaktor" } : { typ: "utkast", mal: 0 },
    k % 2 === 0 ? { typ: "insats", roll: "rektor" } : { typ: "utkast", mal: 1 },
  ];
  return kedja[i % 15];
}

const MARKOR = "Samtidighetstest";
const MAX_STEG_PER_KLIENT = 2_000;
/** A pause between one client's steps, as a person reads before the next click (0.1–0.6 s). */
const PAUS_MS = [100, 600];
const KONFLIKT_INSATS = "Någon annan sparade en ändring medan du skrev";
const KONFLIKT_UTKAST = "medan du skrev. Din text finns kvar";

const arNatverksfel = (e: unknown) =>
  e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError" || e.message === "fetch failed");

export class Last {
  readonly resultat = new Resultat();
  private alene = new Map<string, Normal>();
  private identitet = new Map<Roll, string>();
  private utkastVarden = new Map<number, Record<string, string>>();
  private fore = { insatsVersion: {} as Record<string, number>, utkastVersion: [] as number[] };
  private turer = new Map<string, Promise<void>>();
  private inskick: { markor: string; typ: string; nyckel: string; nummer: string }[] = [];
  private uppdateringar: { slug: string; markor: string; progress: number; roll: Roll; utfall: "sparad" | "konflikt" | "fel" }[] = [];
  private sparningar: { mal: number; markor: string; utfall: "sparad" | "konflikt" | "fel" }[] = [];

  constructor(
    private readonly bas: string,
    private readonly dbUrl: string,
    private readonly lasningar: Lasning[],
    private readonly mal: Skrivmal,
  ) {}

  /**
   * Every compared request alone until two answers in a row agree: what the load is compared
   * with. A disagreement alone is reported as such (the background jobs and a page's own
   * parallel queries share the pool even then); one that never ends means the comparison holds
   * something that differs per request, and the test stops rather than report load that is not there.
   */
  async forbered(): Promise<void> {
    const ensam = async (nyckel: string, hamta: () => Promise<Normal>) => {
      let forra = await hamta();
      for (let forsok = 0; forsok < 5; forsok++) {
        const nasta = await hamta();
        if (JSON.stringify(forra) === JSON.stringify(nasta) && Number(nasta.status) < 400) {
          this.alene.set(nyckel, nasta);
          return;
        }
        this.avvikelse({
          sort: "ensam",
          vad: nyckel,
          skillnad: Number(nasta.status) >= 400 ? `status ${String(nasta.status)}` : skillnad(forra, nasta),
        });
        forra = nasta;
      }
      throw new Error(`${nyckel} svarar inte två gånger i rad likadant utan last: ${skillnad(forra, await hamta())}`);
    };
    for (const l of this.lasningar) await ensam(`- ${l.sokvag}`, async () => this.publikNormal(l, await this.hamta(l.sokvag)));
    for (const roll of ROLLER) {
      const inloggning = await loggaInOverHttp(this.bas, demoEpost(roll), DEMO_LOSENORD);
      if (!inloggning.session) throw new Error(`Inloggningen som ${roll} misslyckades utan last (status ${inloggning.status}).`);
      const cookie = inloggning.session;
      for (const sokvag of personalsidor(roll, this.mal)) {
        await ensam(`${roll} ${sokvag}`, async () => {
          const svar = await this.hamta(sokvag, { cookie });
          return normaliseraPersonal(svar.status, svar.plats, svar.body);
        });
      }
      const huvud = String(this.alene.get(`${roll} /personal`)!.huvud);
      const namn = /Personalsidor (.+?, [a-zåäö]+) Mitt konto/.exec(huvud)?.[1];
      if (!namn) throw new Error(`Personalsidornas huvud visar inte vem som är inloggad: ${huvud}`);
      this.identitet.set(roll, namn);
      if (roll === "redaktor") {
        for (const [i, u] of this.mal.utkast.entries()) {
          const form = actionFormular((await this.hamta(`/personal/innehall/${u.typ}/${u.nyckel}`, { cookie })).body).find(
            (f) => f.dolda.typ === u.typ,
          );
          if (!form?.varden[u.falt]) throw new Error(`Redigeringen av ${u.typ}/${u.nyckel} saknar fältet ${u.falt}.`);
          this.utkastVarden.set(i, form.varden);
        }
      }
    }
    for (const { slug } of Object.values(this.mal.insatser)) {
      const [insats] = await query<{ version: number }>(this.dbUrl, `SELECT version FROM "Insats" WHERE slug = $1`, [slug]);
      this.fore.insatsVersion[slug] = insats.version;
    }
    for (const u of this.mal.utkast) {
      const [rad] = await query<{ version: number }>(this.dbUrl, `SELECT version FROM "Innehall" WHERE typ = $1 AND nyckel = $2`, [
        u.typ,
        u.nyckel,
      ]);
      this.fore.utkastVersion.push(rad.version);
    }
  }

  /** `klienter` clients at once until `sekunder` have passed (and at most a fixed number of steps each). */
  async kor({ klienter, sekunder }: { klienter: number; sekunder: number }): Promise<void> {
    const start = performance.now();
    const slut = Date.now() + sekunder * 1000;
    this.resultat.klienter = klienter;
    await Promise.all(
      Array.from({ length: klienter }, async (_, nr) => {
        let fro = nr + 1;
        // A small generator of its own per client, so that a run can be repeated step for step.
        const klient: Klient = {
          nr,
          ip: `198.51.100.${nr + 1}`,
          slump: () => (fro = (Math.imul(fro, 1103515245) + 12345) >>> 0) / 2 ** 32,
        };
        const p = profil(nr);
        for (let steg = 0; steg < MAX_STEG_PER_KLIENT && Date.now() < slut; steg++) {
          try {
            await this.steg(p, klient, steg);
          } catch (error) {
            if (arNatverksfel(error)) {
              this.resultat.natverksfel++;
              this.avvikelse({
                sort: "klient",
                vad: `klient ${nr} (${p.typ}): nätverket`,
                skillnad: `${(error as Error).name}: ${(error as Error).message}`,
              });
            } else this.avvikelse({ sort: "klient", vad: `klient ${nr} (${p.typ})`, skillnad: (error as Error).message });
          }
          await new Promise((r) => setTimeout(r, PAUS_MS[0] + klient.slump() * (PAUS_MS[1] - PAUS_MS[0])));
        }
      }),
    );
    this.resultat.sekunder = (performance.now() - start) / 1000;
  }

  /** After the load, every public read alone again: now, and once more after the page cache has renewed. */
  async efterAt(): Promise<void> {
    for (const vant of [2_000, 1_500]) {
      await new Promise((r) => setTimeout(r, vant));
      for (const l of this.lasningar) {
        const fick = this.publikNormal(l, await this.hamta(l.sokvag));
        const vantat = this.alene.get(`- ${l.sokvag}`)!;
        if (JSON.stringify(fick) !== JSON.stringify(vantat))
          this.avvikelse({ sort: "efter", vad: l.sokvag, skillnad: skillnad(vantat, fick) });
      }
    }
  }

  /** The account's name as the staff header shows it ("Alva Admin (demo)"). */
  private namn(roll: Roll) {
    return this.identitet.get(roll)!.split(",")[0].trim();
  }

  private avvikelse(a: Avvikelse) {
    this.resultat.avvikelser.push(a);
  }

  private async steg(p: Profil, k: Klient, steg: number): Promise<unknown> {
    const valj = <T>(xs: T[]) => xs[Math.floor(k.slump() * xs.length)];
    const publik = (sort: Lasning["sort"]) => this.lasPublik(valj(this.lasningar.filter((l) => l.sort === sort)), k);
    switch (p.typ) {
      case "invanare": {
        const r = k.slump();
        return r < 0.55 ? publik("publik") : r < 0.75 ? publik("sok") : r < 0.95 ? publik("skolfilter") : this.kontakt(k);
      }
      case "avsandare":
        return k.slump() < 0.7 ? this.kontakt(k) : publik("publik");
      case "personal":
        // Each client its own session; every tenth step a new one, as someone signing in again.
        if (!k.cookie || steg % 10 === 9) return this.loggaIn(k, p.roll);
        return this.lasPersonal(valj(personalsidor(p.roll, this.mal)), p.roll, k, "personal");
      case "inloggare":
        return this.loggaIn(k, p.roll);
      case "insats":
        if (!k.cookie) return this.loggaIn(k, p.roll);
        return k.slump() < 0.7
          ? this.uppdateraInsats(k, p.roll)
          : this.lasPersonal(valj(personalsidor(p.roll, this.mal)), p.roll, k, "personal");
      case "utkast":
        if (!k.cookie) return this.loggaIn(k, "redaktor");
        return k.slump() < 0.7
          ? this.sparaUtkast(k, p.mal)
          : this.lasPersonal(valj(personalsidor("redaktor", this.mal)), "redaktor", k, "personal");
    }
  }

  private async hamta(sokvag: string, { cookie, ip }: { cookie?: string; ip?: string } = {}) {
    const start = performance.now();
    const res = await fetch(this.bas + sokvag, {
      redirect: "manual",
      headers: { ...(cookie ? { cookie } : {}), ...(ip ? { "x-forwarded-for": ip } : {}) },
      signal: AbortSignal.timeout(30_000),
    });
    const body = await res.text();
    return { status: res.status, plats: res.headers.get("location"), body, ms: performance.now() - start };
  }

  /** Counts one request of a kind, and a 5xx as a server error. */
  private rakna(sort: Sort, status: number, ms?: number) {
    if (ms !== undefined) this.resultat.tider[sort].push(ms);
    this.resultat.antal[sort]++;
    this.resultat.antal.totalt++;
    if (status >= 500) this.resultat.serverfel++;
  }

  private publikNormal(l: Lasning, svar: { status: number; plats: string | null; body: string }) {
    return normaliseraPublik(
      svar.status,
      svar.plats,
      svar.body,
      l,
      Object.values(this.mal.insatser).map((i) => i.slug),
    );
  }

  private async lasPublik(l: Lasning, k: Klient, sort: Sort = l.sort) {
    const svar = await this.hamta(l.sokvag, { ip: k.ip });
    this.rakna(sort, svar.status, svar.ms);
    const fick = this.publikNormal(l, svar);
    const vantat = this.alene.get(`- ${l.sokvag}`)!;
    if (JSON.stringify(fick) !== JSON.stringify(vantat)) this.avvikelse({ sort, vad: l.sokvag, skillnad: skillnad(vantat, fick) });
    return svar;
  }

  /** A staff page with the client's session: the answer alone for that role, and never another user in its header. */
  private async lasPersonal(sokvag: string, roll: Roll, k: Klient, sort: Sort) {
    const svar = await this.hamta(sokvag, { cookie: k.cookie, ip: k.ip });
    this.rakna(sort, svar.status, svar.ms);
    const fick = normaliseraPersonal(svar.status, svar.plats, svar.body);
    const vantat = this.alene.get(`${roll} ${sokvag}`)!;
    if (JSON.stringify(fick) !== JSON.stringify(vantat)) this.avvikelse({ sort, vad: sokvag, roll, skillnad: skillnad(vantat, fick) });
    const huvud = String(fick.huvud);
    const andra = ROLLER.filter((r) => r !== roll && huvud.includes(this.namn(r)));
    if (andra.length > 0) {
      this.resultat.annanIdentitet++;
      this.avvikelse({
        sort,
        vad: `${sokvag}: inloggad som ${roll} men sidan visar ${andra.join(", ")}`,
        roll,
        skillnad: huvud.slice(0, 200),
      });
    }
    return svar;
  }

  /** The right password must always get in, as the right person. */
  private async loggaIn(k: Klient, roll: Roll) {
    const start = performance.now();
    const svar = await loggaInOverHttp(this.bas, demoEpost(roll), DEMO_LOSENORD, k.ip);
    // The page and the post, timed together.
    this.rakna("inloggning", svar.sidstatus);
    this.rakna("inloggning", svar.status, performance.now() - start);
    if (!svar.session) {
      const fel = text(del(svar.body, /<p id="formular"[\s\S]*?<\/p>/)) || text(del(svar.body, /<h1\b[\s\S]*?<\/h1>/));
      this.avvikelse({
        sort: "inloggning",
        vad: "rätt lösenord kom inte in",
        roll,
        skillnad: `status ${svar.status}${svar.location ? ` till ${svar.location}` : ""}: ${fel.slice(0, 200)}`,
      });
      return;
    }
    k.cookie = svar.session;
    await this.lasPersonal("/personal", roll, k, "inloggning");
  }

  /** One load of the form, one post, its receipt: a case number and the private link. */
  private async kontakt(k: Klient) {
    const sida = await this.lasPublik(
      this.lasningar.find((l) => l.sokvag === "/kontakt")!,
      k,
      "kontakt",
    );
    if (sida.status !== 200) return;
    const formular = kontaktformularI(sida.body);
    const typ = (["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM"] as const)[Math.floor(k.slump() * 4)];
    const markor = `${MARKOR} ${randomUUID()}`;
    const start = performance.now();
    const svar = await skicka(this.bas, formular, { typ, meddelande: `${markor}: när öppnar anmälan till fritidshemmet?` }, k.ip);
    this.rakna("kontakt", svar.status, performance.now() - start);
    if (!svar.kvitto) {
      const fel = text(del(svar.body, /<p id="formular"[\s\S]*?<\/p>/)) || text(del(svar.body, /<h1\b[\s\S]*?<\/h1>/));
      this.avvikelse({ sort: "kontakt", vad: "inskicket gav inget kvitto", skillnad: `status ${svar.status}: ${fel.slice(0, 200)}` });
      return;
    }
    const kvitto = await this.hamta(svar.kvitto, { ip: k.ip });
    this.rakna("kontakt", kvitto.status, kvitto.ms);
    const nummer = /GF-\d{4}-\d{5,}/.exec(kvitto.body)?.[0];
    const etikett = `Typ: ${synpunktTyper[typ].etikett}`;
    const privat = new URL(svar.kvitto, this.bas).searchParams.get("nyckel");
    if (kvitto.status !== 200 || !nummer || !text(kvitto.body).includes(etikett) || !privat || !kvitto.body.includes(`/arende/${privat}`)) {
      this.avvikelse({
        sort: "kontakt",
        vad: "kvittot",
        skillnad: `status ${kvitto.status}, nummer ${nummer ?? "saknas"}, ${etikett} ${text(kvitto.body).includes(etikett) ? "finns" : "saknas"}, privat länk ${privat && kvitto.body.includes(`/arende/${privat}`) ? "finns" : "saknas"}`,
      });
    }
    this.inskick.push({ markor, typ, nyckel: formular.falt.idempotensnyckel, nummer: nummer ?? "" });
  }

  /**
   * New progress and a comment on the role's insats, status kept. One client at a time per
   * insats, from its form load to the answer: a refused save (a conflict) posted without
   * JavaScript never gets an answer from this bound action (Next 16.4), so two clients racing
   * would hang instead of showing the Swedish conflict message.
   */
  private uppdateraInsats(k: Klient, roll: "redaktor" | "rektor") {
    const { slug, status } = this.mal.insatser[roll];
    return this.iTur(slug, async () => {
      const sokvag = `/personal/insatser/${slug}`;
      const sida = await this.lasPersonal(sokvag, roll, k, "insats");
      if (sida.status !== 200) return;
      const form = actionFormular(sida.body).find((f) => f.falt.includes("progress"));
      if (!form)
        return this.avvikelse({ sort: "insats", vad: `${slug}: formuläret saknas`, roll, skillnad: text(sida.body).slice(0, 200) });
      if (form.varden.status !== status)
        this.avvikelse({
          sort: "insats",
          vad: `${slug}: formulärets status`,
          roll,
          skillnad: `väntat ${status}, fick ${form.varden.status}`,
        });
      const progress = 1 + Math.floor(k.slump() * 98);
      const markor = `${MARKOR} ${randomUUID()}`;
      const start = performance.now();
      const svar = await postaFormular(
        this.bas,
        sokvag,
        { ...form.dolda, status, progress: String(progress), kommentar: markor },
        { cookie: k.cookie, klient: k.ip },
      );
      this.rakna("insats", svar.status, performance.now() - start);
      const utfall =
        svar.status === 303 && svar.location?.endsWith("?sparad=1")
          ? "sparad"
          : svar.status === 200 && svar.body.includes(KONFLIKT_INSATS)
            ? "konflikt"
            : "fel";
      if (utfall === "konflikt") this.resultat.konflikter++;
      if (utfall === "fel")
        this.avvikelse({
          sort: "insats",
          vad: `${slug}: uppdateringen`,
          roll,
          skillnad: `status ${svar.status}${svar.location ? ` till ${svar.location}` : ""}: ${text(del(svar.body, /<p id="formular"[\s\S]*?<\/p>/)).slice(0, 200)}`,
        });
      this.uppdateringar.push({ slug, markor, progress, roll, utfall });
    });
  }

  /** Runs `gor` once everything queued before it under the same key is done. */
  private async iTur<T>(nyckel: string, gor: () => Promise<T>): Promise<T> {
    const fore = this.turer.get(nyckel) ?? Promise.resolve();
    let klar = () => {};
    const denna = new Promise<void>((r) => (klar = r));
    this.turer.set(
      nyckel,
      fore.then(() => denna),
    );
    await fore;
    try {
      return await gor();
    } finally {
      klar();
    }
  }

  /** "Spara utkast" with the values the form had alone and a marker added to one field. */
  private async sparaUtkast(k: Klient, mal: number) {
    const { typ, nyckel, falt } = this.mal.utkast[mal];
    const sokvag = `/personal/innehall/${typ}/${nyckel}`;
    const sida = await this.lasPersonal(sokvag, "redaktor", k, "utkast");
    if (sida.status !== 200) return;
    const form = actionFormular(sida.body).find((f) => f.dolda.typ === typ);
    if (!form)
      return this.avvikelse({ sort: "utkast", vad: "formuläret saknas", roll: "redaktor", skillnad: text(sida.body).slice(0, 200) });
    const varden = this.utkastVarden.get(mal)!;
    const markor = `${MARKOR} ${randomUUID()}`;
    const start = performance.now();
    const svar = await postaFormular(
      this.bas,
      sokvag,
      { ...form.dolda, ...varden, [falt]: `${varden[falt]} ${markor}`, kommentar: markor, handling: "utkast" },
      { cookie: k.cookie, klient: k.ip },
    );
    this.rakna("utkast", svar.status, performance.now() - start);
    const utfall =
      svar.status === 303 && svar.location?.endsWith("?sparad=utkast")
        ? "sparad"
        : svar.status === 200 && svar.body.includes(KONFLIKT_UTKAST)
          ? "konflikt"
          : "fel";
    if (utfall === "konflikt") this.resultat.konflikter++;
    if (utfall === "fel")
      this.avvikelse({
        sort: "utkast",
        vad: `${typ}/${nyckel}`,
        roll: "redaktor",
        skillnad: `status ${svar.status}${svar.location ? ` till ${svar.location}` : ""}: ${text(del(svar.body, /<p id="formular"[\s\S]*?<\/p>/)).slice(0, 200)}`,
      });
    this.sparningar.push({ mal, markor, utfall });
  }

  /** How many writes were accepted and refused, for the report. */
  skrivningar(): string {
    const antal = <T extends { utfall: string }>(xs: T[], utfall: string) => xs.filter((x) => x.utfall === utfall).length;
    return (
      `${this.inskick.length} kvitton, ${this.inskick.filter((i) => i.nummer).length} med ärendenummer (${new Set(this.inskick.map((i) => i.nummer).filter(Boolean)).size} olika), ` +
      `${antal(this.uppdateringar, "sparad")} sparade insatsuppdateringar, ${antal(this.sparningar, "sparad")} sparade utkast ` +
      `(${antal(this.sparningar, "konflikt")} nekade med konfliktmeddelandet), ${antal(this.uppdateringar, "fel") + antal(this.sparningar, "fel")} med fel svar`
    );
  }

  /** What the writes left in the database: one row per accepted write, none for a refused one. */
  async kontrolleraDatabasen(): Promise<string[]> {
    const fel: string[] = [];
    const url = this.dbUrl;

    const arenden = await query<{ lopnummer: number; skapad: Date; idempotensnyckel: string; meddelande: string; typ: string }>(
      url,
      `SELECT lopnummer, skapad, idempotensnyckel, meddelande, typ::text FROM "Synpunkt" WHERE meddelande LIKE $1`,
      [`${MARKOR} %`],
    );
    if (arenden.length !== this.inskick.length)
      fel.push(`${this.inskick.length} inskick fick kvitto men databasen har ${arenden.length} ärenden från lasten`);
    // A receipt that showed no number is already a mismatch; the rest must all differ.
    const nummer = this.inskick.map((i) => i.nummer).filter(Boolean);
    if (new Set(nummer).size !== nummer.length) fel.push("två kvitton har samma ärendenummer");
    for (const i of this.inskick) {
      const rader = arenden.filter((a) => a.meddelande.startsWith(`${i.markor}:`));
      if (rader.length !== 1) fel.push(`inskicket ${i.markor} har ${rader.length} ärenden`);
      else if (
        rader[0].idempotensnyckel !== i.nyckel ||
        (i.nummer && arendenummer(rader[0].lopnummer, rader[0].skapad) !== i.nummer) ||
        rader[0].typ !== i.typ
      ) {
        fel.push(
          `inskicket ${i.markor}: kvittot ${i.nummer} (${i.typ}) men ärendet är ${arendenummer(rader[0].lopnummer, rader[0].skapad)} (${rader[0].typ})`,
        );
      }
    }

    for (const { slug, status } of Object.values(this.mal.insatser)) {
      const rader = await query<{ kommentar: string; tillProgress: number; tillStatus: string; forfattarNamn: string }>(
        url,
        `SELECT u.kommentar, u."tillProgress", u."tillStatus"::text, u."forfattarNamn" FROM "InsatsUppdatering" u JOIN "Insats" i ON i.id = u."insatsId" WHERE i.slug = $1 AND u.kommentar LIKE $2`,
        [slug, `${MARKOR} %`],
      );
      const egna = this.uppdateringar.filter((u) => u.slug === slug);
      for (const u of egna) {
        const r = rader.filter((x) => x.kommentar === u.markor);
        if (
          u.utfall === "sparad" &&
          (r.length !== 1 || r[0].tillProgress !== u.progress || r[0].tillStatus !== status || r[0].forfattarNamn !== this.namn(u.roll))
        ) {
          fel.push(`den sparade uppdateringen ${u.markor} av ${slug} (${u.progress} %, ${u.roll}) finns som ${JSON.stringify(r)}`);
        }
        if (u.utfall === "konflikt" && r.length > 0) fel.push(`uppdateringen ${u.markor} av ${slug} fick konfliktmeddelandet men sparades`);
      }
      if (rader.some((x) => !egna.some((u) => u.markor === x.kommentar))) fel.push(`${slug} har uppdateringar som ingen klient skickade`);
      const sparade = egna.filter((u) => u.utfall === "sparad").length;
      const ovissa = egna.filter((u) => u.utfall === "fel").length;
      const [insats] = await query<{ version: number; status: string }>(url, `SELECT version, status::text FROM "Insats" WHERE slug = $1`, [
        slug,
      ]);
      const fore = this.fore.insatsVersion[slug];
      if (insats.version < fore + sparade || insats.version > fore + sparade + ovissa)
        fel.push(`${slug} har version ${insats.version} efter ${sparade} sparade uppdateringar från version ${fore}`);
      if (insats.status !== status) fel.push(`${slug} har status ${insats.status}, inte ${status}`);
    }

    const versioner = await query<{ typ: string; nyckel: string; kommentar: string; handling: string; data: string }>(
      url,
      `SELECT i.typ, i.nyckel, v.kommentar, v.handling::text, v.data::text FROM "InnehallVersion" v JOIN "Innehall" i ON i.id = v."innehallId" WHERE v.kommentar LIKE $1`,
      [`${MARKOR} %`],
    );
    for (const s of this.sparningar) {
      const { typ, nyckel } = this.mal.utkast[s.mal];
      const rader = versioner.filter((v) => v.kommentar === s.markor);
      if (
        s.utfall === "sparad" &&
        (rader.length !== 1 ||
          rader[0].typ !== typ ||
          rader[0].nyckel !== nyckel ||
          rader[0].handling !== "UTKAST" ||
          !rader[0].data.includes(s.markor))
      ) {
        fel.push(`utkastet ${s.markor} (${typ}/${nyckel}) finns som ${JSON.stringify(rader).slice(0, 300)}`);
      }
      if (s.utfall === "konflikt" && rader.length > 0) fel.push(`utkastet ${s.markor} fick konfliktmeddelandet men sparades`);
    }
    for (const [i, u] of this.mal.utkast.entries()) {
      const [rad] = await query<{ version: number }>(url, `SELECT version FROM "Innehall" WHERE typ = $1 AND nyckel = $2`, [
        u.typ,
        u.nyckel,
      ]);
      const sparadeHar = this.sparningar.filter((s) => s.mal === i && s.utfall === "sparad").length;
      const ovissaHar = this.sparningar.filter((s) => s.mal === i && s.utfall === "fel").length;
      if (rad.version < this.fore.utkastVersion[i] + sparadeHar || rad.version > this.fore.utkastVersion[i] + sparadeHar + ovissaHar) {
        fel.push(
          `${u.typ}/${u.nyckel} har version ${rad.version} efter ${sparadeHar} sparade utkast från version ${this.fore.utkastVersion[i]}`,
        );
      }
    }
    return fel;
  }
}
