import type { getForvaltning } from "@/lib/innehall/queries";

export const KONTAKT_RUBRIK = "Kontakta grundskoleförvaltningen";
export const KONTAKT_INGRESS = "Har du synpunkter eller frågor om grundskoleförvaltningen så kan du kontakta oss.";

/** Kontakt's telephone and address cards; the preview of the contact details renders the same. */
export function Kontaktuppgifter({
  forvaltning: f,
  telefon,
}: {
  forvaltning: Awaited<ReturnType<typeof getForvaltning>> | null;
  telefon: string;
}) {
  return (
    <div className="grid gap-6 md:grid-cols-3">
      <section aria-labelledby="telefon" className="rounded-sm border border-line bg-white p-5">
        <h2 id="telefon" className="text-xl font-bold">
          Telefon
        </h2>
        <p className="mt-2 text-lg">
          <a href={`tel:${telefon.replace(/[^\d+]/g, "")}`}>{telefon}</a>
        </p>
      </section>
      {f && (
        <>
          <section aria-labelledby="besok" className="rounded-sm border border-line bg-white p-5">
            <h2 id="besok" className="text-xl font-bold">
              Besöksadress
            </h2>
            <p className="mt-2">{f.besoksadress}</p>
            <p className="mt-2">
              <a href={`https://www.openstreetmap.org/?mlat=${f.latitud}&mlon=${f.longitud}#map=17/${f.latitud}/${f.longitud}`}>
                Visa på karta (OpenStreetMap, öppnas på en annan webbplats)
              </a>
            </p>
          </section>
          <section aria-labelledby="post" className="rounded-sm border border-line bg-white p-5">
            <h2 id="post" className="text-xl font-bold">
              Postadress
            </h2>
            <p className="mt-2">
              {f.namn}
              <br />
              {f.postadress}
              <br />
              {f.postnummer} {f.postort}
            </p>
          </section>
        </>
      )}
    </div>
  );
}
