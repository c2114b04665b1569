import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/inloggad";
import { formatDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { innehallForRedigering, sprakversioner } from "@/lib/innehall/queries-personal";
import { granska } from "@/lib/innehall/klarsprak";
import { trasigaLankar } from "@/lib/innehall/lankkontroll";
import { tillFormular } from "@/lib/innehall/typ";
import { narvaro, PULS_SEKUNDER } from "@/lib/innehall/narvaro";
import { vantande } from "@/lib/innehall/schemalagt";
import { can } from "@/lib/auth/permissions";
import { kraverGranskning } from "@/lib/innehall/granskning";
import { Redigeringsformular } from "../../form";
import { AgareSektion } from "../../se-over/agare";
import { Granskningsruta } from "../../granskning/ruta";
import { Narvaro } from "../../narvaro";
import { SchemaFormular } from "../../schema";
import { Schemalista } from "../../schemalista";
import { ArkiveradSida, SidansLivscykel } from "../../sidans-livscykel";
import { Sprakversioner } from "../../sprakversioner";

type Props = {
  params: Promise<{ typ: string; nyckel: string }>;
  searchParams: Promise<{ sparad?: string; fran?: string; agare?: string }>;
};

const kvitto: Record<string, string> = {
  utkast: "Utkastet är sparat. Inget har ändrats publikt.",
  publicerad: "Ändringarna är publicerade.",
  skapad: "Sidan är skapad som utkast. Skriv texten och publicera när den är klar.",
  sprakversion: "Versionen är skapad som utkast. Skriv texten och publicera när den är klar.",
  aterstalld: "Den gamla versionen är nu ett utkast. Granska och publicera om den ska gälla.",
  schemalagd: "Publiceringen är schemalagd. Utkastet som det ser ut nu publiceras vid tidpunkten.",
  avbruten: "Den schemalagda publiceringen är avbruten.",
  adress: "Sidan har fått en ny adress. Den gamla adressen leder hit.",
  avpublicerad: "Sidan är avpublicerad och syns inte längre på webbplatsen. Publicera den för att visa den igen.",
  arkiverad: "Sidan är arkiverad.",
  "aterstalld-arkiv": "Sidan är återställd som utkast. Granska och publicera den när den ska synas igen.",
  "schemalagd-avpublicering": "Avpubliceringen är schemalagd.",
  granskning: "Utkastet är skickat för granskning. Det publiceras när någon annan har godkänt det.",
  godkand: "Versionen är godkänd och publicerad.",
  "godkand-schemalagd": "Versionen är godkänd och publiceras vid den valda tidpunkten.",
  tillbakaskickad: "Utkastet är skickat tillbaka. Författaren har fått ett mejl.",
  efterhand: "Publiceringen är granskad i efterhand.",
  "kraver-granskning": "Innehållet granskas nu före publicering.",
  "kraver-inte-granskning": "Innehållet publiceras nu utan granskning.",
};

export async function generateMetadata({ params }: Props) {
  const { typ, nyckel } = await params;
  const r = await innehallForRedigering(db, typ, nyckel);
  return { title: r ? `Redigera ${r.titel}` : "Innehåll" };
}

export default async function RedigeraInnehall({ params, searchParams }: Props) {
  const user = await requirePage("innehall.redigera");
  const { typ: typNamn, nyckel } = await params;
  const r = await innehallForRedigering(db, typNamn, nyckel);
  if (!r) notFound();
  // Opening the page marks the editor present (a presence row, gone after a minute).
  const andra = (await narvaro(db, user, typNamn, nyckel)) ?? [];
  const { typ, item, data, titel } = r;
  const { sparad, fran, agare } = await searchParams;
  if (item.arkiverad)
    return (
      <ArkiveradSida
        nyckel={nyckel}
        titel={titel}
        item={{ ...item, arkiverad: item.arkiverad }}
        kvitto={sparad === "arkiverad" ? kvitto.arkiverad : undefined}
      />
    );
  const markdown = typ.falt
    .filter((f) => f.slag === "markdown")
    .map((f) => String(data[f.namn] ?? ""))
    .join("\n\n");
  const [trasiga, schema, versioner, kravs] = await Promise.all([
    markdown ? trasigaLankar(db, markdown, `/${nyckel}`) : [],
    vantande(db, item.id),
    sprakversioner(db, typNamn, nyckel),
    kraverGranskning(db, typ, item),
  ]);
  const adress = typ.adress(nyckel, data as never);
  const granskning = markdown ? granska(String(data.ingress ?? ""), markdown, { sprak: typ.sprak, lixGrans: typ.lixGrans }) : null;
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/innehall">Allt innehåll</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">{titel}</h1>
      {sparad && kvitto[sparad] && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {sparad === "aterstalld" && fran
            ? `Version ${fran} är nu ett utkast. Granska och publicera om den ska gälla.`
            : sparad === "adress" && fran
              ? `Sidan har fått adressen /${nyckel}. Den gamla adressen /${fran} leder hit.`
              : kvitto[sparad]}
        </p>
      )}
      <Narvaro typ={typNamn} nyckel={nyckel} andra={andra} pulsSekunder={PULS_SEKUNDER} />
      <ul className="mt-4 space-y-1">
        <li>
          {item.utkast ? (
            <>
              Opublicerade ändringar av {item.utkastAvNamn ?? "okänd"}
              {item.utkastAndrad && (
                <>
                  , <time dateTime={item.utkastAndrad.toISOString()}>{formatDatum(item.utkastAndrad)}</time>
                </>
              )}
              . Formuläret visar utkastet.
            </>
          ) : item.publicerad ? (
            `Formuläret visar den ${item.avpublicerad ? "senast publicerade versionen. Sidan är avpublicerad" : "publicerade versionen"}.`
          ) : (
            "Inte publicerad ännu."
          )}
        </li>
        {item.publiceradTid && (
          <li>
            Senast publicerad <time dateTime={item.publiceradTid.toISOString()}>{formatDatum(item.publiceradTid)}</time>.
          </li>
        )}
        <li>
          <Link href={`/personal/innehall/${typNamn}/${nyckel}/historik`}>Historik och tidigare versioner</Link>
        </li>
        {typ.forhandsvisning && item.utkast && (
          <li>
            <Link href={`/forhandsvisning/${typNamn}/${nyckel}`}>Förhandsvisa utkastet</Link>
          </li>
        )}
        {item.publicerad && !item.avpublicerad && (
          <li>
            <Link href={adress}>Visa den publika sidan ({adress})</Link>
          </li>
        )}
      </ul>
      {trasiga.length > 0 && (
        <p className="mt-4 border-l-4 border-warn bg-white p-3">
          <strong>Trasiga länkar:</strong> {trasiga.join(", ")} leder ingenstans. Utkastet kan sparas, men sidan kan inte publiceras förrän
          länkarna är rättade.
        </p>
      )}
      <Sprakversioner
        typ={typNamn}
        nyckel={nyckel}
        item={{ version: item.version, publik: Boolean(item.publicerad && !item.avpublicerad && !item.arkiverad) }}
        {...versioner}
      />
      <Granskningsruta user={user} typ={typ} nyckel={nyckel} item={item} kravs={kravs} />
      {granskning && (
        <section aria-labelledby="klarsprak" className="mt-6 max-w-3xl border border-line bg-white p-4">
          <h2 id="klarsprak" className="text-xl font-bold">
            Klarspråk och struktur
          </h2>
          <p className="mt-1 text-sm">Gäller {item.utkast ? "utkastet" : "den publicerade texten"}, som den senast sparades.</p>
          <p className="mt-2">
            {typ.sprak === "en" ? (
              "Läsbarhetsindex (LIX) mäter svensk text och visas inte för engelska. Skriv enkel engelska: korta meningar och vanliga ord."
            ) : granskning.lix ? (
              <>
                Läsbarhetsindex (LIX): <strong>{granskning.lix.varde}</strong>, {granskning.lix.band}.{" "}
                {typ.lixGrans
                  ? `En lättläst text bör ha LIX ${typ.lixGrans} eller lägre.`
                  : "Under 40 är lagom för de flesta texter på webbplatsen."}
              </>
            ) : (
              "Texten är för kort för ett läsbarhetsindex."
            )}
          </p>
          {granskning.lixVarning && (
            <p className="mt-3 border-l-4 border-warn p-3">
              <strong>Varning:</strong> {granskning.lixVarning} Du kan ändå spara och publicera.
            </p>
          )}
          {granskning.fel.length > 0 && (
            <>
              <h3 className="mt-3 font-bold">Måste rättas innan publicering</h3>
              <ul className="mt-1 list-disc pl-6">
                {granskning.fel.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
          {granskning.rad.length > 0 && (
            <>
              <h3 className="mt-3 font-bold">Råd</h3>
              <ul className="mt-1 list-disc pl-6">
                {granskning.rad.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
          {granskning.fel.length === 0 && granskning.rad.length === 0 && (
            <p className="mt-2">Inga anmärkningar på rubriker, länktexter eller meningslängd.</p>
          )}
        </section>
      )}
      <div className="mt-8">
        <Redigeringsformular
          typ={typNamn}
          nyckel={nyckel}
          falt={typ.falt}
          forhandsvisning={typ.forhandsvisning}
          andringsnoter={typ.andringsnoter}
          granskning={{ kravs, utanGranskning: can(user, "innehall.publicera-utan-granskning") }}
          start={{ varden: tillFormular(typ, data), kommentar: "", version: String(item.version), fel: {} }}
        />
      </div>
      <section aria-labelledby="schemalagt" className="mt-10 border-t border-line pt-8">
        <h2 id="schemalagt" className="text-2xl font-bold">
          Schemalägg publicering
        </h2>
        {schema.length > 0 && <Schemalista rader={schema} tillbaka={`/personal/innehall/${typNamn}/${nyckel}`} />}
        {kravs ? (
          <p className="mt-3 max-w-prose">
            Innehållet granskas före publicering. Den som granskar väljer att publicera direkt eller vid en tidpunkt.
          </p>
        ) : item.utkast ? (
          <>
            <p className="mt-3 mb-4 max-w-prose">
              Det sparade utkastet, som det ser ut nu, publiceras vid den tidpunkt du väljer. Ändringar du gör i utkastet efteråt kommer
              inte med.
            </p>
            <SchemaFormular typ={typNamn} nyckel={nyckel} andringsnoter={typ.andringsnoter} />
          </>
        ) : (
          <p className="mt-3 max-w-prose">Spara ett utkast först; sedan kan du välja när det ska publiceras.</p>
        )}
      </section>
      <AgareSektion slag="innehall" id={item.id} kvitto={agare} />
      {typNamn === "sida" && <SidansLivscykel nyckel={nyckel} item={item} />}
    </>
  );
}
