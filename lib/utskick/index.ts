// The outbox sender: mails go out through SMTP when SMTP_URL is set, and are written to
// .data/utskick as .eml files otherwise (development). A failed send is retried with a
// growing pause; several app instances never send the same mail (SKIP LOCKED).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";

export const AVSANDARE = process.env.MAIL_FROM ?? "Grundskoleförvaltningen <noreply@grundskola.goteborg.se>";

export interface Brev {
  till: string;
  amne: string;
  text: string;
}

export type Skicka = (brev: Brev) => Promise<void>;

export function smtpSandare(url: string): Skicka {
  const transport: Transporter = nodemailer.createTransport(url);
  return async (b) => {
    await transport.sendMail({ from: AVSANDARE, to: b.till, subject: b.amne, text: b.text });
  };
}

// DATA_MAPP is the project's .data folder; the server itself runs inside the build output.
export function filSandare(mapp = path.join(process.env.DATA_MAPP || ".data", "utskick")): Skicka {
  return async (b) => {
    await mkdir(mapp, { recursive: true });
    const namn = `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.eml`;
    await writeFile(path.join(mapp, namn), `From: ${AVSANDARE}\nTo: ${b.till}\nSubject: ${b.amne}\n\n${b.text}\n`);
  };
}

export function standardSandare(): Skicka {
  return process.env.SMTP_URL ? smtpSandare(process.env.SMTP_URL) : filSandare();
}

/** Minutes to wait before try n+1: 1, 2, 4, … up to an hour. */
export function paus(forsok: number): number {
  return Math.min(60, 2 ** Math.max(0, forsok - 1));
}

/** Sends what is due; returns how many went out and how many failed. */
export async function skickaVantande(db: PrismaClient, skicka: Skicka, nu = new Date(), antal = 20) {
  return db.$transaction(
    async (tx) => {
      const rader = await tx.$queryRaw<{ id: string; till: string; amne: string; text: string; forsok: number }[]>`
        SELECT id, till, amne, text, forsok FROM "Utskick"
         WHERE skickad IS NULL AND "nastaForsok" <= ${nu}
         ORDER BY "nastaForsok" LIMIT ${antal} FOR UPDATE SKIP LOCKED`;
      let skickade = 0;
      let misslyckade = 0;
      for (const r of rader) {
        try {
          await skicka(r);
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

/** Runs the sender every `sekunder` in this process (started once per server instance). */
export function startaUtskick(db: PrismaClient, sekunder = 15) {
  const skicka = standardSandare();
  let pagar = false;
  const timer = setInterval(async () => {
    if (pagar) return;
    pagar = true;
    try {
      await skickaVantande(db, skicka);
    } catch (error) {
      logger.error({ err: (error as Error).message }, "Utskicket avbröts");
    } finally {
      pagar = false;
    }
  }, sekunder * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
