import { Textfalt } from "@/components/forms/falt";
import { ANDRINGSNOT_MAX } from "@/lib/innehall/andring";

/**
 * "Mindre ändring" or "Väsentlig ändring" with a one-line note, asked when publishing (now or
 * scheduled). Works without JavaScript: the note field is always there and required only for a
 * significant change (lib/innehall/andringsnoter.ts).
 */
export function Andringsval({
  andring,
  andringsnot,
  fel,
  prefix = "",
}: {
  andring?: string;
  andringsnot?: string;
  fel: Record<string, string | undefined>;
  /** Field names and ids where two forms on one page ask (the scheduling form: "schema-"). */
  prefix?: string;
}) {
  const val = andring === "vasentlig" ? "vasentlig" : "mindre";
  const id = (n: string) => `${prefix}${n}`;
  return (
    <fieldset
      className="mb-5 rounded-sm border border-line bg-white p-4"
      aria-describedby={fel[id("andring")] ? id("andring-fel") : id("andring-hjalp")}
    >
      <legend className="px-1 font-semibold">Vid publicering: hur stor är ändringen?</legend>
      <p id={id("andring-hjalp")} className="text-sm text-muted">
        En väsentlig ändring visas på sidan som &quot;Senast ändrad&quot; med din ändringsnot, och i sidans lista över ändringar.
      </p>
      {fel[id("andring")] && (
        <p id={id("andring-fel")} className="font-semibold text-stop">
          {fel[id("andring")]}
        </p>
      )}
      <div className="mt-2 space-y-2">
        <div className="flex items-center gap-2">
          <input
            type="radio"
            id={id("andring")}
            name={id("andring")}
            value="mindre"
            defaultChecked={val === "mindre"}
            className="h-5 w-5"
          />
          <label htmlFor={id("andring")}>Mindre ändring (till exempel stavning eller formuleringar): ingen ändringsnot</label>
        </div>
        <div className="flex items-center gap-2">
          <input
            type="radio"
            id={id("andring-vasentlig")}
            name={id("andring")}
            value="vasentlig"
            defaultChecked={val === "vasentlig"}
            className="h-5 w-5"
          />
          <label htmlFor={id("andring-vasentlig")}>Väsentlig ändring: visas för besökarna med en ändringsnot</label>
        </div>
      </div>
      <div className="mt-3">
        <Textfalt
          id={id("andringsnot")}
          etikett="Ändringsnot (krävs vid väsentlig ändring)"
          hjalp={`En rad, högst ${ANDRINGSNOT_MAX} tecken, till exempel: Nya öppettider för skolans expedition.`}
          varde={andringsnot}
          fel={fel[id("andringsnot")]}
        />
      </div>
    </fieldset>
  );
}
