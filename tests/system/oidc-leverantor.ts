// A real OpenID provider for the tests (oidc-provider, a certified implementation) on its own
// port, standing in for Microsoft Entra ID. Its login page takes any name as the account id;
// the account's e-mail is that name. `forvanska` makes the provider hand out an ID token with a
// wrong audience, a wrong issuer or an expiry in the past, signed with its real key, so the
// portal's checks of those claims are what refuses it.
import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, decodeJwt, SignJWT, decodeProtectedHeader } from "jose";
import Provider from "oidc-provider";
import { freePort } from "./support";

export type Forvanskning = "ingen" | "fel-publik" | "fel-utfardare" | "utgangen";

export interface OidcLeverantor {
  issuer: string;
  clientId: string;
  clientSecret: string;
  forvanska(satt: Forvanskning): void;
  stop(): Promise<void>;
}

export async function startaOidcLeverantor(redirectUri: string): Promise<OidcLeverantor> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "test-nyckel", alg: "RS256", use: "sig" };
  const clientId = "grundskoleportalen";
  const clientSecret = "en-hemlighet-bara-for-testerna-0123456789";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["cookie-nyckel-for-testerna"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the scope's claims in the ID token, as Entra ID does for email and name.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, name: "Erik Entra" }),
    }),
  });
  provider.proxy = false;

  let satt: Forvanskning = "ingen";
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== "/token" || satt === "ingen" || !body?.id_token) return;
    const claims = decodeJwt(body.id_token);
    const nu = Math.floor(Date.now() / 1000);
    if (satt === "fel-publik") claims.aud = "en-annan-app";
    if (satt === "fel-utfardare") claims.iss = "http://127.0.0.1:1/annan-utfardare";
    if (satt === "utgangen") Object.assign(claims, { iat: nu - 7200, exp: nu - 3600 });
    body.id_token = await new SignJWT(claims).setProtectedHeader(decodeProtectedHeader(body.id_token) as { alg: string }).sign(privateKey);
  });

  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    forvanska(s) {
      satt = s;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
