// Auth.js for staff: e-mail and password, and Microsoft Entra ID (OpenID Connect) when its
// three variables are set. Sessions are signed JWT cookies; every request also looks the
// account up (lib/auth/session.ts), so a disabled account is out at once.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { db } from "../db";
import { logger } from "../logger";
import { kontrolleraInloggning } from "./login";
import { inloggningSchema } from "./schema";

/** Carries the reason (fel, last, avstangd) to the sign-in form. */
export class InloggningNekad extends CredentialsSignin {
  constructor(orsak: string) {
    super(orsak);
    this.code = orsak;
  }
}

const entra =
  process.env.AUTH_MICROSOFT_ENTRA_ID_ID && process.env.AUTH_MICROSOFT_ENTRA_ID_SECRET && process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER
    ? MicrosoftEntraID({
        clientId: process.env.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: process.env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      })
    : null;

export const entraAktiverad = entra !== null;

const SESSION_TIMMAR = 8;

const config: NextAuthConfig = {
  trustHost: true,
  pages: { signIn: "/logga-in", error: "/logga-in" },
  session: { strategy: "jwt", maxAge: SESSION_TIMMAR * 60 * 60, updateAge: 15 * 60 },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(input) {
        const parsed = inloggningSchema.safeParse(input);
        if (!parsed.success) throw new InloggningNekad("fel");
        const utfall = await kontrolleraInloggning(db, parsed.data.email, parsed.data.password);
        if (!utfall.ok) throw new InloggningNekad(utfall.orsak);
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
    async jwt({ token, account, user }) {
      if (account?.provider === "microsoft-entra-id" && user?.email) {
        const staff = await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { id: true } });
        token.sub = staff?.id;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
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
