import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "../db";
import { auth } from ".";
import { authorize, type Aktor, type Handling } from "./permissions";

export interface Inloggad extends Aktor {
  name: string;
  email: string;
  /** The row key of this browser's session (lib/auth/sessioner.ts). */
  sessionsnyckel: string;
  /** Signs in with a password here (not only through Entra ID). */
  harLosenord: boolean;
  /** An admin chose the password: it must be changed before anything else. */
  losenordMasteBytas: boolean;
}

/** The signed-in staff member, read from the database on every request; null if none or disabled. */
export const currentUser = cache(async (): Promise<Inloggad | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sessionsnyckel = (session as { sessionsnyckel?: string } | null)?.sessionsnyckel;
  if (!id || !sessionsnyckel) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, roll: true, skolaId: true, aktiv: true, losenordHash: true, losenordMasteBytas: true },
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
  };
});

export const BYT_LOSENORD = "/personal/mitt-konto/losenord";

/**
 * For staff pages: signed out → the sign-in page; a password an admin chose → the page to
 * change it; signed in without the right → 403 page.
 */
export async function requirePage(handling: Handling, { tillfalligtLosenord = false } = {}): Promise<Inloggad> {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  if (user.losenordMasteBytas && !tillfalligtLosenord) redirect(BYT_LOSENORD);
  try {
    authorize(user, handling);
  } catch {
    redirect("/personal/ingen-behorighet");
  }
  return user;
}
