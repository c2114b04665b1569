// A case as the rektor of its school sees it while it is forwarded to them
// (lib/synpunkter/vidarebefordran.ts): the case, the whole thread, and the two things a rektor may
// do: answer the sender and write an internal note. Who the sender is by e-mail stays with the förvaltning.
import Link from "next/link";
import type { SynpunktHandelseTyp } from "@/lib/db/generated/enums";
import { diarienummer } from "@/lib/synpunkter/diarium";
import { datumText } from "@/lib/synpunkter/frister";
import { arendenummer, synpunktStatusar, synpunktTyper } from "@/lib/synpunkter/typer";
import { Textform } from "./forms";
import { tid, Tradlista } from "./tradlista";
import { Fakta, Faktum } from "./fakta";

const namn: Partial<Record<SynpunktHandelseTyp, string>> = {
  TILLDELAD: "Tilldelat",
  STATUS_ANDRAD: "Status ändrad",
  ANTECKNING: "Intern anteckning",
  SVAR_SKICKAT: "Svar till avsändaren",
  MEDDELANDE: "Avsändaren skrev",
  FORSENINGSBESKED: "Besked om försening",
  VIDAREBEFORDRAD: "Skickat vidare till skolan",
  ATERTAGEN: "Tillbakataget från skolan",
};
const synliga = new Set<SynpunktHandelseTyp>(["STATUS_ANDRAD", "SVAR_SKICKAT", "MEDDELANDE", "FORSENINGSBESKED"]);
const fran = new Set<SynpunktHandelseTyp>(["MEDDELANDE"]);

export interface Rektorsarende {
  lopnummer: number;
  skapad: Date;
  diarieAr: number;
  diarieNr: number;
  typ: keyof typeof synpunktTyper;
  status: keyof typeof synpunktStatusar;
  meddelande: string;
  namn: string | null;
  gallrad: Date | null;
  svarSenast: Date | null;
  forstaSvar: Date | null;
  skola: { namn: string } | null;
  handelser: { id: string; typ: SynpunktHandelseTyp; tidpunkt: Date; text: string | null; aktor: { name: string } | null }[];
}

export function Rektorsvy({ s, klart }: { s: Rektorsarende; klart?: string }) {
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/synpunkter">Ärenden till din skola</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Ärende {arendenummer(s.lopnummer, s.skapad)}</h1>
      {klart && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {klart}
        </p>
      )}
      <p className="mt-4 max-w-prose">
        En handläggare på förvaltningen har skickat ärendet vidare till dig som rektor för {s.skola?.namn ?? "skolan"}. Du kan svara
        avsändaren och skriva interna anteckningar. Handläggaren ansvarar för ärendet och avslutar det.
      </p>
      <Fakta>
        <Faktum etikett="Diarienummer">{diarienummer(s.diarieAr, s.diarieNr)}</Faktum>
        <Faktum etikett="Typ">{synpunktTyper[s.typ].etikett}</Faktum>
        <Faktum etikett="Status">{synpunktStatusar[s.status]}</Faktum>
        <Faktum etikett="Mottaget">{tid.format(s.skapad)}</Faktum>
        <Faktum etikett="Svar senast">
          {s.svarSenast ? datumText(s.svarSenast) : "–"}
          {s.forstaSvar && " (besvarat)"}
        </Faktum>
        <Faktum etikett="Avsändare">{s.gallrad ? "Gallrad" : (s.namn ?? "Inget namn angivet")}</Faktum>
      </Fakta>
      <section aria-labelledby="trad" className="mt-8">
        <h2 id="trad" className="text-2xl font-bold">
          Tråden
        </h2>
        <Tradlista
          skapad={s.skapad}
          meddelande={s.gallrad ? null : s.meddelande}
          handelser={s.handelser.filter((h) => namn[h.typ])}
          synlig={(h) => synliga.has(h.typ)}
          franAvsandaren={(h) => fran.has(h.typ)}
          rubrik={(h) => namn[h.typ]}
        />
      </section>
      <section aria-labelledby="svara" className="mt-8 max-w-2xl">
        <h2 id="svara" className="text-2xl font-bold">
          Svara eller anteckna
        </h2>
        <div className="mt-4">
          <Textform
            lopnummer={s.lopnummer}
            handling="svar"
            etikett="Svar till avsändaren"
            hjalp="Visas på avsändarens ärendesida och mejlas till avsändaren om en e-postadress finns. Svaret skickas i förvaltningens namn."
            knapptext="Skicka svar"
          />
          <Textform
            lopnummer={s.lopnummer}
            handling="anteckning"
            etikett="Intern anteckning"
            hjalp="Syns bara för förvaltningens handläggare och dig, aldrig för avsändaren."
            knapptext="Spara anteckning"
          />
        </div>
      </section>
    </>
  );
}
