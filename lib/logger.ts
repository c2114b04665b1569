// Structured logs. Personal data (message text, names, e-mail addresses) never goes in a log
// line: the redaction below is a safety net, not the rule.
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "grundskoleportalen" },
  redact: {
    paths: ["*.meddelande", "*.epost", "*.namn", "*.email", "*.password", "*.losenord"],
    censor: "[borttaget]",
  },
});

/** The logger for the current request, tagged with its id (set by proxy.ts). */
export async function requestLogger() {
  const { headers } = await import("next/headers");
  return logger.child({ requestId: (await headers()).get("x-request-id") ?? undefined });
}
