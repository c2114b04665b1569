// One way to write a staff action. The wrapper does what every staff action must, once: parse
// the arguments the client sent, read the form, find the signed-in user, check the right, turn
// zod's issues into Swedish field errors with the typed text kept, and log and answer a refusal.
// An action file then holds only what is particular to it: its fields, its schema, its messages
// and the call into its domain. The domain functions check the right again (lib/auth/permissions.ts);
// a ForbiddenError they throw, for example for a rektor and another school's insats, is answered
// here like the first check.
import { redirect } from "next/navigation";
import { z } from "zod";
import { can, ForbiddenError, type Behorighet } from "../auth/permissions";
import { currentUser, type Inloggad } from "../auth/inloggad";
import { argument, formularArgument, tillstandArgument } from "../http/argument";
import { requestLogger } from "../logger";
import { faltfel, type Faltfel } from "./faltfel";
import { lasFalt } from "./formular";

type Argument<A extends readonly z.ZodType[]> = { [K in keyof A]: z.infer<A[K]> };
type Falt<A extends Record<string, z.ZodType>> = { [K in keyof A]: z.infer<A[K]> };

interface Ratt<U> {
  /** The right the action needs (lib/auth/permissions.ts); logged on a refusal. */
  behorighet: Behorighet;
  /**
   * For a right scoped to an object (a rektor's school): the check before the domain's own, in
   * place of `can(user, behorighet)`, so it calls `can` itself.
   */
  kan?: (user: Inloggad, indata: U) => boolean;
  /** What the refused user tried to change, for the log. */
  objekt?: (indata: U) => string;
}

/** The signed-in user; without one, the sign-in page. */
export async function inloggad(): Promise<Inloggad> {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  return user;
}

/**
 * `utfor` if the user has the right, else `nekad`: the refusal is logged (`behorighet.nekad`).
 * A ForbiddenError from the domain is a refusal too; any other error goes on.
 */
export async function medBehorighet<U, R>(
  user: Inloggad,
  ratt: Ratt<U>,
  indata: U,
  nekad: () => R | Promise<R>,
  utfor: () => Promise<R>,
): Promise<R> {
  const neka = async () => {
    (await requestLogger()).warn(
      { handelse: "behorighet.nekad", userId: user.id, handling: ratt.behorighet, objekt: ratt.objekt?.(indata) },
      "Nekad åtgärd",
    );
    return nekad();
  };
  if (!(ratt.kan ? ratt.kan(user, indata) : can(user, ratt.behorighet))) return neka();
  try {
    return await utfor();
  } catch (error) {
    if (error instanceof ForbiddenError) return neka();
    throw error;
  }
}

/**
 * A staff action called with arguments: a plain `<form action>` (the FormData), a bound slug or
 * id, or a call from the page's script. A value no honest page sends gets the 404 page. By
 * default a refusal goes to the 403 page and a signed-out caller to the sign-in page.
 */
export function personalAnrop<const A extends readonly z.ZodType[], R>(
  def: Ratt<Argument<A>> & {
    argument: A;
    nekad?: (...args: Argument<A>) => R | Promise<R>;
    utloggad?: () => R;
    utfor: (user: Inloggad, ...args: Argument<A>) => Promise<R>;
  },
): (...args: Argument<A>) => Promise<R> {
  return async (...raw) => {
    const args = argument(def.argument, raw);
    const user = await currentUser();
    if (!user) return def.utloggad ? def.utloggad() : redirect("/logga-in");
    const nekad = () => (def.nekad ? def.nekad(...args) : redirect("/personal/ingen-behorighet"));
    return medBehorighet(user, def, args, nekad, () => def.utfor(user, ...args));
  };
}

/** What a form action knows before its domain call. */
export interface Indata<A> {
  /** The typed text, field by field: what goes back to the form on an error. */
  varden: Record<string, string>;
  /** Fields that may come several times (`listor`). */
  listor: Record<string, string[]>;
  /** The hidden fields naming the object (`argument`), parsed. */
  argument: A;
  form: FormData;
}

/** The state of most staff forms: the typed text and the errors. */
export interface Formularsvar {
  varden: Record<string, string>;
  fel: Record<string, string | undefined>;
}

/**
 * A staff form with `useActionState` that also works without JavaScript: the object it changes
 * comes in hidden fields (`argument`), never in bound arguments (with those, Next never answers
 * a form posted without JavaScript that gets a state back: Next.js issue 57867). On success the
 * action redirects; on an error it answers the form's state, built by `svar` (default
 * `{ varden, fel }`).
 */
export function personalAtgard<
  S,
  Schema extends z.ZodType | undefined = undefined,
  A extends Record<string, z.ZodType> = Record<never, z.ZodType>,
>(
  def: Ratt<Indata<Falt<A>>> & {
    argument?: A;
    /** The fields to read and keep; default every field. */
    falt?: readonly string[];
    listor?: readonly string[];
    /** The form's schema, the one its client imports. */
    schema?: Schema;
    /** The Swedish answer to a user without the right. */
    nekad: string;
    svar?: (fel: Faltfel, indata: Indata<Falt<A>>) => S;
    utfor: (
      indata: Indata<Falt<A>> & {
        user: Inloggad;
        data: Schema extends z.ZodType ? z.output<Schema> : undefined;
        svar: (fel: Record<string, string | undefined>) => S;
      },
    ) => Promise<S>;
  },
): (prev: S, form: FormData) => Promise<S> {
  return async (prev, form) => {
    argument([tillstandArgument, formularArgument], [prev, form]);
    const namn = Object.keys(def.argument ?? {});
    const parsade = argument(
      Object.values(def.argument ?? {}),
      namn.map((n) => form.get(n)),
    );
    const arg = Object.fromEntries(namn.map((n, i) => [n, parsade[i]])) as Falt<A>;
    const user = await inloggad();
    const { varden, listor } = lasFalt(form, def.falt, def.listor);
    if (!def.falt) for (const n of namn) delete varden[n];
    const indata: Indata<Falt<A>> = { varden, listor, argument: arg, form };
    const svar = (alla: Record<string, string | undefined>) => {
      const fel = Object.fromEntries(Object.entries(alla).filter((e): e is [string, string] => e[1] !== undefined));
      return def.svar ? def.svar(fel, indata) : ({ varden, fel } as S);
    };
    return medBehorighet(
      user,
      def,
      indata,
      () => svar({ formular: def.nekad }),
      async () => {
        let data: unknown;
        if (def.schema) {
          const parsed = def.schema.safeParse({ ...varden, ...listor });
          if (!parsed.success) return svar(faltfel(parsed.error));
          data = parsed.data;
        }
        return def.utfor({ ...indata, user, data: data as never, svar });
      },
    );
  };
}
