import Link from "next/link";
import type { Inloggad } from "@/lib/auth/inloggad";
import { can } from "@/lib/auth/permissions";
import { formatDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { aktuellGranskning, typKraverGranskning } from "@/lib/innehall/granskning";
import type { Innehallstyp } from "@/lib/innehall/typ";
import { EfterhandKnapp, Granskningsformular, KraverGranskningKnapp } from "./formular";

const tidpunkt = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" });

/** The review section of an item's edit page: its state, the reviewer's forms, an admin's switch. */
export async function Granskningsruta({
  user,
  typ,
  nyckel,
  item,
  kravs,
}: {
  user: Inloggad;
  typ: Innehallstyp;
  nyckel: string;
  item: { id: string; kraverGranskning: boolean };
  /** Whether the item must be reviewed (lib/innehall/granskningsrad.ts), as the page read it. */
  kravs: boolean;
}) {
  const [g, typKravs] = await Promise.all([aktuellGranskning(db, item.id), typKraverGranskning(db, typ.typ)]);
  const admin = can(user, "innehall.publicera-utan-granskning");
  if (!kravs && !g && !admin) return null;
  const har = `/personal/innehall/${typ.typ}/${nyckel}`;
  const granskar = can(user, "innehall.granska");
  return (
    <section aria-labelledby="granskning" className="mt-6 max-w-3xl border border-line bg-white p-4">
      <h2 id="granskning" className="text-xl font-bold">
        Granskning före publicering
      </h2>
      <p className="mt-1">
        {typ.granskning || typKravs
          ? `Allt av det här slaget granskas av någon annan innan det publiceras.`
          : item.kraverGranskning
            ? "En administratör har bestämt att det här innehållet granskas av någon annan innan det publiceras."
            : "Innehållet publiceras utan granskning."}
      </p>
      {g?.status === "VANTAR" && (
        <>
          <p className="mt-3 border-l-4 border-warn p-3 font-semibold">
            Väntar på granskning: version {g.nummer}, skickad av {g.forfattarNamn}{" "}
            <time dateTime={g.skapad.toISOString()}>{formatDatum(g.skapad)}</time>.
          </p>
          {typ.andringsnoter && (
            <p className="mt-2">
              {g.andringsnot ? `Väsentlig ändring. Ändringsnot: ${g.andringsnot}` : "Mindre ändring: ingen ändringsnot."}
            </p>
          )}
          {typ.forhandsvisning && (
            <p className="mt-2">
              <Link href={`/forhandsvisning/${typ.typ}/${nyckel}`}>Förhandsvisa versionen som ska granskas</Link>
            </p>
          )}
          {granskar && g.forfattareId !== user.id ? (
            <Granskningsformular id={g.id} tillbaka={har} />
          ) : (
            <p className="mt-2">
              {g.forfattareId === user.id
                ? "Du skickade versionen och kan inte granska den själv. Om du ändrar utkastet dras granskningen tillbaka."
                : "Någon med rätt att granska godkänner eller skickar tillbaka."}
            </p>
          )}
        </>
      )}
      {g?.status === "GODKAND" && g.schemalagda[0] && (
        <p className="mt-3 border-l-4 border-ok p-3 font-semibold">
          Version {g.nummer} är godkänd av {g.avgjordAvNamn ?? "granskaren"} och publiceras{" "}
          <time dateTime={g.schemalagda[0].tidpunkt.toISOString()}>{tidpunkt.format(g.schemalagda[0].tidpunkt)}</time>. Ändras utkastet före
          dess avbryts publiceringen.
        </p>
      )}
      {g?.status === "TILLBAKA" && (
        <div className="mt-3 border-l-4 border-stop p-3">
          <p className="font-semibold">
            Skickad tillbaka av {g.avgjordAvNamn ?? "granskaren"}. Ändra utkastet och skicka det för granskning igen.
          </p>
          <p className="mt-1 whitespace-pre-wrap">{g.kommentar}</p>
        </div>
      )}
      {g?.status === "UTAN_GRANSKNING" && (
        <div className="mt-3 border-l-4 border-warn p-3">
          <p className="font-semibold">
            Publicerad utan granskning av {g.forfattarNamn}: {g.motivering}
          </p>
          {granskar && g.forfattareId !== user.id && <EfterhandKnapp id={g.id} tillbaka={har} />}
        </div>
      )}
      {admin && !typ.granskning && <KraverGranskningKnapp typ={typ.typ} nyckel={nyckel} pa={item.kraverGranskning} />}
    </section>
  );
}
