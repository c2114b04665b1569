// Every content type editors own. Adding one is a file in this folder and a line here.
import type { Innehallstyp } from "../typ";
import { forstarkningsomrade } from "./forstarkningsomrade";
import { kontaktuppgifter } from "./kontaktuppgifter";
import { niSaViGjorde } from "./ni-sa-vi-gjorde";
import { nyckeltal } from "./nyckeltal";
import { program } from "./program";
import { sida } from "./sida";
import { omradeEn, omradeLattlast, sidaEn, sidaLattlast, startsidaEn, startsidaLattlast } from "./sidvariant";
import { startsida } from "./startsida";

export const innehallstyper = [
  startsida,
  startsidaLattlast,
  startsidaEn,
  sida,
  sidaLattlast,
  sidaEn,
  kontaktuppgifter,
  nyckeltal,
  forstarkningsomrade,
  omradeLattlast,
  omradeEn,
  niSaViGjorde,
  program,
] as unknown as readonly Innehallstyp[];

export function innehallstyp(typ: string): Innehallstyp | null {
  return innehallstyper.find((t) => t.typ === typ) ?? null;
}
