"use client";

import { createContext, useContext } from "react";
import { RESERVKONTAKT } from "@/lib/innehall/reservkontakt";

// The public layout passes the phone number editors published down to the error pages, which
// run in the browser and cannot read it themselves. Outside the layout (the global error page,
// when the layout itself failed) it is the fallback.
const Telefon = createContext<string>(RESERVKONTAKT.telefon);

export function TelefonKalla({ telefon, children }: { telefon: string | undefined; children: React.ReactNode }) {
  return <Telefon.Provider value={telefon ?? RESERVKONTAKT.telefon}>{children}</Telefon.Provider>;
}

export function useTelefon(): string {
  return useContext(Telefon);
}
