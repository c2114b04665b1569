// Auth.js for staff: e-mail and password, and Microsoft Entra ID (OpenID Connect) when its
// three variables are set. The signed JWT cookie carries a session id that is checked against
// the Session table on every request (lib/auth/sessioner.ts), so sessions end on the server.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { siteUrl } from "../config";
import { db } from "../db";
import { logger } from "../logger";
import { halvinloggning, kontrolleraInloggning, kontrolleraKod } from "./login";
import { inloggningSchema, kodSchema } from "./schema";
import { klientadress } from "../http/klient";
import { ENHETSKAKA, enhetsnyckel } from "./strypning";
import { ABSOLUT_TIMMAR, avslutaSession, kontrolleraSession, startaSession } from "./sessioner";

/** Carries the reason (lib/auth/login.ts's Orsak) to the sign-in form. */
export class InloggningNekad extends CredentialsSignin {
  constructor(orsak: string) {
    super(orsak);
    this.code = orsak;
  }
}

/** The password was right and a code is needed: carries the signed proof to the code step. */
export class KodKravs extends CredentialsSignin {
  constructor(readonly halv: string) {
    super("kod-kravs");
    this.code = "kod-kravs";
  }
}

// Auth.js builds its redirects and the OpenID redirect_uri from AUTH_URL; without it, from the
// request's Host or X-Forwarded-Host, which a client can forge. The public address is config.
process.env.AUTH_URL ||= new URL("/api/auth", siteUrl()).href;

const entra =
  process.env.AUTH_MICROSOFT_ENTRA_ID_ID && process.env.AUTH_MICROSOFT_ENTRA_ID_SECRET && process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER
    ? MicrosoftEntraID({
        clientId: process.env.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: process.env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        // Code flow with PKCE, and state and nonce checked on the way back.
        checks: ["pkce", "state", "nonce"],
        // No Graph scope: the portal needs the e-mail address, not the profile photo the default
        // profile fetches from Microsoft Graph.
        authorization: { params: { scope: "openid profile email" } },
        profile: (p) => ({ id: p.sub, name: p.name, email: (p.email ?? p.preferred_username)?.toLowerCase() ?? null }),
      })
    : null;

export const entraAktiverad = entra !== null;

async function userAgent(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("user-agent");
  } catch {
    return null; // outside a request
  }
}

const config: NextAuthConfig = {
  trustHost: true,
  pages: { signIn: "/logga-in", error: "/logga-in", signOut: "/logga-ut" },
  // The cookie lives as long as the absolute limit; the Session row decides whether it is live.
  session: { strategy: "jwt", maxAge: ABSOLUT_TIMMAR * 60 * 60 },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, halv: {}, kod: {} },
      async authorize(input, request) {
        if (input.halv) {
          const steg2 = kodSchema.safeParse(input);
          if (!steg2.success) throw new InloggningNekad("kod");
          const utfall = await kontrolleraKod(db, { ...steg2.data, klient: klientadress(request.headers) });
          if (!utfall.ok) throw new InloggningNekad(utfall.orsak);
          return utfall.user;
        }
        const parsed = inloggningSchema.safeParse(input);
        if (!parsed.success) throw new InloggningNekad("fel");
        const { email, password } = parsed.data;
        const kaka = request.headers.get("cookie")?.match(new RegExp(`(?:^|;\\s*)${ENHETSKAKA}=([^;]+)`))?.[1];
        const utfall = await kontrolleraInloggning(db, {
          email,
          password,
          klient: klientadress(request.headers),
          enhet: enhetsnyckel(email, kaka),
        });
        if (!utfall.ok) throw new InloggningNekad(utfall.orsak);
        if (utfall.kravKod) throw new KodKravs(halvinloggning(utfall.user.id));
        return utfall.user;
      },
    }),
    ...(entra ? [entra] : []),
  ],
  callbacks: {
    // Through Entra ID only staff who already have an active account here get in.
    async signIn({ account, user }) {
      if (account?.provider !== "microsoft-entra-id") return true;
      const email = user.email?.toLowerCase();
      const staff = email ? await db.user.findUnique({ where: { email } }) : null;
      if (!staff?.aktiv) {
        logger.info({ handelse: "inloggning.nekad", orsak: "okant_oidc_konto" }, "OIDC-inloggning utan konto");
        return false;
      }
      logger.info({ handelse: "inloggning", userId: staff.id, leverantor: "entra" }, "Inloggning");
      return true;
    },
    // At sign-in a Session row is made and its id put in the token; on every later read the row
    // must still be live, or the token is dropped (null clears the cookie).
    async jwt({ token, account, user }) {
      if (account && user) {
        let userId = user.id;
        if (account.provider === "microsoft-entra-id") {
          const staff = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { id: true } }) : null;
          userId = staff?.id;
        }
        if (!userId) return null;
        const sid = await startaSession(db, { userId, leverantor: account.provider, userAgent: await userAgent() });
        return { sub: userId, sid, leverantor: account.provider };
      }
      if (typeof token.sid !== "string") return null;
      const live = await kontrolleraSession(db, token.sid);
      if (!live || live.userId !== token.sub) return null;
      return { ...token, nyckel: live.nyckel };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      Object.assign(session, { sessionsnyckel: token.nyckel, leverantor: token.leverantor });
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await avslutaSession(db, sid);
    },
  },
  logger: {
    // A wrong password is expected, not an error: one structured line, no stack.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ err: error.message, typ: error.name }, "Auth.js-fel");
    },
    warn(code) {
      logger.warn({ code }, "Auth.js-varning");
    },
    debug() {},
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);
