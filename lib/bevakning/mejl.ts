// Bevaka's mails, one template each (lib/utskick/mall.ts), listed in lib/utskicksmallar.ts. Every
// one carries one-click unsubscribe (List-Unsubscribe, RFC 8058). The first two go to an address
// nobody has confirmed, so they hold fixed text and the names of what is followed only.
import { mall } from "../utskick";
import { bekraftelselanken, hanteralanken } from "./nyckel";

const HALSNING = `Med vänlig hälsning
Grundskoleförvaltningen, Göteborgs Stad`;

const FOTNOT = `Du får det här mejlet för att du bevakar insatser på Grundskoleportalen. Ändra eller sluta bevaka här (länken är personlig):
{hanteralank}`;

export const bekraftelsemejl = mall({
  namn: "bevakning.bekrafta",
  amne: "Bekräfta att du vill bevaka {vad}",
  text: `Hej!

Någon, troligen du, vill få e-post från Grundskoleportalen när {vad} ändras ({frekvens}).

Öppna länken och välj Bekräfta för att börja bevaka. Vi skickar ingenting innan dess.
{bekraftelselank}

Länken gäller i 7 dagar. Har du inte bett om det här kan du bortse från mejlet: adressen tas då bort efter 7 dagar.

${HALSNING}`,
  lankar: [bekraftelselanken],
});

/** To an address that already follows the thing: nothing changes, the way to change it is given. */
export const redanmejl = mall({
  namn: "bevakning.redan",
  amne: "Du bevakar redan {vad}",
  text: `Hej!

Någon, troligen du, bad om att få e-post när {vad} ändras. Den här adressen bevakar redan det, så ingenting har ändrats.

Vill du ändra hur ofta du får e-post eller sluta bevaka, gör det här (länken är personlig):
{hanteralank}

${HALSNING}`,
  lankar: [hanteralanken],
});

/** One change, to the "direkt" subscribers. */
export const andringsmejl = mall({
  namn: "bevakning.andring",
  amne: "{rubrik}",
  text: `Hej!

{namn}
{beskrivning}

{text}

Läs mer: {lank}

${FOTNOT}`,
  lankar: [hanteralanken],
});

/** The week's changes, to the "en gång i veckan" subscribers; `{lista}` is filled per address. */
export const veckomejl = mall({
  namn: "bevakning.vecka",
  amne: "Veckans ändringar i det du bevakar ({vecka})",
  text: `Hej!

Det här har ändrats under veckan {vecka} i insatserna du bevakar:

{lista}

${FOTNOT}`,
  lankar: [hanteralanken],
});
