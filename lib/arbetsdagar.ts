// Working days in Sweden: the calendar a case's deadline is counted in (förvaltningslagen speaks
// of handling "snabbt"; the förvaltning's own targets are in working days).
//
// Computed, not fetched: the public holidays are fixed by lagen (1989:253) om allmänna helgdagar,
// and every movable one follows from Easter (the Gregorian computus) or from a weekday in a fixed
// window. Midsommarafton, julafton and nyårsafton are not public holidays in law but the city's
// offices are closed on them, so they are not working days either. Dates are Swedish calendar
// dates as "YYYY-MM-DD" strings (lib/datum.ts turns an instant into one).

export interface Helgdag {
  datum: string;
  namn: string;
  /** True for the days the law names; false for the eves that are days off by agreement. */
  allmanHelgdag: boolean;
}

function iso(ar: number, manad: number, dag: number): string {
  return new Date(Date.UTC(ar, manad - 1, dag)).toISOString().slice(0, 10);
}

function delar(datum: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!m) throw new RangeError(`Inte ett datum: ${datum}`);
  const [ar, manad, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (iso(ar, manad, dag) !== datum) throw new RangeError(`Inte ett datum: ${datum}`);
  return [ar, manad, dag];
}

function plusDagar(datum: string, dagar: number): string {
  const [ar, manad, dag] = delar(datum);
  return iso(ar, manad, dag + dagar);
}

/** 0 = Sunday … 6 = Saturday. */
function veckodag(datum: string): number {
  const [ar, manad, dag] = delar(datum);
  return new Date(Date.UTC(ar, manad - 1, dag)).getUTCDay();
}

/** The first day with the given weekday on or after `fran`. */
function forstaVeckodagFran(fran: string, dag: number): string {
  return plusDagar(fran, (dag - veckodag(fran) + 7) % 7);
}

/** Easter Sunday (påskdagen), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function paskdagen(ar: number): string {
  const a = ar % 19;
  const b = Math.floor(ar / 100);
  const c = ar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const manad = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(ar, manad, dag);
}

const minne = new Map<number, Helgdag[]>();

/** The year's public holidays and the eves the offices are closed, in date order. */
export function helgdagar(ar: number): Helgdag[] {
  const fardig = minne.get(ar);
  if (fardig) return fardig;
  const pask = paskdagen(ar);
  const lag = (datum: string, namn: string): Helgdag => ({ datum, namn, allmanHelgdag: true });
  const afton = (datum: string, namn: string): Helgdag => ({ datum, namn, allmanHelgdag: false });
  const lista = [
    lag(iso(ar, 1, 1), "Nyårsdagen"),
    lag(iso(ar, 1, 6), "Trettondedag jul"),
    lag(plusDagar(pask, -2), "Långfredagen"),
    lag(pask, "Påskdagen"),
    lag(plusDagar(pask, 1), "Annandag påsk"),
    lag(iso(ar, 5, 1), "Första maj"),
    lag(plusDagar(pask, 39), "Kristi himmelsfärdsdag"),
    lag(plusDagar(pask, 49), "Pingstdagen"),
    lag(iso(ar, 6, 6), "Sveriges nationaldag"),
    afton(forstaVeckodagFran(iso(ar, 6, 19), 5), "Midsommarafton"),
    lag(forstaVeckodagFran(iso(ar, 6, 20), 6), "Midsommardagen"),
    lag(forstaVeckodagFran(iso(ar, 10, 31), 6), "Alla helgons dag"),
    afton(iso(ar, 12, 24), "Julafton"),
    lag(iso(ar, 12, 25), "Juldagen"),
    lag(iso(ar, 12, 26), "Annandag jul"),
    afton(iso(ar, 12, 31), "Nyårsafton"),
  ].sort((x, y) => x.datum.localeCompare(y.datum));
  minne.set(ar, lista);
  return lista;
}

/** The holiday or closed eve on this date, if any. */
export function helgdag(datum: string): Helgdag | undefined {
  return helgdagar(delar(datum)[0]).find((h) => h.datum === datum);
}

/** A weekday that is neither a public holiday nor a closed eve. */
export function arArbetsdag(datum: string): boolean {
  const dag = veckodag(datum);
  return dag !== 0 && dag !== 6 && !helgdag(datum);
}

/**
 * The date `antal` working days after `datum` (a deadline): counted from the next day, so a case
 * that arrives on a Friday with a target of one working day is due on Monday. Zero gives the
 * first working day on or after `datum`.
 */
export function laggTillArbetsdagar(datum: string, antal: number): string {
  if (!Number.isInteger(antal) || antal < 0) throw new RangeError(`Ogiltigt antal arbetsdagar: ${antal}`);
  let dag = datum;
  if (antal === 0) {
    while (!arArbetsdag(dag)) dag = plusDagar(dag, 1);
    return dag;
  }
  let kvar = antal;
  while (kvar > 0) {
    dag = plusDagar(dag, 1);
    if (arArbetsdag(dag)) kvar -= 1;
  }
  return dag;
}

/** Working days after `fran` up to and including `till` (0 when `till` is not later). */
export function arbetsdagarMellan(fran: string, till: string): number {
  if (till <= fran) return 0;
  let antal = 0;
  for (let dag = plusDagar(fran, 1); dag <= till; dag = plusDagar(dag, 1)) if (arArbetsdag(dag)) antal += 1;
  return antal;
}
