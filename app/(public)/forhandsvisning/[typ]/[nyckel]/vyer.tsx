// The preview of the content types without a page of their own in the preview route: each is
// the public page that shows the item, rendered by the same component with the draft.
import { Forstarkningsomrade } from "@/components/innehall/forstarkningsomrade";
import { KONTAKT_INGRESS, KONTAKT_RUBRIK, Kontaktuppgifter } from "@/components/innehall/kontakt";
import { FramtidsrustadSkola, JamliktGoteborg } from "@/components/innehall/program";
import { Startsida } from "@/components/innehall/startsida";
import { PageHeader } from "@/components/page-header";
import { getForstarkningsomraden } from "@/lib/forstarkningsomraden/queries";
import { lankar, programdelar } from "@/lib/innehall/listor";
import { getForvaltning, getNyckeltal, getStartsida } from "@/lib/innehall/queries";
import { rader } from "@/lib/innehall/rader";
import { kategorier } from "@/lib/innehall/typer/program";
import { getInsatsTrad, getSenasteUppdateringar } from "@/lib/insatser/queries";
import { getSkolor } from "@/lib/skolor/queries";
import { slugify } from "@/lib/slug";

type Data = Record<string, unknown>;
const s = (d: Data, k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");

export async function forhandsvy(typ: string, nyckel: string, data: Data): Promise<React.ReactNode | null> {
  if (typ === "forstarkningsomrade") {
    const omrade = {
      slug: nyckel,
      namn: s(data, "namn"),
      syfte: s(data, "syfte"),
      ingress: s(data, "ingress"),
      atgarder: rader(s(data, "atgarder")),
      arbetsomraden: rader(s(data, "arbetsomraden")),
      skolornasArbete: rader(s(data, "skolornasArbete")),
      relateradeLankar: lankar(s(data, "lankar")),
    };
    return <Forstarkningsomrade omrade={omrade} insatser={await getInsatsTrad({ omradeSlug: nyckel })} />;
  }
  if (typ === "program") {
    const program = {
      slug: nyckel,
      namn: s(data, "namn"),
      undertitel: s(data, "undertitel"),
      ingress: s(data, "ingress"),
      beskrivning: rader(s(data, "beskrivning")),
      punkter: Object.entries(kategorier).flatMap(([falt, kategori]) => rader(s(data, falt)).map((text) => ({ kategori, text }))),
      delar: programdelar(s(data, "delar")).map((d, i) => ({ ...d, slug: `${i + 1}-${slugify(d.namn)}` })),
    };
    const insatser = await getInsatsTrad({ programSlug: nyckel });
    if (nyckel === "framtidsrustad-skola")
      return <FramtidsrustadSkola program={program} insatser={insatser} pilotskolor={await getSkolor({ pilot: "ja" })} />;
    return <JamliktGoteborg program={program} insatser={insatser} />;
  }
  if (typ === "nyckeltal" || typ === "kontaktuppgifter") {
    const [texter, forvaltning, nyckeltal, omraden, uppdateringar] = await Promise.all([
      getStartsida(),
      getForvaltning(),
      getNyckeltal(),
      getForstarkningsomraden(),
      getSenasteUppdateringar(5),
    ]);
    if (typ === "kontaktuppgifter") {
      const utkast = { ...forvaltning, ...data, latitud: Number(data.latitud), longitud: Number(data.longitud) } as typeof forvaltning;
      return (
        <>
          <PageHeader titel={KONTAKT_RUBRIK} ingress={KONTAKT_INGRESS} smulor={[{ href: "/kontakt", label: "Kontakt" }]} />
          <Kontaktuppgifter forvaltning={utkast} telefon={utkast.telefon} />
          <p className="mt-10 max-w-prose border-l-4 border-line pl-3">
            Under uppgifterna följer kontaktformuläret, som inte ändras av kontaktuppgifterna och inte visas i förhandsvisningen.
          </p>
        </>
      );
    }
    const tal = {
      nyckel,
      etikett: s(data, "etikett"),
      varde: s(data, "varde"),
      enhet: s(data, "enhet"),
      kalla: s(data, "kalla"),
      ordning: nyckeltal.length,
    };
    const lista = nyckeltal.some((n) => n.nyckel === nyckel)
      ? nyckeltal.map((n) => (n.nyckel === nyckel ? { ...tal, ordning: n.ordning } : n))
      : [...nyckeltal, tal];
    return <Startsida texter={texter} forvaltning={forvaltning} nyckeltal={lista} omraden={omraden} uppdateringar={uppdateringar} />;
  }
  return null;
}
