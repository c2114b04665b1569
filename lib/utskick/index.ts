// The outbox: koaUtskick() queues a mail from its template (./mall.ts) inside the caller's
// transaction, and the sender sends what is queued. Mails go out through SMTP when SMTP_URL is set, and are written to
// .data/utskick as .eml files otherwise (development). A failed send is retried with a
// growing pause; several app instances never send the same mail (SKIP LOCKED).
//
// A mail may carry a link as a placeholder (a case's private page, a password link) whose key is
// made only when the mail goes out, so no key is ever stored anywhere but as a hash. The domain
// that writes such mails declares the template and its link (Sandlank), and the list of them
// (lib/utskicksmallar.ts) is passed in: the outbox is platform and imports no domain.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { siteUrl } from "../config";
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import { signera } from "../sakerhet/signatur";
import { fyll, platshallare, type Lankrad, type Mall, type Sandlank, type Tx } from "./mall";

export { mall, type Mall, type Sandlank, type Tx } from "./mall";

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

/** The signed token of a subscriber's (Bevaka) private page and unsubscribe address. */
export const PRENUMERANT_SYFTE = "prenumerant";

/** A subscriber's one-click unsubscribe address (RFC 8058): it ends all the address's subscriptions. */
export function prenumerantAvregistrering(prenumerantId: string): string {
  return `${siteUrl().replace(/\/$/, "")}/api/bevaka/avsluta/${signera(prenumerantId, PRENUMERANT_SYFTE)}`;
}

export interface Utskicksuppgifter<V extends string> {
  till: string;
  /** A value for each placeholder of the template that is not a link. */
  varden: Readonly<Record<V, string | number>>;
  /** The case the mail is about: its link and its unsubscribe address are this case's. */
  synpunktId?: string;
  /** The password link the mail carries. */
  losenordslankId?: string;
  /** A mail to a subscriber (Bevaka): its links and unsubscribe address are the subscriber's. */
  prenumerantId?: string;
  /** The subscription a confirmation mail confirms. */
  bevakningId?: string;
  /** A notification: sent with one-click unsubscribe headers (RFC 8058). */
  avregistrering?: boolean;
  /** When it is queued and may first go out; the database's now unless given. */
  nu?: Date;
}

/**
 * A template's subject and text with its values filled, its links left for when it goes out:
 * for a caller that queues the same mail to many addresses in one INSERT … SELECT.
 */
export function fyllMall<V extends string>(mall: Mall<V>, v: Readonly<Record<V, string | number>>): { amne: string; text: string } {
  const varden: Readonly<Record<string, string | number>> = v;
  const saknas = [...platshallare(mall.amne), ...platshallare(mall.text)].filter(
    (n) => !Object.hasOwn(varden, n) && !mall.lankar.some((l) => l.namn === n),
  );
  if (saknas.length > 0) throw new Error(`Mejlet ${mall.namn} saknar värde för ${[...new Set(saknas)].join(", ")}`);
  return { amne: fyll(mall.amne, varden), text: fyll(mall.text, varden) };
}

/**
 * Queues a mail in the caller's transaction, so it exists exactly when the caller's change does.
 * Its subject and text are filled now; its links (the template's `lankar`) when it goes out.
 */
export async function koaUtskick<V extends string>(tx: Tx, mall: Mall<V>, u: Utskicksuppgifter<V>): Promise<void> {
  const { amne, text } = fyllMall(mall, u.varden);
  await tx.utskick.create({
    data: {
      till: u.till,
      amne,
      text,
      synpunktId: u.synpunktId ?? null,
      losenordslankId: u.losenordslankId ?? null,
      prenumerantId: u.prenumerantId ?? null,
      bevakningId: u.bevakningId ?? null,
      avregistrering: u.avregistrering ?? false,
      ...(u.nu ? { skapad: u.nu, nastaForsok: u.nu } : {}),
    },
  });
}

interface Rad extends Lankrad {
  id: string;
  till: string;
  amne: string;
  text: string;
  avregistrering: boolean;
  forsok: number;
}

/** The mail as it goes out: fresh keys for its links, and the unsubscribe address. */
async function forbered(tx: Tx, r: Rad, lankar: readonly Sandlank[], nu: Date): Promise<Brev> {
  let text = r.text;
  const adresser: Record<string, string> = {};
  for (const lank of lankar) {
    // A mail queued before the templates had named placeholders carries the link's old one.
    if (lank.tidigare) text = text.replaceAll(lank.tidigare, `{${lank.namn}}`);
    if (!text.includes(`{${lank.namn}}`)) continue;
    const adress = await lank.skapa(tx, r, nu);
    if (adress) adresser[lank.namn] = adress;
  }
  return {
    till: r.till,
    amne: r.amne,
    text: fyll(text, adresser),
    ...(r.avregistrering && r.synpunktId ? { avregistrera: avregistreringsadress(r.synpunktId) } : {}),
    ...(r.avregistrering && r.prenumerantId && !r.synpunktId ? { avregistrera: prenumerantAvregistrering(r.prenumerantId) } : {}),
  };
}

/** Minutes to wait before try n+1: 1, 2, 4, … up to an hour. */
export function paus(forsok: number): number {
  return Math.min(60, 2 ** Math.max(0, forsok - 1));
}

/**
 * Mails one run of the utskick job sends at most: with UTSKICK_PER_MINUT set, that many per
 * minute and instance spread over the runs (every UTSKICK_SEKUNDER), else 20 per run.
 */
export function utskickPerKorning(perMinut = process.env.UTSKICK_PER_MINUT, sekunder = Number(process.env.UTSKICK_SEKUNDER ?? 15)): number {
  if (!perMinut) return 20;
  return Math.max(1, Math.floor((Number(perMinut) * sekunder) / 60));
}

/** Sends what is due; returns how many went out and how many failed. */
export async function skickaVantande(db: PrismaClient, skicka: Skicka, lankar: readonly Sandlank[], nu = new Date(), antal = 20) {
  return db.$transaction(
    async (tx) => {
      const rader = await tx.$queryRaw<Rad[]>`
        SELECT id, "synpunktId", "losenordslankId", "prenumerantId", "bevakningId", till, amne, text, avregistrering, forsok FROM "Utskick"
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
            data: {
              forsok,
              nastaForsok: new Date(nu.getTime() + paus(forsok) * 60_000),
              senasteFel: (error as Error).message.slice(0, 500),
            },
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
