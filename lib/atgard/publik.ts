// The same for the public forms: read the form, keep the typed text, turn zod's issues into
// Swedish field errors, and check the signed single-use form load (lib/sakerhet/formularladdning.ts):
// one load makes one case or one message. A load that is not this form's own, or is too old,
// gets the form again with the text kept and a new load.
import { z } from "zod";
import { argument, formularArgument, tillstandArgument } from "../http/argument";
import { requestLogger } from "../logger";
import { FORMULAR_GAMMALT, MIN_SEKUNDER, nyttFormular, sekunderSedanStart, type Formularsyfte } from "../sakerhet/formularladdning";
import { faltfel, type Faltfel } from "./faltfel";
import type { Formularsvar } from "./personal";
import { lasFalt } from "./formular";

export function publikAtgard<Schema extends z.ZodType>(def: {
  falt: readonly string[];
  schema: Schema;
  /** The form load's fields `idempotensnyckel` and `startad`, signed for this purpose. */
  laddning?: { syfte: Formularsyfte; /** Refuse a form sent faster than a person types. */ minstaTid?: boolean };
  /** Which errors the form shows, and where; default all. */
  fel?: (fel: Faltfel) => Formularsvar["fel"];
  utfor: (indata: {
    data: z.output<Schema>;
    varden: Record<string, string>;
    svar: (fel: Formularsvar["fel"]) => Formularsvar;
  }) => Promise<Formularsvar>;
}): (prev: Formularsvar, form: FormData) => Promise<Formularsvar> {
  return async (prev, form) => {
    argument([tillstandArgument, formularArgument], [prev, form]);
    const { varden } = lasFalt(form, def.falt);
    const sekunder = def.laddning ? sekunderSedanStart(varden.startad, varden.idempotensnyckel, def.laddning.syfte) : 0;
    const svar = (fel: Formularsvar["fel"]) => ({
      varden: sekunder === null && def.laddning ? { ...varden, ...nyttFormular(def.laddning.syfte) } : varden,
      fel,
    });
    const parsed = def.schema.safeParse(varden);
    if (!parsed.success) {
      const fel = def.fel ? def.fel(faltfel(parsed.error)) : faltfel(parsed.error);
      return svar(sekunder === null ? { ...fel, formular: FORMULAR_GAMMALT } : fel);
    }
    if (sekunder === null) {
      (await requestLogger()).info(
        { handelse: "synpunkt.formular.ogiltigt" },
        "Formuläret skickades med en annan laddnings nyckel eller var för gammalt",
      );
      return svar({ formular: FORMULAR_GAMMALT });
    }
    if (def.laddning?.minstaTid && sekunder < MIN_SEKUNDER)
      return svar({ formular: "Formuläret skickades väldigt snabbt. Vänta några sekunder och skicka igen." });
    return def.utfor({ data: parsed.data, varden, svar });
  };
}

/** A public plain form (no state): its fields as typed. */
export function publiktFormular(
  falt: readonly string[],
  utfor: (varden: Record<string, string>) => Promise<void>,
): (form: FormData) => Promise<void> {
  return async (form) => {
    argument([formularArgument], [form]);
    return utfor(lasFalt(form, falt).varden);
  };
}
