"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { personalAtgard } from "@/lib/atgard/personal";
import { tvastegsBekraftelseSchema } from "@/lib/auth/schema";
import { aktiveraTvastegs } from "@/lib/auth/tvastegs";
import { nyaReservkoder, stangAvTvastegs } from "@/lib/auth/tvastegs-installningar";
import { db } from "@/lib/db";
import { klientadress } from "@/lib/http/klient";

export interface TvastegsState {
  fel?: string;
  /** Shown once, right after the second factor is turned on. */
  koder?: string[];
}

const NEKAD = "Du har inte behörighet att ändra tvåstegsverifieringen.";

export const aktivera = personalAtgard<TvastegsState>({
  behorighet: "konto.eget",
  falt: ["kod", "hemlighet", "signatur"],
  nekad: NEKAD,
  svar: (fel) => ({ fel: Object.values(fel)[0] }),
  async utfor({ user, varden: { hemlighet, signatur, kod }, svar }) {
    if (!kod.trim()) return svar({ kod: "Skriv koden från appen." });
    const utfall = await aktiveraTvastegs(db, user, { hemlighet, signatur, kod: kod.trim() });
    return utfall.ok ? { koder: utfall.koder } : { fel: utfall.fel };
  },
});

export interface BekraftaState {
  fel: Record<string, string | undefined>;
  /** The new recovery codes, shown once. */
  koder?: string[];
}

// The password and the code are never sent back: on an error both fields start empty.
const bekraftelse = {
  behorighet: "konto.eget",
  falt: ["losenord", "kod"],
  schema: tvastegsBekraftelseSchema,
  nekad: NEKAD,
  svar: (fel: BekraftaState["fel"]): BekraftaState => ({ fel }),
} as const;

export const skapaNyaReservkoder = personalAtgard<BekraftaState, typeof tvastegsBekraftelseSchema>({
  ...bekraftelse,
  async utfor({ user, data }) {
    const utfall = await nyaReservkoder(db, user, data, klientadress(await headers()));
    return utfall.ok ? { fel: {}, koder: utfall.koder } : { fel: utfall.fel };
  },
});

export const stangAv = personalAtgard<BekraftaState, typeof tvastegsBekraftelseSchema>({
  ...bekraftelse,
  async utfor({ user, data, svar }) {
    const utfall = await stangAvTvastegs(db, user, data, klientadress(await headers()));
    if (!utfall.ok) return svar(utfall.fel);
    redirect("/personal/mitt-konto?tvastegs=av");
  },
});
