import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { arendenummer, synpunktStatusar, synpunktTyper } from "@/lib/synpunkter/typer";
import { Textform, Valform } from "./forms";

export const metadata = { title: "Ärende" };

const tid = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" });
const handelsenamn = { SKAPAD: "Mottaget", TILLDELAD: "Tilldelat", STATUS_ANDRAD: "Status ändrad", ANTECKNING: "Intern anteckning", SVAR_SKICKAT: "Svar skickat", GALLRAD: "Personuppgifter gallrade" } as const;
const klart: Record<string, string> = { tilldela: "Ärendet är tilldelat.", status: "Statusen är ändrad.", anteckning: "Anteckningen är sparad.", svar: "Svaret är sparat och skickas till avsändaren." };

type Props = { params: Promise<{ nr: string }>; searchParams: Promise<{ klart?: string }> };

export default async function Arende({ params, searchParams }: Props) {
  await requirePage("synpunkt.lasa");
  const nr = Number((await params).nr);
  if (!Number.isSafeInteger(nr) || nr < 1) notFound();
  const [s, handlaggare, { klart: gjort }] = await Promise.all([
    db.synpunkt.findUnique({
      where: { lopnummer: nr },
      include: { skola: { select: { namn: true } }, handelser: { orderBy: { tidpunkt: "asc" }, include: { aktor: { select: { name: true } } } } },
    }),
    db.user.findMany({ where: { aktiv: true, roll: { in: ["HANDLAGGARE", "ADMIN"] } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    searchParams,
  ]);
  if (!s) notFound();
  return (
    <>
      <p className="text-sm"><Link href="/personal/synpunkter">Inkorgen</Link></p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Ärende {arendenummer(s.lopnummer, s.skapad)}</h1>
      {gjort && klart[gjort] && <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">{klart[gjort]}</p>}
      <dl className="mt-6 grid gap-4 rounded-sm border border-line bg-white p-5 sm:grid-cols-3">
        <div><dt className="text-sm text-muted">Typ</dt><dd>{synpunktTyper[s.typ].etikett}</dd></div>
        <div><dt className="text-sm text-muted">Status</dt><dd>{synpunktStatusar[s.status]}</dd></div>
        <div><dt className="text-sm text-muted">Mottaget</dt><dd>{tid.format(s.skapad)}</dd></div>
        <div><dt className="text-sm text-muted">Skola</dt><dd>{s.skola?.namn ?? "Ingen angiven"}</dd></div>
        <div><dt className="text-sm text-muted">Avsändare</dt><dd>{s.gallrad ? "Gallrad" : s.namn ?? "Inget namn angivet"}</dd></div>
        <div><dt className="text-sm text-muted">E-post</dt><dd>{s.gallrad ? "Gallrad" : s.epost ?? "Ingen angiven: kan inte få svar via e-post"}</dd></div>
      </dl>
      <section aria-labelledby="meddelande" className="mt-8">
        <h2 id="meddelande" className="text-2xl font-bold">Meddelandet</h2>
        {/* Shown as text: React escapes it, and whitespace is kept. HTML in a message is never rendered. */}
        <p className="mt-3 max-w-prose whitespace-pre-wrap rounded-sm border border-line bg-white p-4">{s.meddelande}</p>
      </section>
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="handlagg">
          <h2 id="handlagg" className="text-2xl font-bold">Handlägg</h2>
          <div className="mt-4">
            <Valform lopnummer={s.lopnummer} handling="tilldela" namn="handlaggareId" etikett="Handläggare" varde={s.handlaggareId ?? ""} knapptext="Tilldela"
              val={[{ varde: "", etikett: "Ingen" }, ...handlaggare.map((h) => ({ varde: h.id, etikett: h.name }))]} />
            <Valform lopnummer={s.lopnummer} handling="status" namn="status" etikett="Status" varde={s.status} knapptext="Ändra status"
              val={Object.entries(synpunktStatusar).map(([varde, etikett]) => ({ varde, etikett }))} />
            <Textform lopnummer={s.lopnummer} handling="svar" etikett="Svar till avsändaren" hjalp="Mejlas till avsändaren och sparas i ärendet." knapptext="Skicka svar" />
            <Textform lopnummer={s.lopnummer} handling="anteckning" etikett="Intern anteckning" hjalp="Syns bara för handläggare." knapptext="Spara anteckning" />
          </div>
        </section>
        <section aria-labelledby="handelser">
          <h2 id="handelser" className="text-2xl font-bold">Händelser</h2>
          <ol className="mt-4 space-y-3">
            {s.handelser.map((h) => (
              <li key={h.id} className="border-l-4 border-brand-soft pl-3">
                <p className="text-sm text-muted">{tid.format(h.tidpunkt)} · {h.aktor?.name ?? "Systemet"}</p>
                <p className="font-semibold">{handelsenamn[h.typ]}</p>
                {h.text && <p className="whitespace-pre-wrap">{h.text}</p>}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
