// A mail's template: subject and text with named placeholders, `{arendenummer}`, declared by the
// domain that sends it and listed in lib/utskicksmallar.ts. Every placeholder is filled here, in
// fyll(): the values when the mail is queued, the links (Sandlank) when it goes out, because
// their keys are made only then and never stored but as a hash.
import type { PrismaClient } from "../db/generated/client";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The outbox row a link is made for: the case, the password link or the subscriber it belongs to. */
export interface Lankrad {
  synpunktId: string | null;
  losenordslankId: string | null;
  /** A subscriber's mail (Bevaka), and the subscription a confirmation mail confirms. */
  prenumerantId: string | null;
  bevakningId: string | null;
}

/** A link a mail carries as the placeholder `{namn}` until it goes out. */
export interface Sandlank<N extends string = string> {
  namn: N;
  /** The placeholder it had before templates (`{{ärendelänk}}`), still in mails queued then. */
  tidigare?: string;
  /** The whole link for this mail (its key made now), or null when the mail is not of this kind. */
  skapa(tx: Tx, rad: Lankrad, nu: Date): Promise<string | null>;
}

/** The placeholders' names in a text, as a type: "Hej {namn}, {lank}" gives "namn" | "lank". */
type Platshallare<S extends string> = S extends `${string}{${infer N}}${infer R}` ? N | Platshallare<R> : never;

/** One mail. `V` names the values a sender must give: every placeholder but the links. */
export interface Mall<V extends string = string> {
  /** Stable identifier, for the log. */
  namn: string;
  amne: string;
  text: string;
  lankar: readonly Sandlank[];
  /** Only for the type: the values koaUtskick asks for. */
  readonly varden?: V;
}

/** Declares a mail; its placeholders' names come from its text, checked when it is queued. */
export function mall<const A extends string, const T extends string, const L extends string = never>(m: {
  namn: string;
  amne: A;
  text: T;
  lankar?: readonly Sandlank<L>[];
}): Mall<Exclude<Platshallare<A> | Platshallare<T>, L>> {
  return { namn: m.namn, amne: m.amne, text: m.text, lankar: m.lankar ?? [] };
}

const PLATSHALLARE = /\{([A-Za-z0-9_]+)\}/g;

/** The placeholders' names in a text, in order. */
export function platshallare(text: string): string[] {
  return [...text.matchAll(PLATSHALLARE)].map((m) => m[1]);
}

/**
 * Fills the placeholders named in `varden` and leaves the others, in one pass, so a value (a
 * clerk's reply) is never read for placeholders itself. A line whose placeholders all have empty
 * values is left out, and a paragraph left with no lines goes with its blank line: a mail's
 * optional line or paragraph.
 */
export function fyll(text: string, varden: Readonly<Record<string, string | number>>): string {
  const tom = (namn: string) => Object.hasOwn(varden, namn) && String(varden[namn]) === "";
  const stycken = text.split("\n\n").flatMap((stycke) => {
    const rader = stycke.split("\n").filter((rad) => {
      const namn = platshallare(rad);
      return !(namn.length > 0 && namn.every(tom));
    });
    return rader.length === 0 && stycke !== "" ? [] : [rader.join("\n")];
  });
  return stycken.join("\n\n").replace(PLATSHALLARE, (hel, namn: string) => (Object.hasOwn(varden, namn) ? String(varden[namn]) : hel));
}
