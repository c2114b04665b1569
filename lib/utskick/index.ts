// The outbox sender: mails go out through SMTP when SMTP_URL is set, and are written to
// .data/utskick as .eml files otherwise (development). A failed send is retried with a
// growing pause; several app instances never send the same mail (SKIP LOCKED).
//
// A mail may carry a link as a placeholder (a case's private page, a password link) whose key is
// made only when the mail goes out, so no key is ever stored anywhere but as a hash. The domain
// that writes such mails supplies the link (Sandlank) and the caller passes the list in
// (lib/utskickslankar.ts): the outbox is platform and imports no domain.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { siteUrl } from "../config";
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import { signera } from "../sakerhet/signatur";

export const AVSANDARE = process.env.MAIL_FROM ?? "Grundskoleförvaltningen <noreply@grundskola.goteborg.se>";

export interface Brev {
  till: string;
  amne: string;
  text: string;
  /** The one-click unsubscribe address (RFC 8058), for notifications. */
  avregistrera?: string;
}

export type Skicka = (brev: Brev) => Promise<void>;

/** The message as nodemailer builds it, headers included: the same for SMTP and for files. */
export function brevTillMejl(b: Brev): SendMailOptions {
  return {
    from: AVSANDARE,
    to: b.till,
    subject: b.amne,
    text: b.text,
    ...(b.avregistrera
      ? { list: { unsubscribe: b.avregistrera }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
      : {}),
  };
}

export function smtpSandare(url: string): Skicka {
  const transport: Transporter = nodemailer.createTransport(url);
  return async (b) => {
    await transport.sendMail(brevTillMejl(b));
  };
}

/**
 * The folder for mails when there is no SMTP server: UTSKICK_MAPP (scripts/app-server.ts sets it
 * to the project's .data/utskick, because the standalone server runs inside the build output,
 * which the next build deletes), else .data/utskick under the working folder (next dev).
 */
export function utskicksmapp(): string {
  // The folder is chosen at run time; the comment keeps Next's build from tracing the whole project for it.
  return path.resolve(/* turbopackIgnore: true */ process.env.UTSKICK_MAPP || path.join(process.cwd(), ".data", "utskick"));
}

export function filSandare(mapp = utskicksmapp()): Skicka {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return async (b) => {
    await mkdir(mapp, { recursive: true });
    const { message } = await transport.sendMail(brevTillMejl(b));
    const namn = `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.eml`;
    await writeFile(path.join(mapp, namn), message as Buffer);
  };
}

export function standardSandare(): Skicka {
  return process.env.SMTP_URL ? smtpSandare(process.env.SMTP_URL) : filSandare();
}

/** The one-click unsubscribe address of a case's notifications: signed, so it cannot be guessed. */
export function avregistreringsadress(synpunktId: string): string {
  return `${siteUrl().replace(/\/$/, "")}/api/avregistrera/${signera(synpunktId, "avregistrera")}`;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
interface Rad { id: string; synpunktId: string | null; losenordslankId: string | null; till: string; amne: string; text: string; avregistrering: boolean; forsok: number }

/** A link that a mail carries as `platshallare` until it goes out. */
export interface Sandlank {
  platshallare: string;
  /** The whole link for this mail (its key made now), or null when the mail is not of this kind. */
  skapa(tx: Tx, rad: Pick<Rad, "synpunktId" | "losenordslankId">, nu: Date): Promise<string | null>;
}

/** The mail as it goes out: fresh keys for its links, and the unsubscribe address. */
async function forbered(tx: Tx, r: Rad, lankar: readonly Sandlank[], nu: Date): Promise<Brev> {
  let text = r.text;
  for (const lank of lankar) {
    if (!text.includes(lank.platshallare)) continue;
    const adress = await lank.skapa(tx, r, nu);
    if (adress) text = text.replaceAll(lank.platshallare, adress);
  }
  return { till: r.till, amne: r.amne, text, ...(r.avregistrering && r.synpunktId ? { avregistrera: avregistreringsadress(r.synpunktId) } : {}) };
}

/** Minutes to wait before try n+1: 1, 2, 4, … up to an hour. */
export function paus(forsok: number): number {
  return Math.min(60, 2 ** Math.max(0, forsok - 1));
}

/** Sends what is due; returns how many went out and how many failed. */
export async function skickaVantande(db: PrismaClient, skicka: Skicka, lankar: readonly Sandlank[], nu = new Date(), antal = 20) {
  return db.$transaction(
    async (tx) => {
      const rader = await tx.$queryRaw<Rad[]>`
        SELECT id, "synpunktId", "losenordslankId", till, amne, text, avregistrering, forsok FROM "Utskick"
         WHERE skickad IS NULL AND "nastaForsok" <= ${nu}
         ORDER BY "nastaForsok" LIMIT ${antal} FOR UPDATE SKIP LOCKED`;
      let skickade = 0;
      let misslyckade = 0;
      for (const r of rader) {
        try {
          await skicka(await forbered(tx, r, lankar, nu));
          await tx.utskick.update({ where: { id: r.id }, data: { skickad: new Date(), forsok: r.forsok + 1, senasteFel: null } });
          skickade++;
        } catch (error) {
          const forsok = r.forsok + 1;
          await tx.utskick.update({
            where: { id: r.id },
            data: { forsok, nastaForsok: new Date(nu.getTime() + paus(forsok) * 60_000), senasteFel: (error as Error).message.slice(0, 500) },
          });
          logger.warn({ handelse: "utskick.misslyckat", utskickId: r.id, forsok }, "E-post kunde inte skickas; nytt försök senare");
          misslyckade++;
        }
      }
      return { skickade, misslyckade };
    },
    { timeout: 60_000 },
  );
}
