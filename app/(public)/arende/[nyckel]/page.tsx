import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { db } from "@/lib/db";
import { forvaltningensTelefon } from "@/lib/innehall/queries";
import { ATEROPPNA_DAGAR, avsandarvy, type Post } from "@/lib/synpunkter/arende";
import { huvudarendeFor } from "@/lib/synpunkter/koppling";
import { hittaArende } from "@/lib/synpunkter/nyckel";
import { klientadress } from "@/lib/http/klient";
import { nyttFormular } from "@/lib/sakerhet/formularladdning";
import { gissningsklient, raknaInskick, sparrad } from "@/lib/synpunkter/skydd";
import { formatDatum } from "@/lib/datum";
import { enkatSvar, statusForklaring, synpunktStatusar, synpunktTyper } from "@/lib/synpunkter/typer";
import { slutaMeddela } from "./actions";
import { Enkatformular, Meddelandeformular } from "./formular";
import { SammaArende } from "./samma-arende";
import { koppladeInsatser } from "@/lib/synpunkter/insatskoppling";
import { KoppladeInsatser } from "./insatser";

// A per-visitor page: never cached, never indexed, and its address (which holds the key) is
// never sent on as a Referer. The headers are set for /arende/* in next.config.ts.
export const metadata: Metadata = { title: "Ditt ärende", robots: { index: false, follow: false } };

const tid = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" });
const dag = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" });

const klartText: Record<string, string> = {
  meddelande: "Tack! Ditt meddelande är skickat och syns nedan.",
  enkat: "Tack för ditt svar!",
  avregistrerad: "Klart. Du får inte längre e-post när ärendet ändras.",
  nytt: "Tack! Vi har tagit emot ditt nya ärende. Spara den här sidans adress: den är din länk till ärendet.",
};

type Props = { params: Promise<{ nyckel: string }>; searchParams: Promise<{ klart?: string }> };

function Rubrik({ post }: { post: Post }) {
  switch (post.slag) {
    case "mottaget":
      return <>Du skickade ärendet</>;
    case "status":
      return <>Status: {synpunktStatusar[post.till]}</>;
    case "svar":
      return <>Svar från grundskoleförvaltningen</>;
    case "meddelande":
      return <>Du skrev</>;
    case "besked":
      return <>Besked om när du får svar</>;
    case "gallrat":
      return <>Personuppgifter och texter borttagna</>;
    case "kopplad":
      return <>Ditt ärende handläggs tillsammans med ärende {post.huvudarende}</>;
    case "koppling-borttagen":
      return <>Ditt ärende handläggs som eget ärende igen, inte i ärende {post.huvudarende}</>;
  }
}

export default async function Arendesida({ params, searchParams }: Props) {
  await connection();
  const [{ nyckel }, { klart }, h] = await Promise.all([params, searchParams, headers()]);
  const gissare = gissningsklient(klientadress(h));
  if (await sparrad(db, gissare)) {
    const telefon = await forvaltningensTelefon();
    return (
      <>
        <PageHeader titel="För många försök" />
        <p className="max-w-prose">
          Den här datorn har försökt öppna för många ärenden med fel länk. Vänta tio minuter och försök igen, eller ring oss på {telefon}.
        </p>
      </>
    );
  }
  const id = await hittaArende(db, nyckel);
  if (!id) {
    await raknaInskick(db, gissare, new Date(), Number.MAX_SAFE_INTEGER);
    notFound();
  }
  const [vy, huvud, insatser] = await Promise.all([avsandarvy(db, id), huvudarendeFor(db, id), koppladeInsatser(db, id)]);
  if (!vy) notFound();
  const klartRad = klart && klartText[klart];
  // One load of the message form: keyed by it, so the form after a sent message starts afresh
  // even where React would keep the component (the address differs only in its query).
  const formular = nyttFormular("meddelande");

  return (
    <>
      <PageHeader titel={`Ditt ärende ${vy.nummer}`} />
      {klartRad && (
        <p role="status" className="mb-6 border-l-4 border-ok bg-white p-4 font-semibold">
          {klartRad}
        </p>
      )}
      <section aria-labelledby="status-rubrik" className="rounded-sm border-4 border-brand-soft bg-white p-5">
        <h2 id="status-rubrik" className="text-2xl font-bold">
          Status: {synpunktStatusar[vy.status]}
        </h2>
        <p className="mt-2 max-w-prose">{statusForklaring[vy.status]}</p>
        {vy.svarSenast && <p className="mt-2 max-w-prose font-semibold">Du kan räkna med ett svar senast {formatDatum(vy.svarSenast)}.</p>}
        <dl className="mt-4 grid gap-3 sm:grid-cols-3">
          {!vy.gallrad && (
            <div>
              <dt className="text-sm text-muted">Typ</dt>
              <dd>{synpunktTyper[vy.typ].etikett}</dd>
            </div>
          )}
          <div>
            <dt className="text-sm text-muted">
              Diarienummer (i <Link href="/diarium">diariet</Link>)
            </dt>
            <dd>{vy.diarienummer}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Skickat</dt>
            <dd>{dag.format(vy.skapad)}</dd>
          </div>
          {vy.avslutad && (
            <div>
              <dt className="text-sm text-muted">Avslutat</dt>
              <dd>{dag.format(vy.avslutad)}</dd>
            </div>
          )}
        </dl>
      </section>
      {huvud && <SammaArende huvud={huvud} />}
      {vy.gallrad && (
        <p className="mt-6 max-w-prose">
          Ärendet är avslutat och har gallrats enligt våra regler för personuppgifter. Därför visas bara status och datum. Vill du kontakta
          oss igen, använd <Link href="/kontakt">kontaktformuläret</Link>.
        </p>
      )}

      {vy.status === "AVSLUTAD" && !vy.gallrad && !huvud && (
        <section aria-labelledby="enkat-rubrik" className="mt-8 rounded-sm border border-line bg-white p-5">
          <h2 id="enkat-rubrik" className="text-2xl font-bold">
            En fråga om ärendet
          </h2>
          {vy.enkat ? (
            <p className="mt-2">Du svarade {enkatSvar[vy.enkat.svar].toLowerCase()} på frågan om du fick svar på det du undrade. Tack!</p>
          ) : (
            <div className="mt-3">
              <Enkatformular nyckel={nyckel} />
            </div>
          )}
        </section>
      )}

      <KoppladeInsatser insatser={insatser} />

      <section aria-labelledby="tidslinje" className="mt-8">
        <h2 id="tidslinje" className="text-2xl font-bold">
          Vad har hänt?
        </h2>
        <ol className="mt-4 max-w-prose space-y-4">
          {vy.tidslinje.map((p) => (
            <li key={p.id} className={`border-l-4 pl-3 ${p.slag === "svar" || p.slag === "besked" ? "border-ok" : "border-brand-soft"}`}>
              <p className="text-sm text-muted">
                <time dateTime={p.tidpunkt.toISOString()}>{tid.format(p.tidpunkt)}</time>
              </p>
              <h3 className="font-semibold">
                <Rubrik post={p} />
              </h3>
              {/* Text is shown as text: React escapes it, and line breaks are kept. */}
              {"text" in p && p.text && <p className="mt-1 whitespace-pre-wrap rounded-sm bg-white p-3">{p.text}</p>}
            </li>
          ))}
        </ol>
      </section>

      {vy.kan === "skriva" && (
        <section aria-labelledby="skriv-rubrik" className="mt-8">
          <h2 id="skriv-rubrik" className="text-2xl font-bold">
            Skriv till oss
          </h2>
          <div className="mt-3">
            <Meddelandeformular
              key={formular.idempotensnyckel}
              nyckel={nyckel}
              {...formular}
              slag="meddelande"
              etikett="Ditt meddelande"
              knapptext="Skicka meddelandet"
              hjalp={
                huvud
                  ? `Meddelandet hamnar hos handläggaren av ärende ${huvud.nummer}.`
                  : vy.status === "AVSLUTAD"
                    ? "Ärendet är avslutat. Skriver du nu öppnar vi det igen."
                    : "Meddelandet hamnar i ärendet hos handläggaren."
              }
            />
          </div>
        </section>
      )}
      {vy.kan === "nytt-arende" && (
        <section aria-labelledby="nytt-rubrik" className="mt-8">
          <h2 id="nytt-rubrik" className="text-2xl font-bold">
            Skicka ett nytt ärende
          </h2>
          <p className="mt-2 max-w-prose">
            Ärendet avslutades för mer än {ATEROPPNA_DAGAR} dagar sedan och kan inte öppnas igen. Skriv här så får du ett nytt ärende som
            hänvisar till det här.
          </p>
          <div className="mt-3">
            <Meddelandeformular
              key={formular.idempotensnyckel}
              nyckel={nyckel}
              {...formular}
              slag="nytt-arende"
              etikett="Ditt nya meddelande"
              knapptext="Skicka nytt ärende"
              hjalp="Beskriv vad du vill ha hjälp med nu."
            />
          </div>
        </section>
      )}

      {vy.meddela && (
        <section aria-labelledby="epost-rubrik" className="mt-8 max-w-prose">
          <h2 id="epost-rubrik" className="text-xl font-bold">
            E-post när ärendet ändras
          </h2>
          <p className="mt-2">Du får ett mejl när ärendet ändras.</p>
          <form action={slutaMeddela} className="mt-3">
            <input type="hidden" name="nyckel" value={nyckel} />
            <button type="submit" className="rounded-sm border-2 border-brand bg-white px-4 py-2 font-semibold text-brand">
              Sluta skicka e-post om ärendet
            </button>
          </form>
        </section>
      )}
      <p className="mt-8 max-w-prose text-sm text-muted">
        Länken till den här sidan är personlig. Dela den inte: den som har länken kan läsa ärendet.
      </p>
    </>
  );
}
