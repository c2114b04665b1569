// Lists edited as one item per line (the "genom att" items, a programme's points, …).
import { text } from "../text";

export const rader = (s: string) =>
  s
    .split("\n")
    .map((r) => r.trim())
    .filter(Boolean);

/** A list field: `vad` makes at least one line required ("Skriv minst en rad om …"). */
export function radlista(vad?: string) {
  return text()
    .max(20_000, "Fältet får vara högst 20 000 tecken.")
    .refine((s) => !vad || rader(s).length > 0, `Skriv minst en rad om ${vad}.`)
    .refine((s) => rader(s).every((r) => r.length <= 1_000), "En rad får vara högst 1 000 tecken.")
    .transform((s) => rader(s).join("\n"));
}
