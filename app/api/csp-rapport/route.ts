import { klientadress } from "@/lib/http/klient";
import { lasRapporter, MAX_RAPPORT_BYTES, rapportstrypning } from "@/lib/http/csp-rapport";
import { lasHogst } from "@/lib/http/grans";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

const tillats = rapportstrypning();
const svar = (status: number, extra: Record<string, string> = {}) =>
  new Response(null, { status, headers: { "Cache-Control": "no-store", ...extra } });

/** Content-Security-Policy violation reports (runtime/csp.mjs): logged, one line per violation. */
export async function POST(request: Request) {
  try {
    if (!tillats(klientadress(request.headers))) return svar(429, { "Retry-After": "60" });
    if (Number(request.headers.get("content-length") ?? 0) > MAX_RAPPORT_BYTES) return svar(413);
    const bytes = await lasHogst(request.body, MAX_RAPPORT_BYTES);
    if (!bytes) return svar(413);
    const rapporter = lasRapporter(new TextDecoder().decode(bytes));
    if (!rapporter) return svar(400);
    const log = logger.child({ requestId: request.headers.get("x-request-id") ?? undefined });
    for (const r of rapporter) log.warn({ handelse: "csp.overtradelse", ...r }, "Content-Security-Policy stoppade något på en sida");
    return svar(204);
  } catch {
    // A body that breaks off or cannot be read is the sender's fault, never ours.
    return svar(400);
  }
}
