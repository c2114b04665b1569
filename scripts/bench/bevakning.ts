// The Bevaka part of the bench: one insats followed "direkt" by 10 000 confirmed addresses (2 000
// of them also follow its område, so the one-mail-per-address rule has something to do, and other
// addresses follow other things), one status change made the way staff make it (uppdateraInsats,
// whose InsatsUppdatering fires the trigger that writes the change), then:
// - the fan-out: one run of the bevakning-utskick job, timed; it must queue exactly one mail per
//   address, 10 000, none twice;
// - the sending rate: the real job runner (startaJobb) runs the outbox job with a sender that only
//   counts, at a configured UTSKICK_PER_MINUT, for a window of seconds; what went out in the
//   window is compared with the configured rate.
// No HTTP and no app build: the app's own functions against a database of its own.
import type pg from "pg";
import type { PrismaClient } from "../../lib/db/generated/client";
import { median } from "./tal";

export interface BevakningResultat {
  prenumeranter: number;
  avenOmradet: number;
  ovrigaPrenumeranter: number;
  laddningSekunder: number;
  spridning: {
    sekunder: number;
    andringar: number;
    koade: number;
    raderForAndringen: number;
    distinktaAdresser: number;
    utanforMalet: number;
  };
  /** EXPLAIN (ANALYZE, BUFFERS) of the fan-out's INSERT … SELECT, run again in a rolled-back transaction. */
  plan: string;
  takt: {
    perMinut: number;
    intervallSekunder: number;
    perKorning: number;
    fonsterSekunder: number;
    /** Each run: when it started (seconds into the window), its mails and its time. */
    korningar: { startS: number; ms: number; skickade: number }[];
    /** From the first run's start to the last's: the mails of all runs but the last over that time. */
    stadigPerMinut: number | null;
    korningMedianMs: number;
    skickadeIFonstret: number;
    takSkickade: number;
    uppmattPerMinut: number;
    /** What one instance could send per minute at most: a run's mails over its median time. */
    kapacitetPerMinut: number;
  };
}

const PREFIX = "bevaka-bench-";

export async function matBevakning(
  dbUrl: string,
  pgc: pg.Client,
  info: (text: string) => void,
  k: { prenumeranter: number; avenOmradet: number; ovriga: number; perMinut: number; intervallSekunder: number; fonsterSekunder: number },
): Promise<BevakningResultat> {
  const { createClient } = await import("../../lib/db/client");
  const { spridAndringar } = await import("../../lib/bevakning/utskick");
  const { uppdateraInsats } = await import("../../lib/insatser/uppdatera");
  const { skickaVantande, utskickPerKorning } = await import("../../lib/utskick");
  const { UTSKICKSLANKAR } = await import("../../lib/utskicksmallar");
  const { startaJobb } = await import("../../lib/jobb/korare");
  const db: PrismaClient = createClient(dbUrl, 10);
  try {
    // What the seed left: its changes fanned out and its mails sent, so what follows is the bench's own.
    await spridAndringar(db);
    while ((await skickaVantande(db, async () => {}, UTSKICKSLANKAR, new Date(Date.now() + 1000), 1000)).skickade > 0);

    const insats = (
      await pgc.query<{ id: string; slug: string; omrade: string; version: number; status: string; progress: number }>(
        `SELECT i.id, i.slug, i."forstarkningsomradeId" AS omrade, i.version, i.status::text AS status, i.progress
           FROM "Insats" i WHERE i.arkiverad IS NULL AND i."forstarkningsomradeId" IS NOT NULL
          ORDER BY EXISTS (SELECT 1 FROM "InsatsSkola" s WHERE s."insatsId" = i.id) DESC, i.slug LIMIT 1`,
      )
    ).rows[0];
    const annatOmrade = (
      await pgc.query<{ id: string }>(`SELECT id FROM "Forstarkningsomrade" WHERE id <> $1 ORDER BY nummer LIMIT 1`, [insats.omrade])
    ).rows[0]?.id;

    // The subscribers, confirmed an hour ago, written with SQL (generate_series).
    const t = performance.now();
    const n = k.prenumeranter + k.ovriga;
    await pgc.query(`INSERT INTO "Prenumerant" (id, epost) SELECT 'bp' || g, $1 || g || '@exempel.se' FROM generate_series(1, $2::int) g`, [
      PREFIX,
      n,
    ]);
    const bekraftad = `(now() AT TIME ZONE 'UTC') - interval '1 hour'`;
    await pgc.query(
      `INSERT INTO "Bevakning" (id, "prenumerantId", foremal, "insatsId", frekvens, skapad, bekraftad)
       SELECT 'bbi' || g, 'bp' || g, 'insats:' || $1, $1, 'DIREKT', ${bekraftad}, ${bekraftad} FROM generate_series(1, $2::int) g`,
      [insats.id, k.prenumeranter],
    );
    await pgc.query(
      `INSERT INTO "Bevakning" (id, "prenumerantId", foremal, "omradeId", frekvens, skapad, bekraftad)
       SELECT 'bbo' || g, 'bp' || g, 'omrade:' || $1, $1, 'DIREKT', ${bekraftad}, ${bekraftad} FROM generate_series(1, $2::int) g`,
      [insats.omrade, k.avenOmradet],
    );
    // Others follow another område: not to be mailed about this change.
    if (annatOmrade && k.ovriga > 0)
      await pgc.query(
        `INSERT INTO "Bevakning" (id, "prenumerantId", foremal, "omradeId", frekvens, skapad, bekraftad)
         SELECT 'bbx' || g, 'bp' || g, 'omrade:' || $1, $1, 'DIREKT', ${bekraftad}, ${bekraftad} FROM generate_series($2::int, $3::int) g`,
        [annatOmrade, k.prenumeranter + 1, n],
      );
    await pgc.query(`ANALYZE "Prenumerant"`);
    await pgc.query(`ANALYZE "Bevakning"`);
    const laddningSekunder = (performance.now() - t) / 1000;
    info(`  ${n} adresser och deras bevakningar inlästa (${laddningSekunder.toFixed(1)} s)`);

    // The status change, as staff make it.
    const admin = (
      await pgc.query<{ id: string; roll: string; name: string }>(
        `SELECT id, roll::text AS roll, name FROM "User" WHERE roll = 'ADMIN' LIMIT 1`,
      )
    ).rows[0];
    const aktor = { id: admin.id, roll: admin.roll, skolaId: null, name: admin.name } as Parameters<typeof uppdateraInsats>[1];
    const u = await uppdateraInsats(db, aktor, insats.slug, {
      status: insats.status === "PAGAR" ? "PAUSAD" : "PAGAR",
      progress: (insats.progress + 10) % 100,
      kommentar: "Bänkens ändring: nu går vi vidare.",
      version: insats.version,
    });
    if (!u.ok) throw new Error(`Statusändringen gick inte igenom: ${u.orsak}`);

    // The fan-out: one run of the job's work, timed; its mails exist when its transaction commits.
    const t0 = performance.now();
    const r = await spridAndringar(db);
    const sekunder = (performance.now() - t0) / 1000;
    const { rows } = await pgc.query<{ rader: string; adresser: string; utanfor: string }>(
      `SELECT count(*) AS rader, count(DISTINCT till) AS adresser,
              count(*) FILTER (WHERE substring(till FROM '^${PREFIX}(\\d+)@')::int > $1) AS utanfor
         FROM "Utskick" WHERE till LIKE '${PREFIX}%' AND skickad IS NULL`,
      [k.prenumeranter],
    );
    const spridning = {
      sekunder,
      andringar: r.andringar,
      koade: r.mejl,
      raderForAndringen: Number(rows[0].rader),
      distinktaAdresser: Number(rows[0].adresser),
      utanforMalet: Number(rows[0].utanfor),
    };
    info(`  spridning: ${r.mejl} mejl köade på ${sekunder.toFixed(2)} s (${spridning.distinktaAdresser} adresser)`);

    // The plan of the same INSERT … SELECT (lib/bevakning/utskick.ts), rolled back.
    const plan = await forklara(pgc, insats.id, insats.omrade);

    // The sending rate, with the real job runner and a sender that only counts.
    const perKorning = utskickPerKorning(String(k.perMinut), k.intervallSekunder);
    const skickat: number[] = [];
    const korningar: { startS: number; ms: number; skickade: number }[] = [];
    // The runner starts nothing with BAKGRUNDSJOBB=av; this process runs only the bench's job.
    delete process.env.BAKGRUNDSJOBB;
    const start = performance.now();
    const stoppa = startaJobb(
      db,
      [
        {
          namn: "utskick-bank",
          beskrivning: "Bänkens utskick med en avsändare som bara räknar.",
          intervallSekunder: k.intervallSekunder,
          enGangOverInstanser: false,
          async kor(d) {
            const tk = performance.now();
            const s = await skickaVantande(d, async () => void skickat.push(performance.now()), UTSKICKSLANKAR, new Date(), perKorning);
            korningar.push({ startS: (tk - start) / 1000, ms: performance.now() - tk, skickade: s.skickade });
            return `${s.skickade} skickade`;
          },
        },
      ],
      dbUrl,
    );
    await new Promise((res) => setTimeout(res, k.fonsterSekunder * 1000));
    stoppa();
    const slut = start + k.fonsterSekunder * 1000;
    // Let a run in progress finish before the pool closes.
    const vanta = performance.now();
    while (korningar.reduce((a, x) => a + x.skickade, 0) < skickat.length && performance.now() - vanta < 60_000)
      await new Promise((res) => setTimeout(res, 100));
    await new Promise((res) => setTimeout(res, 500));
    const skickadeIFonstret = skickat.filter((x) => x <= slut).length;
    const korningMedianMs = korningar.length ? median(korningar.map((x) => x.ms)) : NaN;
    const takt = {
      perMinut: k.perMinut,
      intervallSekunder: k.intervallSekunder,
      perKorning,
      fonsterSekunder: k.fonsterSekunder,
      korningar,
      korningMedianMs,
      stadigPerMinut:
        korningar.length >= 2
          ? (korningar.slice(0, -1).reduce((a, x) => a + x.skickade, 0) * 60) / (korningar.at(-1)!.startS - korningar[0].startS)
          : null,
      skickadeIFonstret,
      takSkickade: Math.floor((k.perMinut * k.fonsterSekunder) / 60),
      uppmattPerMinut: (skickadeIFonstret * 60) / k.fonsterSekunder,
      kapacitetPerMinut: (perKorning * 60_000) / korningMedianMs,
    };
    info(
      `  takt: ${skickadeIFonstret} skickade på ${k.fonsterSekunder} s vid ${k.perMinut}/min (${perKorning} per körning var ${k.intervallSekunder}:e s, körning median ${korningMedianMs.toFixed(0)} ms)`,
    );
    return {
      prenumeranter: k.prenumeranter,
      avenOmradet: k.avenOmradet,
      ovrigaPrenumeranter: k.ovriga,
      laddningSekunder,
      spridning,
      plan,
      takt,
    };
  } finally {
    await db.$disconnect();
  }
}

/** The fan-out's statement with the values of the insats's change, explained and rolled back. */
async function forklara(pgc: pg.Client, insatsId: string, omradeId: string): Promise<string> {
  const skolor = (
    await pgc.query<{ s: string[] }>(`SELECT COALESCE(array_agg("skolaId"), '{}') AS s FROM "InsatsSkola" WHERE "insatsId" = $1`, [
      insatsId,
    ])
  ).rows[0].s;
  await pgc.query("BEGIN");
  try {
    const { rows } = await pgc.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS)
       INSERT INTO "Utskick" (id, till, amne, text, "prenumerantId", avregistrering, skapad, "nastaForsok")
       SELECT gen_random_uuid()::text, p.epost, 'ämne', 'text', p.id, true, $1::timestamp(3), $1::timestamp(3)
         FROM "Prenumerant" p
        WHERE EXISTS (
              SELECT 1 FROM "Bevakning" b
               WHERE b."prenumerantId" = p.id AND b.frekvens = 'DIREKT' AND b.bekraftad IS NOT NULL
                 AND b.bekraftad <= $1::timestamp(3)
                 AND (b.foremal = 'allt' OR b."insatsId" = $2::text OR b."omradeId" = $3::text
                      OR b."skolaId" = ANY($4::text[])))`,
      [new Date(), insatsId, omradeId, skolor],
    );
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    await pgc.query("ROLLBACK");
  }
}
