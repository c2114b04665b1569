// The mails about a case, one template each (lib/utskick/mall.ts), listed in lib/utskicksmallar.ts.
// They go to an address nobody has verified, so they hold fixed text, the case number and the
// private link only, never anything the sender typed (not even the name): otherwise the contact
// form could send any text to anyone under the förvaltning's name. A clerk's reply is the clerk's.
import { mall } from "../utskick";
import { arendelanken } from "./nyckel";

/**
 * The contact form's receipt. `{notiser}` is NOTISER when the sender asked for notifications,
 * else ""; `{telefon}` the number editors published, "" (no line) before the first publish.
 */
export const bekraftelsemejl = mall({
  namn: "synpunkt.bekraftelse",
  amne: "Vi har tagit emot ditt ärende {arendenummer}",
  text: `Hej!

Tack för din {typ}. Vi har tagit emot den och gett den ärendenummer {arendenummer}.
En handläggare läser ditt ärende och svarar dig. Ange ärendenumret om du kontaktar oss om ärendet.

Här kan du följa ärendet och skriva till oss. Länken är personlig: spara den och dela den inte med någon.
{arendelank}

{notiser}

Med vänlig hälsning
Grundskoleförvaltningen, Göteborgs Stad
Telefon {telefon}

Har du inte skrivit till oss? Då kan du bortse från det här mejlet.`,
  lankar: [arendelanken],
});

export const NOTISER =
  "Du får ett mejl när ärendet ändras. Vill du inte det, använd länken för avregistrering i ditt e-postprogram eller på ärendesidan.";

/** A notification that the case's status changed, for a sender who asked for them. */
export const statusmejl = mall({
  namn: "synpunkt.status",
  amne: "Ditt ärende {arendenummer} har ändrats",
  text: `Hej!

Ditt ärende {arendenummer} har fått status {status}. {forklaring}

Läs mer och skriv till oss på ärendets sida. Länken är personlig: dela den inte med någon.
{arendelank}

Med vänlig hälsning
Grundskoleförvaltningen, Göteborgs Stad`,
  lankar: [arendelanken],
});

/** The förvaltningslagen 11 § notice the clerk wrote (from lib/synpunkter/frister.ts's template). */
export const forseningsmejl = mall({
  namn: "synpunkt.forseningsbesked",
  amne: "Besked om ditt ärende {arendenummer}",
  text: `{besked}

--
Du kan läsa hela ärendet och skriva till oss här (länken är personlig):
{arendelank}`,
  lankar: [arendelanken],
});

/** The clerk's reply, with the way back to the case's page. */
export const svarsmejl = mall({
  namn: "synpunkt.svar",
  amne: "Svar på ditt ärende {arendenummer}",
  text: `{svar}

--
Du kan läsa hela ärendet och svara oss här (länken är personlig):
{arendelank}`,
  lankar: [arendelanken],
});

/**
 * "Ni sa – vi gjorde": an insats the case was linked to has changed. For a sender who asked for
 * mail about the case; the same one-click unsubscribe stops these too.
 */
export const insatsmejl = mall({
  namn: "synpunkt.insats",
  amne: "En insats som ditt ärende {arendenummer} gäller har ändrats",
  text: `Hej!

Ditt ärende {arendenummer} är kopplat till insatsen "{insats}". Insatsen har ändrats: den har nu status {status} och har kommit {framsteg} procent.

Läs mer om insatsen:
{insatslank}

Du ser insatsen och ditt ärende på ärendets sida. Länken är personlig: dela den inte med någon.
{arendelank}

Med vänlig hälsning
Grundskoleförvaltningen, Göteborgs Stad`,
  lankar: [arendelanken],
});
