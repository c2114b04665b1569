import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Sida } from "@/components/innehall/sida";
import { sidansOriginal, Sidvariant, type SprakversionOriginal } from "@/components/innehall/sidvariant";
import { Startsida } from "@/components/innehall/startsida";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { getForstarkningsomraden } from "@/lib/forstarkningsomraden/queries";
import { getForvaltning, getNyckeltal, sidaVy } from "@/lib/innehall/queries";
import { startsidaFran } from "@/lib/innehall/publicerat";
import { arSprakversion, sidvariantVy } from "@/lib/innehall/sidvarianter";
import { innehallstyp } from "@/lib/innehall/typer";
import { getSenasteUppdateringar } from "@/lib/insatser/queries";
import { forhandsvy } from "./vyer";

// The exact public page with the draft, in the public layout, for staff with the right only.
// It calls auth() (through requirePage), so it is rendered per request and never cached.
export const metadata: Metadata = { title: "Förhandsvisning", robots: { index: false, follow: false } };

type Props = { params: Promise<{ typ: string; nyckel: string }> };

export default async function Forhandsvisning({ params }: Props) {
  await requirePage("innehall.redigera");
  const { typ, nyckel } = await params;
  const item = await db.innehall.findUnique({
    where: { typ_nyckel: { typ, nyckel } },
    select: { utkast: true, publicerad: true, utkastAndrad: true },
  });
  const variant = innehallstyp(typ)?.variant;
  if (!item || !(innehallstyp(typ)?.forhandsvisning || variant)) notFound();
  const data = (item.utkast ?? item.publicerad ?? {}) as Record<string, string | boolean>;
  let sida: React.ReactNode;
  if (typ === "sida") {
    const vy = await sidaVy({
      slug: nyckel,
      titel: String(data.titel ?? ""),
      ingress: String(data.ingress ?? ""),
      brodtext: String(data.brodtext ?? ""),
      foralder: String(data.foralder ?? "") || null,
      uppdaterad: item.utkastAndrad ?? new Date(),
    });
    sida = <Sida sida={vy} />;
  } else if (variant && arSprakversion(variant.sprak)) {
    // A lättläst or English version, inside its original as published (or as drafted, before that).
    const rad = await db.innehall.findUnique({
      where: { typ_nyckel: { typ: variant.av, nyckel } },
      select: { publicerad: true, utkast: true, utkastAndrad: true },
    });
    const s = (rad?.publicerad ?? rad?.utkast ?? {}) as Record<string, string | boolean>;
    const varianter = (await db.sidaVariant.findMany({ where: { av: variant.av, slug: nyckel }, select: { sprak: true } })).map(
      (v) => v.sprak,
    );
    const original: SprakversionOriginal =
      variant.av === "sida"
        ? sidansOriginal(
            await sidaVy({
              slug: nyckel,
              titel: String(s.titel ?? ""),
              ingress: String(s.ingress ?? ""),
              brodtext: String(s.brodtext ?? ""),
              foralder: String(s.foralder ?? "") || null,
              uppdaterad: rad?.utkastAndrad ?? new Date(),
            }),
          )
        : variant.av === "startsida"
          ? { adress: "/", titel: String(s.rubrik ?? ""), smulor: [], varianter }
          : {
              adress: `/forstarkningsomraden/${nyckel}`,
              titel: String(s.namn ?? nyckel),
              smulor: [{ href: "/forstarkningsomraden", label: "Förstärkningsområden" }],
              varianter,
            };
    const v = sidvariantVy({
      slug: nyckel,
      sprak: variant.sprak,
      titel: String(data.titel ?? ""),
      ingress: String(data.ingress ?? ""),
      brodtext: String(data.brodtext ?? ""),
      uppdaterad: item.utkastAndrad ?? new Date(),
    });
    sida = <Sidvariant original={original} variant={v} />;
  } else if (typ !== "startsida") {
    sida = await forhandsvy(typ, nyckel, data);
  } else {
    const [forvaltning, nyckeltal, omraden, uppdateringar] = await Promise.all([
      getForvaltning(),
      getNyckeltal(),
      getForstarkningsomraden(),
      getSenasteUppdateringar(5),
    ]);
    sida = (
      <Startsida
        texter={startsidaFran(data)}
        forvaltning={forvaltning}
        nyckeltal={nyckeltal}
        omraden={omraden}
        uppdateringar={uppdateringar}
      />
    );
  }
  return (
    <>
      <div role="status" className="mb-8 border-4 border-warn bg-white p-4">
        <p className="text-xl font-bold">Förhandsvisning – inte publicerad</p>
        <p className="mt-1">
          {item.utkast ? "Så här ser sidan ut med utkastet." : "Det finns inget utkast; så här ser den publicerade sidan ut."}{" "}
          <Link href={`/personal/innehall/${typ}/${nyckel}`}>Tillbaka till redigeringen</Link>
        </p>
      </div>
      {sida}
    </>
  );
}
