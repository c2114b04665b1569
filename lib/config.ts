// Configuration, read once and validated: a missing or malformed variable stops the app with
// one line saying which and why.
import { z } from "zod";

const publicUrl = z.url({ error: "måste vara en hel URL, till exempel https://grundskola.goteborg.se" });

/**
 * PUBLIC_URL, or where the server itself listens: http://localhost:$PORT (3000, Next's default,
 * when PORT is unset). A server started on another port must not send links to port 3000.
 */
function publicUrlFran(env: Record<string, string | undefined>): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL;
  return `http://localhost:${/^\d{1,5}$/.test(env.PORT ?? "") ? env.PORT : "3000"}`;
}

/**
 * Months after a case is closed before the sender's name and e-mail address are removed. The
 * default, 12, is what the privacy page promises; the page takes its figure from here.
 */
const gallringManader = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.coerce
    .number({ error: "måste vara ett heltal (antal månader)" })
    .int({ error: "måste vara ett heltal (antal månader)" })
    .min(1, { error: "måste vara minst 1 månad" })
    .max(120, { error: "får vara högst 120 månader" })
    .default(12),
);

/** DIARIE_PREFIX: the förvaltning's series in the diarium, "GRF" in "GRF 2026/00123". */
const diarieprefixSchema = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .regex(/^[A-ZÅÄÖ0-9-]{1,10}$/, { error: "måste vara 1–10 versaler, siffror eller bindestreck, till exempel GRF" })
    .default("GRF"),
);

/**
 * TOTP_NYCKLAR: the AES-256 keys that encrypt the second factor's keys at rest, as
 * "id:base64,id:base64". The first encrypts new keys; every one decrypts (rotation, see README).
 */
const TOTP_ID = /^[A-Za-z0-9_-]{1,32}$/;
export const totpNycklarSchema = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .transform((v, ctx) => {
      const nycklar = v
        .split(",")
        .map((post) => post.trim())
        .filter(Boolean)
        .map((post) => {
          const [id, nyckel, ...rest] = post.split(":");
          return { id, nyckel: Buffer.from(nyckel ?? "", "base64"), ok: Boolean(id && nyckel) && rest.length === 0 && TOTP_ID.test(id) };
        });
      const fel = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (nycklar.length === 0 || nycklar.some((k) => !k.ok))
        return fel("måste vara id:nyckel, kommatecken mellan flera (id: bokstäver, siffror, - och _)");
      if (nycklar.some((k) => k.nyckel.length !== 32)) return fel("varje nyckel måste vara 32 byte i base64 (openssl rand -base64 32)");
      if (new Set(nycklar.map((k) => k.id)).size !== nycklar.length) return fel("har samma id två gånger");
      return nycklar.map(({ id, nyckel }) => ({ id, nyckel }));
    })
    .optional(),
);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "saknas: ange en PostgreSQL-URL, eller starta med npm start för den inbyggda databasen" })
      .regex(/^postgres(ql)?:\/\//, { error: "måste börja med postgresql://" }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    PUBLIC_URL: publicUrl,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, { error: "måste börja med redis:// eller rediss://" })
      .optional()
      .or(z.literal("")),
    GALLRING_MANADER: gallringManader,
    DIARIE_PREFIX: diarieprefixSchema,
    PROXY_ANTAL: z.coerce
      .number({ error: "måste vara ett heltal: hur många proxyer som står framför portalen" })
      .int({ error: "måste vara ett heltal: hur många proxyer som står framför portalen" })
      .min(0, { error: "kan inte vara negativt" })
      .max(5, { error: "får vara högst 5" })
      .default(1),
    AUTH_SECRET: z.string().min(32, { error: "måste vara minst 32 tecken (till exempel: openssl rand -base64 32)" }).optional(),
    TOTP_NYCKLAR: totpNycklarSchema,
    AUTH_MICROSOFT_ENTRA_ID_ID: z.string().min(1).optional(),
    AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().min(1).optional(),
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.url().optional(),
  })
  .refine((c) => c.NODE_ENV !== "production" || c.AUTH_SECRET, {
    path: ["AUTH_SECRET"],
    error: "saknas: krävs i produktion för att signera inloggningar",
  })
  .refine((c) => !c.AUTH_MICROSOFT_ENTRA_ID_ID || (c.AUTH_MICROSOFT_ENTRA_ID_SECRET && c.AUTH_MICROSOFT_ENTRA_ID_ISSUER), {
    path: ["AUTH_MICROSOFT_ENTRA_ID_SECRET"],
    error: "och AUTH_MICROSOFT_ENTRA_ID_ISSUER krävs när AUTH_MICROSOFT_ENTRA_ID_ID är satt",
  });

export type Config = z.infer<typeof schema>;

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse({ ...env, PUBLIC_URL: publicUrlFran(env) });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Felaktig konfiguration: ${issue.path.join(".")} ${issue.message}`);
  }
  return result.data;
}

let cached: Config | undefined;
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** The public address alone: also needed at build time, when no database is configured. */
export function siteUrl(): string {
  return publicUrl.parse(publicUrlFran(process.env));
}

/** The retention period in months alone: read by the privacy text, which needs no database. */
export function gallringstid(): number {
  const r = gallringManader.safeParse(process.env.GALLRING_MANADER);
  if (!r.success) throw new Error(`Felaktig konfiguration: GALLRING_MANADER ${r.error.issues[0].message}`);
  return r.data;
}

/** "12 månader", "1 månad". */
export function gallringstidText(manader = gallringstid()): string {
  return `${manader} ${manader === 1 ? "månad" : "månader"}`;
}

/** The diarium's prefix alone: read by pages and exports, which need nothing else from here. */
export function diarieprefix(): string {
  const r = diarieprefixSchema.safeParse(process.env.DIARIE_PREFIX);
  if (!r.success) throw new Error(`Felaktig konfiguration: DIARIE_PREFIX ${r.error.issues[0].message}`);
  return r.data;
}
