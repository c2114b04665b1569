import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import type { SynpunktHandelseTyp } from "@/lib/db/generated/enums";
import { diarienummer, standardmening } from "@/lib/synpunkter/diarium";
import { sekretessgrund, sekretessgrunder } from "@/lib/synpunkter/sekretess";
import { fyllSvarsmall, svarsmallarFor } from "@/lib/synpunkter/svarsmallar";
import { borMeddelaForsening, datumText, forsening, forseningsbeskedMall } from "@/lib/synpunkter/frister";
import { arendenummer, enkatSvar, synpunktStatusar, synpunktTyper } from "@/lib/synpunkter/typer";
import { Meningsform, Textform, Valform } from "./forms";
import { Koppling } from "./koppling";
import { beslutsnamn, overklagandehanvisning } from "@/lib/synpunkter/begaran";
import { kanLasaArende, skolansRektorer } from "@/lib/synpunkter/vidarebefordran";
import { Begaransbeslut } from "./begaran";
import { Rektorsvy } from "./rektorsvy";
import { Vidarebefordran } from "./vidarebefordran";
import { Insatskoppling } from "./insatskoppling";
import { tid, Tradlista } from "./tradlista";
import { Fakta, Faktum } from "./fakta";

export const metadata = { title: "Ärende" };

// The thread: every event in time order, each marked as seen by the sender or internal.
const handelsenamn: Record<SynpunktHandelseTyp, string> = {
  SKAPAD: "Avsändaren skrev",
  TILLDELAD: "Tilldelat",
  STATUS_ANDRAD: "Status ändrad",
  ANTECKNING: "Intern anteckning",
  SVAR_SKICKAT: "Svar till avsändaren",
  GALLRAD: "Personuppgifter gallrade",
  MEDDELANDE: "Avsändaren skrev",
  ENKATSVAR: 'Avsändaren svarade på frågan "Fick du svar på det du undrade?"',
  AVREGISTRERAD: "E-postmeddelanden avslutade",
  ARENDEMENING_ANDRAD: "Ärendemeningen ändrad",
  SEKRETESS_MARKERAD: "Markerat: kan omfattas av sekretess",
  SEKRETESS_BORTTAGEN: "Sekretessmarkeringen borttagen",
  FORSENINGSBESKED: "Besked om försening (förvaltningslagen 11 §)",
  KOPPLAD: "Samma ärende: kopplat",
  KOPPLING_BORTTAGEN: "Samma ärende: kopplingen borttagen",
  VIDAREBEFORDRAD: "Skickat vidare till skolans rektor",
  ATERTAGEN: "Tillbakataget från skolan",
  INSATS_KOPPLAD: "Kopplat till insatsen",
  INSATS_BORTKOPPLAD: "Kopplingen till insatsen borttagen",
};
const synligFor: Record<SynpunktHandelseTyp, boolean> = {
  SKAPAD: true,
  TILLDELAD: false,
  STATUS_ANDRAD: true,
  ANTECKNING: false,
  SVAR_SKICKAT: true,
  GALLRAD: false,
  MEDDELANDE: true,
  ENKATSVAR: true,
  AVREGISTRERAD: false,
  ARENDEMENING_ANDRAD: false,
  SEKRETESS_MARKERAD: false,
  SEKRETESS_BORTTAGEN: false,
  FORSENINGSBESKED: true,
  // Seen by the linked case's sender only (roll "kopplat"): see `synlig` below.
  KOPPLAD: false,
  KOPPLING_BORTTAGEN: false,
  VIDAREBEFORDRAD: false,
  ATERTAGEN: false,
  INSATS_KOPPLAD: true,
  INSATS_BORTKOPPLAD: false,
};
const synlig = (h: { typ: SynpunktHandelseTyp; data: unknown }) =>
  synligFor[h.typ] || ((h.typ === "KOPPLAD" || h.typ === "KOPPLING_BORTTAGEN") && (h.data as { roll?: string })?.roll === "kopplat");
const franAvsandaren = new Set<SynpunktHandelseTyp>(["SKAPAD", "MEDDELANDE", "ENKATSVAR", "AVREGISTRERAD"]);
const klart: Record<string, string> = {
  tilldela: "Ärendet är tilldelat.",
  status: "Statusen är ändrad.",
  anteckning: "Anteckningen är sparad.",
  forseningsbesked: "Beskedet är skickat. Det syns på avsändarens ärendesida och mejlas om avsändaren lämnade en e-postadress.",
  svar: "Svaret är sparat. Det syns på avsändarens ärendesida och mejlas om avsändaren lämnade en e-postadress.",
  arendemening: "Ärendemeningen är sparad. Den syns i det offentliga diariet.",
  sekretess: "Sekretessmarkeringen är sparad.",
  koppla: "Ärendena är kopplade. Det senare är avslutat som kopplat, och dess avsändare har fått besked.",
  "koppla-loss": "Kopplingen är borttagen. Ärendet är öppnat igen, och avsändaren har fått besked.",
  vidarebefordra: "Ärendet är skickat vidare till skolans rektor, som har fått ett mejl.",
  "ta-tillbaka": "Ärendet är tillbakataget. Rektorn kan inte längre öppna det.",
  beslut: "Beslutet är sparat och skickat. Ärendet är avslutat.",
  "insats-kopplad": "Ärendet är kopplat till insatsen. Avsändaren ser den på sin ärendesida.",
  "insats-bortkopplad": "Kopplingen till insatsen är borttagen.",
};

type Props = { params: Promise<{ nr: string }>; searchParams: Promise<{ klart?: string; mall?: string }> };

export default async function Arende({ params, searchParams }: Props) {
  // A rektor opens only a case forwarded to their school (lib/synpunkter/vidarebefordran.ts).
  const user = await requirePage("personal.oversikt");
  const nr = Number((await params).nr);
  if (!Number.isSafeInteger(nr) || nr < 1) notFound();
  const [s, handlaggare, { klart: gjort, mall: mallId }] = await Promise.all([
    db.synpunkt.findUnique({
      where: { lopnummer: nr },
      include: {
        skola: { select: { namn: true } },
        tidigare: { select: { lopnummer: true, skapad: true } },
        handelser: { orderBy: [{ tidpunkt: "asc" }, { id: "asc" }], include: { aktor: { select: { name: true } } } },
      },
    }),
    db.user.findMany({
      where: { aktiv: true, roll: { in: ["HANDLAGGARE", "ADMIN"] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    searchParams,
  ]);
  if (!kanLasaArende(user, s ?? { skolaId: null, vidarebefordrad: null })) redirect("/personal/ingen-behorighet");
  if (!s) notFound();
  if (!can(user, "synpunkt.hantera"))
    return <Rektorsvy s={s} klart={gjort && ["svar", "anteckning"].includes(gjort) ? klart[gjort] : undefined} />;
  const rektorer = s.skolaId ? await skolansRektorer(db, s.skolaId) : [];
  const mallar = await svarsmallarFor(db, s.typ);
  const vald = mallar.find((m) => m.id === mallId);
  const nummer = arendenummer(s.lopnummer, s.skapad);
  const mallsvar = vald
    ? fyllSvarsmall(vald.text, {
        namn: s.gallrad ? null : s.namn,
        ärendenummer: nummer,
        diarienummer: diarienummer(s.diarieAr, s.diarieNr),
        skola: s.skola?.namn ?? "skolan",
        handläggare: user.name,
      })
    : "";
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/synpunkter">Inkorgen</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Ärende {arendenummer(s.lopnummer, s.skapad)}</h1>
      {gjort && klart[gjort] && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {klart[gjort]}
        </p>
      )}
      <Fakta>
        <Faktum etikett="Diarienummer">{diarienummer(s.diarieAr, s.diarieNr)}</Faktum>
        <Faktum etikett="Ärendemening" bredd={2}>
          {s.arendemening ?? standardmening(s.typ, s.skola?.namn)}
        </Faktum>
        {s.typ === "BEGARAN" && (
          <Faktum etikett="Begärd handling" bredd={3}>
            {s.begardHandling ?? "Beskriven i meddelandet"}
          </Faktum>
        )}
        <Faktum etikett="Sekretess" bredd={3}>
          {s.sekretess ? `Kan omfattas av sekretess: ${sekretessgrund(s.sekretess)}` : "Ingen markering"}
        </Faktum>
        <Faktum etikett="Typ">{synpunktTyper[s.typ].etikett}</Faktum>
        <Faktum etikett="Status">{synpunktStatusar[s.status]}</Faktum>
        <Faktum etikett="Mottaget">{tid.format(s.skapad)}</Faktum>
        <Faktum etikett="Svar senast">
          {s.svarSenast ? datumText(s.svarSenast) : "–"}
          {s.forstaSvar && " (besvarat)"}
          {forsening(s) === "svar" && <strong className="ml-2 rounded-sm border-2 border-warn px-1 text-sm">Försenad</strong>}
        </Faktum>
        <Faktum etikett="Avslutas senast">
          {s.avslutasSenast ? datumText(s.avslutasSenast) : "–"}
          {forsening(s) === "avslut" && <strong className="ml-2 rounded-sm border-2 border-warn px-1 text-sm">Försenad</strong>}
        </Faktum>
        <Faktum etikett="Skola">{s.skola?.namn ?? "Ingen angiven"}</Faktum>
        <Faktum etikett="Avsändare">{s.gallrad ? "Gallrad" : (s.namn ?? "Inget namn angivet")}</Faktum>
        <Faktum etikett="E-post">{s.gallrad ? "Gallrad" : (s.epost ?? "Ingen angiven: svar syns bara på avsändarens ärendesida")}</Faktum>
        <Faktum etikett="E-post när ärendet ändras">{s.meddela ? "Ja" : "Nej"}</Faktum>
      </Fakta>
      {s.nyttMeddelande && (
        <p className="mt-4 border-l-4 border-warn bg-white p-3 font-semibold">Nytt meddelande från avsändaren: se tråden nedan.</p>
      )}
      {s.tidigare && (
        <p className="mt-4">
          Följer upp ett tidigare ärende:{" "}
          <Link href={`/personal/synpunkter/${s.tidigare.lopnummer}`}>{arendenummer(s.tidigare.lopnummer, s.tidigare.skapad)}</Link>
        </p>
      )}
      <Koppling synpunktId={s.id} lopnummer={s.lopnummer} />
      {borMeddelaForsening(s) && (
        <section aria-labelledby="forsening" className="mt-6 max-w-2xl border-l-4 border-warn bg-white p-4">
          <h2 id="forsening" className="text-xl font-bold">
            {forsening(s) ? "Ärendet är försenat" : "Ärendet riskerar att inte besvaras i tid"}
          </h2>
          <p className="mt-1 max-w-prose">
            Första svaret ska ges senast {s.svarSenast && datumText(s.svarSenast)}. Dröjer svaret väsentligt ska avsändaren få besked om det
            och varför (förvaltningslagen 11 §). Fyll i mallen och skicka beskedet; det syns i tråden och på avsändarens ärendesida.
          </p>
          <div className="mt-4">
            <Textform
              lopnummer={s.lopnummer}
              handling="forseningsbesked"
              etikett="Besked om försening"
              hjalp="Mejlas till avsändaren om en e-postadress finns, och visas på ärendesidan. Svarsfristen ändras inte."
              knapptext="Skicka beskedet"
              forval={forseningsbeskedMall(arendenummer(s.lopnummer, s.skapad), user.name ?? "Grundskoleförvaltningen")}
            />
          </div>
        </section>
      )}
      <section aria-labelledby="trad" className="mt-8">
        <h2 id="trad" className="text-2xl font-bold">
          Tråden
        </h2>
        <p className="text-sm text-muted">
          Allt som hänt i ärendet, äldst först. Avsändaren ser sitt meddelande, svaren och statusen på sin ärendesida, aldrig interna
          anteckningar eller namn.
        </p>
        <Tradlista
          skapad={s.skapad}
          meddelande={s.meddelande}
          handelser={s.handelser.filter((h) => h.typ !== "SKAPAD")}
          synlig={synlig}
          franAvsandaren={(h) => franAvsandaren.has(h.typ)}
          rubrik={(h) => (
            <>
              {handelsenamn[h.typ]}
              {h.typ === "ENKATSVAR" && `: ${enkatSvar[(h.data as { svar: keyof typeof enkatSvar }).svar]}`}
              {h.typ === "SVAR_SKICKAT" &&
                (h.data as { beslut?: keyof typeof beslutsnamn } | null)?.beslut &&
                `: ${beslutsnamn[(h.data as { beslut: keyof typeof beslutsnamn }).beslut]}`}
            </>
          )}
        />
      </section>
      <Insatskoppling lopnummer={s.lopnummer} synpunktId={s.id} kanHantera={can(user, "synpunkt.hantera")} />
      <div className="mt-8 max-w-2xl">
        <section aria-labelledby="handlagg">
          <h2 id="handlagg" className="text-2xl font-bold">
            Handlägg
          </h2>
          <div className="mt-4">
            {s.typ === "BEGARAN" && s.status !== "AVSLUTAD" && (
              <Begaransbeslut lopnummer={s.lopnummer} overklagande={overklagandehanvisning(nummer)} />
            )}
            {s.skola && (
              <Vidarebefordran
                lopnummer={s.lopnummer}
                skola={s.skola.namn}
                vidarebefordrad={s.vidarebefordrad && tid.format(s.vidarebefordrad)}
                rektorer={rektorer.map((r) => r.name)}
              />
            )}
            <Valform
              lopnummer={s.lopnummer}
              handling="tilldela"
              namn="handlaggareId"
              etikett="Handläggare"
              varde={s.handlaggareId ?? ""}
              knapptext="Tilldela"
              val={[{ varde: "", etikett: "Ingen" }, ...handlaggare.map((h) => ({ varde: h.id, etikett: h.name }))]}
            />
            <Valform
              lopnummer={s.lopnummer}
              handling="status"
              namn="status"
              etikett="Status"
              varde={s.status}
              knapptext="Ändra status"
              val={Object.entries(synpunktStatusar).map(([varde, etikett]) => ({ varde, etikett }))}
            />
            {mallar.length > 0 && (
              <form method="get" className="mb-4 rounded-sm border border-line bg-white p-3">
                <label htmlFor="mall" className="block font-semibold">
                  Svarsmall
                </label>
                <p id="mall-hjalp" className="text-sm text-muted">
                  Fyller svarsfältet med mallen och ärendets uppgifter. Skriv om den så att den svarar på just det här ärendet.
                </p>
                <select
                  id="mall"
                  name="mall"
                  defaultValue={vald?.id ?? ""}
                  aria-describedby="mall-hjalp"
                  className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2"
                >
                  <option value="">Ingen mall</option>
                  {mallar.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.namn}
                    </option>
                  ))}
                </select>
                <button type="submit" className="mt-2 rounded-sm border-2 border-ink bg-white px-4 py-2 font-semibold">
                  Använd mallen
                </button>
              </form>
            )}
            <Textform
              key={vald?.id ?? "utan-mall"}
              forval={mallsvar}
              lopnummer={s.lopnummer}
              handling="svar"
              etikett="Svar till avsändaren"
              hjalp="Visas på avsändarens ärendesida och mejlas till avsändaren om en e-postadress finns."
              knapptext="Skicka svar"
            />
            <Meningsform lopnummer={s.lopnummer} varde={s.arendemening ?? standardmening(s.typ, s.skola?.namn)} />
            <Valform
              lopnummer={s.lopnummer}
              handling="sekretess"
              namn="grund"
              etikett="Kan omfattas av sekretess"
              hjalp="En markerad handling visas i det offentliga diariet bara med diarienummer och datum."
              varde={s.sekretess ?? ""}
              knapptext="Spara sekretessmarkering"
              val={[
                { varde: "", etikett: "Ingen markering" },
                ...Object.entries(sekretessgrunder).map(([varde, etikett]) => ({ varde, etikett })),
              ]}
            />
            <Textform
              lopnummer={s.lopnummer}
              handling="anteckning"
              etikett="Intern anteckning"
              hjalp="Syns bara för handläggare, aldrig för avsändaren."
              knapptext="Spara anteckning"
            />
          </div>
        </section>
      </div>
    </>
  );
}
