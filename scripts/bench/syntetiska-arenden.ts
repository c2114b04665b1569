// Synthetic cases for the inbox measurements, written straight with SQL (generate_series).
// Case number i counts from the newest: the portal receives about one case every 315 seconds
// (274 a day), so 10 000 cases cover five weeks, 100 000 a year and 1 000 000 ten years. The
// recent weeks look the same at every size (the same share of open cases); only the history
// behind them grows, as it does for a real förvaltning.
import type pg from "pg";

/** Seconds between two cases, on average. */
export const SEKUNDER_PER_ARENDE = 315;

/** A word in about 12 % of the messages, and one in about 0.01 % (every 10 000th case). */
export const VANLIGT_SOKORD = "skolskjuts";
export const SALLSYNT_SOKORD = "vattenskada";

const meningar = [
  "Hej! Jag undrar hur det fungerar med skolskjuts när vi flyttar inom kommunen.",
  "Min dotter går i årskurs fyra och trivs inte på rasterna.",
  "Vi vill tacka lärarna för ett fantastiskt arbete med temadagen.",
  "Det har varit mycket stökigt i klassrummet den senaste tiden.",
  "När börjar anmälan till fritidshemmet inför hösten?",
  "Skolmaten har blivit mycket bättre sedan i våras, tack!",
  "Jag saknar information om utvecklingssamtalen och när de ska hållas.",
  "Min son har inte fått det extra stöd i matematik som vi kom överens om.",
  "Hur ansöker man om byte av skola mitt i terminen?",
  "Skolgården behöver fler vuxna ute på rasterna, särskilt på eftermiddagen.",
  "Vi upplever att kommunikationen från skolan via lärplattformen är bristfällig.",
  "Tack för ett bra bemötande när vi hade frågor om modersmålsundervisningen.",
  "Det saknas information på andra språk än svenska till oss vårdnadshavare.",
  "Varför ställdes idrottslektionerna in tre veckor i rad?",
  "Klassen har haft många vikarier och barnen känner sig otrygga.",
  "Kan ni förklara hur skolan arbetar med studiero och trygghet?",
  "Jag vill lämna beröm till rektorn som tog tag i situationen direkt.",
  "Bussen till skolan går för tidigt och barnen får vänta ute i kylan.",
  "Hur fungerar det med läxhjälp på eftermiddagarna?",
  "Vi har inte fått något svar på vårt mejl från förra månaden.",
  "Toaletterna på skolan är ofta trasiga och saknar papper.",
  "Finns det planer på att bygga ut skolan med fler klassrum?",
  "Vår familj önskar ett möte med elevhälsan så snart som möjligt.",
  "Jag är mycket nöjd med hur mentorn följer upp mitt barns utveckling.",
];

/** Adds cases number `fran` … `till` - 1 (counted from the newest) to the database. */
export async function laggTillArenden(client: pg.Client, fran: number, till: number): Promise<void> {
  if (till <= fran) return;
  await client.query(
    `WITH
       skolor AS (SELECT array_agg(id ORDER BY slug) AS ids FROM "Skola"),
       personal AS (
         SELECT (SELECT id FROM "User" WHERE roll = 'HANDLAGGARE' ORDER BY email LIMIT 1) AS handlaggare,
                (SELECT id FROM "User" WHERE roll = 'ADMIN' ORDER BY email LIMIT 1) AS admin),
       rad AS (
         SELECT g AS i,
                date_trunc('milliseconds', (now() AT TIME ZONE 'UTC') - make_interval(secs => g * $3::float8 + random() * $3::float8)) AS skapad,
                random() AS r_typ, random() AS r_status, random() AS r_skola, random() AS r_kontakt,
                random() AS r_svar, random() AS r_hand,
                floor(random() * $4)::int AS m1, floor(random() * $4)::int AS m2, floor(random() * $4)::int AS m3
         FROM generate_series($1::int, $2::int - 1) AS g),
       med_status AS (
         SELECT rad.*,
                extract(epoch FROM (now() AT TIME ZONE 'UTC') - skapad) / 86400 AS dagar
         FROM rad),
       klar AS (
         SELECT m.*,
                CASE
                  WHEN dagar < 3 THEN CASE WHEN r_status < 0.7 THEN 'MOTTAGEN' ELSE 'UNDER_HANDLAGGNING' END
                  WHEN dagar < 14 THEN CASE WHEN r_status < 0.15 THEN 'MOTTAGEN' WHEN r_status < 0.6 THEN 'UNDER_HANDLAGGNING' ELSE 'BESVARAD' END
                  WHEN dagar < 60 THEN CASE WHEN r_status < 0.1 THEN 'UNDER_HANDLAGGNING' WHEN r_status < 0.6 THEN 'BESVARAD' ELSE 'AVSLUTAD' END
                  ELSE CASE WHEN r_status < 0.001 THEN 'UNDER_HANDLAGGNING' WHEN r_status < 0.03 THEN 'BESVARAD' ELSE 'AVSLUTAD' END
                END AS status
         FROM med_status m)
     INSERT INTO "Synpunkt" (id, lopnummer, typ, meddelande, namn, epost, "skolaId", status, "handlaggareId",
                             idempotensnyckel, skapad, andrad, "forstaSvar", avslutad, gallrad, demo,
                             "svarSenast", "avslutasSenast", frist)
     SELECT 'c' || substr(md5(k.i::text || ':' || random()::text), 1, 24),
            $5::int - k.i,
            (CASE WHEN r_typ < 0.4 THEN 'FRAGA' WHEN r_typ < 0.7 THEN 'SYNPUNKT' WHEN r_typ < 0.9 THEN 'KLAGOMAL' ELSE 'BEROM' END)::"SynpunktTyp",
            ($6::text[])[m1 + 1] || ' ' || ($6::text[])[m2 + 1] || ' ' || ($6::text[])[m3 + 1]
              || CASE WHEN k.i % 10000 = 7 THEN ' Det har blivit en vattenskada i gymnastiksalen.' ELSE '' END,
            CASE WHEN gallras OR r_kontakt >= 0.5 THEN NULL ELSE 'Vårdnadshavare ' || k.i END,
            CASE WHEN gallras OR r_kontakt >= 0.6 THEN NULL ELSE 'vardnadshavare' || k.i || '@example.se' END,
            CASE WHEN r_skola < 0.7 THEN s.ids[1 + floor(r_skola / 0.7 * array_length(s.ids, 1))::int] END,
            k.status::"SynpunktStatus",
            CASE WHEN k.status = 'MOTTAGEN' THEN NULL WHEN r_hand < 0.8 THEN p.handlaggare ELSE p.admin END,
            gen_random_uuid()::text,
            skapad,
            LEAST(skapad + make_interval(days => 30), (now() AT TIME ZONE 'UTC')),
            CASE WHEN k.status IN ('BESVARAD', 'AVSLUTAD') THEN skapad + make_interval(secs => 86400 * (1 + r_svar * 9)) END,
            CASE WHEN k.status = 'AVSLUTAD' THEN skapad + make_interval(secs => 86400 * (10 + r_svar * 20)) END,
            CASE WHEN gallras THEN skapad + make_interval(days => 365) END,
            false,
            -- Deadlines as calendar days close to the working-day targets (lib/synpunkter/frister.ts):
            -- 5 working days ≈ 7 days, 10 ≈ 14, 20 ≈ 28. Enough for the inbox's order and index.
            k.svar_senast,
            k.avslutas_senast,
            CASE WHEN k.status = 'AVSLUTAD' THEN NULL WHEN k.status = 'BESVARAD' THEN k.avslutas_senast ELSE k.svar_senast END
     FROM (SELECT klar.*, (status = 'AVSLUTAD' AND dagar > 400) AS gallras,
                  skapad::date + CASE WHEN r_typ < 0.4 THEN 7 ELSE 14 END AS svar_senast,
                  skapad::date + CASE WHEN r_typ < 0.4 OR r_typ >= 0.9 THEN 14 ELSE 28 END AS avslutas_senast
           FROM klar) AS k, skolor s, personal p`,
    [fran, till, SEKUNDER_PER_ARENDE, meningar.length, 2_000_000_000, meningar],
  );
}
