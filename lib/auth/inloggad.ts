import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "../db";
import { auth } from ".";
import { authorize, type Aktor, type Behorighet } from "./permissions";
import { kravsTvastegs } from "./tvastegs";

export interface Inloggad extends Aktor {
  name: string;
  email: string;
  /** The row key of this browser's session (lib/auth/sessioner.ts). */
  sessionsnyckel: string;
  /** Signs in with a password here (not only through Entra ID). */
  harLosenord: boolean;
  /** An admin chose the password: it must be changed before anything else. */
  losenordMasteBytas: boolean;
  /** Has a second factor (TOTP). */
  tvastegs: boolean;
  /** Must set up a second factor before anything else (an admin signed in with a password). */
  tvastegsKravs: boolean;
  /** May turn the second factor off (not an admin, or a demo account). */
  tvastegsValfri: boolean;
  /** How this session signed in: "credentials" or "microsoft-entra-id". */
  leverantor: string;
}

/** The signed-in staff member, read from the database on every request; null if none or disabled. */
export const currentUser = cache(async (): Promise<Inloggad | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const { sessionsnyckel, leverantor = "credentials" } = (session ?? {}) as { sessionsnyckel?: string; leverantor?: string };
  if (!id || !sessionsnyckel) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      roll: true,
      skolaId: true,
      aktiv: true,
      losenordHash: true,
      losenordMasteBytas: true,
      totpHemlighet: true,
      demo: true,
    },
  });
  if (!user?.aktiv) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roll: user.roll,
    skolaId: user.skolaId,
    sessionsnyckel,
    harLosenord: user.losenordHash !== null,
    losenordMasteBytas: user.losenordMasteBytas,
    tvastegs: user.totpHemlighet !== null,
    tvastegsKravs: user.totpHemlighet === null && kravsTvastegs(user, leverantor),
    tvastegsValfri: !kravsTvastegs(user, "credentials"),
    leverantor,
  };
});

export const BYT_LOSENORD = "/personal/mitt-konto/losenord";
export const TVASTEGS = "/personal/mitt-konto/tvastegs";

/**
 * For staff pages: signed out → the sign-in page; a password an admin chose → the page to
 * change it; an admin without a second factor → the page to set it up; signed in without the
 * right → 403 page. `kontoinstallning`: the page is one of those two.
 */
export async function requirePage(behorighet: Behorighet, { kontoinstallning = false } = {}): Promise<Inloggad> {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  if (!kontoinstallning && user.losenordMasteBytas) redirect(BYT_LOSENORD);
  if (!kontoinstallning && user.tvastegsKravs) redirect(TVASTEGS);
  try {
    authorize(user, behorighet);
  } catch {
    redirect("/personal/ingen-behorighet");
  }
  return user;
}
