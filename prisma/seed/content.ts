// Seed content for Grundskoleportalen.
//
// The texts come from the förvaltning's own material: the slide deck "Jämlikt Göteborg – Goda
// uppväxtvillkor genom skolåren", the pages "Ökad likvärdighet mellan skolor", "Våra
// förstärkningsområden", "Grundskoleförvaltningen som arbetsplats" and "Framtidsrustad skola".
//
// Demo data (not from the documents): the schools in `skolor`, and every insats's status,
// progress, schools and history (`historik`). The loader marks those rows as demo.

export type InsatsStatus = "PLANERAD" | "PAGAR" | "KLAR" | "PAUSAD";
export type Stadsomrade = "CENTRUM" | "HISINGEN" | "NORDOST" | "SYDVAST";
export type ProgramPunktKategori =
  | "MAL"
  | "GRUNDUPPDRAG"
  | "UTGANGSPUNKT"
  | "STRATEGISK_GRUPP_UPPDRAG"
  | "PROCESSTOD";

export interface Sektion {
  rubrik: string;
  stycken: string[];
  punkter?: string[];
}

export interface ForvaltningSeed {
  namn: string;
  beskrivning: string;
  telefon: string;
  besoksadress: string;
  postadress: string;
  postnummer: string;
  postort: string;
  latitud: number;
  longitud: number;
}

export interface NyckeltalSeed {
  nyckel: string;
  etikett: string;
  varde: string;
  enhet: string;
  ordning: number;
  kalla: string;
}

export interface RelateradLankSeed {
  titel: string;
  beskrivning: string;
  href: string;
}

export interface ForstarkningsomradeSeed {
  slug: string;
  nummer: number;
  namn: string;
  syfte: string;
  ingress: string;
  atgarder: string[];
  arbetsomraden: string[];
  skolornasArbete: string[];
  relateradeLankar: RelateradLankSeed[];
}

export interface ProgramPunktSeed {
  kategori: ProgramPunktKategori;
  text: string;
}

export interface ProgramdelSeed {
  slug: string;
  namn: string;
  beskrivning: string;
}

export interface ProgramSeed {
  slug: string;
  namn: string;
  undertitel: string;
  ingress: string;
  beskrivning: string[];
  punkter: ProgramPunktSeed[];
  delar: ProgramdelSeed[];
}

export interface HistorikPost {
  dagarSedan: number;
  forfattarNamn: string;
  franStatus: InsatsStatus | null;
  tillStatus: InsatsStatus;
  franProgress: number | null;
  tillProgress: number;
  kommentar: string;
}

export interface InsatsSeed {
  slug: string;
  titel: string;
  beskrivning: string;
  status: InsatsStatus;
  progress: number;
  ansvarigEnhet: string;
  program?: string;
  forstarkningsomrade?: string;
  skolor?: string[];
  demo: boolean;
  historik: HistorikPost[];
  delinsatser?: InsatsSeed[];
}

export interface SkolaSeed {
  slug: string;
  namn: string;
  stadsomrade: Stadsomrade;
  adress: string;
  postnummer: string;
  latitud: number;
  longitud: number;
  arskursFran: number;
  arskursTill: number;
  framtidsrustadPilot: boolean;
}

export interface SidaSeed {
  slug: string;
  titel: string;
  ingress: string;
  sektioner: Sektion[];
}

// ---------------------------------------------------------------- Förvaltningen

export const forvaltning: ForvaltningSeed = {
  namn: "Grundskoleförvaltningen",
  beskrivning:
    "Göteborgs grundskoleförvaltning är en av Sveriges största skolförvaltningar. Vårt mål är att alla barn i Göteborg ska få gå i en bra skola, oavsett vilken bakgrund de och deras vårdnadshavare har.",
  telefon: "031-365 09 60",
  besoksadress: "Gamlestads Torg 5",
  postadress: "Box 1015",
  postnummer: "405 21",
  postort: "Göteborg",
  latitud: 57.727959886790366,
  longitud: 12.004993970299916,
};

const NYCKELTAL_KALLA = "Grundskoleförvaltningen som arbetsplats";

export const nyckeltal: NyckeltalSeed[] = [
  {
    nyckel: "elever",
    etikett: "Elever i våra skolor",
    varde: "48 900",
    enhet: "elever",
    ordning: 1,
    kalla: NYCKELTAL_KALLA,
  },
  {
    nyckel: "medarbetare",
    etikett: "Medarbetare i förvaltningen",
    varde: "9 600",
    enhet: "medarbetare",
    ordning: 2,
    kalla: NYCKELTAL_KALLA,
  },
  {
    nyckel: "chefer",
    etikett: "Chefer i förvaltningen",
    varde: "cirka 280",
    enhet: "chefer",
    ordning: 3,
    kalla: NYCKELTAL_KALLA,
  },
  {
    nyckel: "skolenheter",
    etikett: "Skolenheter",
    varde: "200",
    enhet: "skolenheter",
    ordning: 4,
    kalla: NYCKELTAL_KALLA,
  },
  {
    nyckel: "budget",
    etikett: "Budget i år",
    varde: "8,8",
    enhet: "miljarder kronor",
    ordning: 5,
    kalla: NYCKELTAL_KALLA,
  },
];

// ---------------------------------------------------------------- Förstärkningsområden

const SKOLENHETSUTREDNINGEN: RelateradLankSeed = {
  titel: "Skolenhetsutredningen",
  beskrivning:
    "Här kan du läsa mer om bakgrunden till förstärkningsområden i den utredning som ligger till grund för att grundskoleförvaltningen bildades.",
  href: "/om-forvaltningen#skolenhetsutredningen",
};

export const forstarkningsomraden: ForstarkningsomradeSeed[] = [
  {
    slug: "okad-kvalitet-i-undervisningen",
    nummer: 1,
    namn: "Ökad kvalitet i undervisningen",
    syfte: "för att öka elevernas lärande",
    ingress:
      "Grundskoleförvaltningen bildades bland annat för att politikerna i Göteborgs Stad ville ha en högre kvalitet i undervisningen. Förstärkningsområdet ökad kvalitet i undervisningen ska öka elevernas lärande.",
    atgarder: [
      "Säkra kompetensförsörjningen.",
      "Utveckla och säkerställa ett kollegialt lärande och samarbetskultur – på alla nivåer, baserat på forskning, beprövad erfarenhet och omvärldsbevakning.",
      "Utveckla och säkra rektors förutsättningar för ett pedagogiskt ledarskap.",
    ],
    arbetsomraden: [
      "säkra kompetensförsörjning.",
      "utveckla kollegialt lärande.",
      "utveckla rektors pedagogiska landskap.",
    ],
    skolornasArbete: [
      "Allt vi arbetar med ska leda till att stärka mötet mellan lärare och elev, eftersom det är där lärandet sker. Läraren är den pedagogiska ledaren i klassrummet och rektorn är den pedagogiska ledaren på skolan. Medarbetare och chefer i skolan träffas och utbyter erfarenheter med varandra, inte bara inom sitt eget område, och det kollegiala lärandet står i centrum.",
    ],
    relateradeLankar: [
      {
        titel: "Tydligare ansvar, styrning och ledning",
        beskrivning:
          "Här kan du läsa mer om grundskoleförvaltningens förstärkningsområde tydligare ansvar, styrning och ledning.",
        href: "/forstarkningsomraden/tydligare-ansvar-styrning-och-ledning",
      },
      {
        titel: "Ökad likvärdighet mellan skolor",
        beskrivning:
          "Här kan du läsa mer om grundskoleförvaltningens förstärkningsområde ökad likvärdighet mellan skolor.",
        href: "/forstarkningsomraden/okad-likvardighet-mellan-skolor",
      },
      SKOLENHETSUTREDNINGEN,
    ],
  },
  {
    slug: "tydligare-ansvar-styrning-och-ledning",
    nummer: 2,
    namn: "Tydligare ansvar, styrning och ledning",
    syfte: "för att öka elevernas kunskapsresultat",
    ingress:
      "Grundskoleförvaltningen bildades bland annat för att politikerna i Göteborgs Stad ville ha en tydligare ledning och styrning av grundskolan. Förstärkningsområdet tydligare ansvar, styrning och ledning ska öka elevernas kunskapsresultat.",
    atgarder: [
      "Fokusera på de nationella målen och utveckling av undervisningen.",
      "Renodla styrkedjans uppdrag, roller och ansvar.",
      "Utveckla och säkra ett systematiskt kvalitetsarbete.",
    ],
    arbetsomraden: [
      "fokusera på nationella mål och undervisning.",
      "tydliggöra styrning, uppdrag och ansvar.",
      "ta fram och utveckla systematiskt kvalitetsarbete.",
    ],
    skolornasArbete: [
      "Rektorn är den pedagogiska ledaren på skolan. Chefer och stödfunktioner ska stärka, stödja och avlasta rektor och lärare så att de kan fokusera på utbildningens kvalitet, och genom ett tillitsbaserat ledarskap med ett utvecklat samspel mellan stödavdelningarna och skolorna får rektor stöd och utrymme för att vara pedagogisk ledare. I vårt systematiska kvalitetsarbete jobbar vi med många förbättringar.",
    ],
    relateradeLankar: [
      {
        titel: "Ökad kvalitet i undervisningen",
        beskrivning:
          "Här kan du läsa mer om grundskoleförvaltningens förstärkningsområde ökad kvalitet i undervisningen.",
        href: "/forstarkningsomraden/okad-kvalitet-i-undervisningen",
      },
      {
        titel: "Ökad likvärdighet mellan skolor",
        beskrivning:
          "Här kan du läsa mer om grundskoleförvaltningens förstärkningsområde ökad likvärdighet mellan skolor.",
        href: "/forstarkningsomraden/okad-likvardighet-mellan-skolor",
      },
      SKOLENHETSUTREDNINGEN,
    ],
  },
  {
    slug: "okad-likvardighet-mellan-skolor",
    nummer: 3,
    namn: "Ökad likvärdighet mellan skolor",
    syfte:
      "för att alla elever ska få tillgång till undervisning av hög kvalitet och kompensera för elevers olika förutsättningar",
    ingress:
      "Vi har gett oss ut på en resa för att skapa en likvärdig skola för alla elever. Som en av Sveriges största skolförvaltningar har vi bredd, djup och goda möjligheter för våra medarbetare att utvecklas till sin fulla potential.",
    atgarder: [
      "Nyanlända elever går på fler skolor.",
      "Minska skolvalets påverkan på skolsegregation.",
      "Resursfördela för ökad likvärdighet.",
    ],
    arbetsomraden: [
      "säkra integration för nyanlända elever.",
      "ta fram åtgärder för att minska skolsegregation.",
      "skapa en resursfördelning utifrån likvärdighet.",
    ],
    skolornasArbete: [
      "Flera insatser har gjorts för att man ska kunna arbeta med likvärdighet i praktiken. Bland annat har det skapats ett nätverk där rektorer på skolor i socioekonomiskt utsatta områden kan dela och öka sina kunskaper med varandra.",
      "En annan viktig faktor för detta förstärkningsområde är den språkliga förmågan. Därför vill vi tidigt satsa på insatser för att ge alla elever en bra start på sin skolgång. Genom att vi tidigt kan se vilka elever som behöver extra stöd kan resurser styras på ett effektivt sätt. På så sätt kan också fler elever gå ut grundskolan med så bra resultat som möjligt.",
      "Grundskoleförvaltningen har också gjort en film med goda exempel inom förstärkningsområdet. I filmen får du ta del av vad rektorer pratar om i nätverket för skolor i socioekonomiskt utsatta områden, hur och varför det är viktigt att arbeta med elevernas språkkunskaper och hur man som rektor fördelar resurser utifrån likvärdighet.",
    ],
    relateradeLankar: [
      {
        titel: "Ökad kvalitet i undervisningen",
        beskrivning:
          "Här kan du läsa mer om grundskoleförvaltningens förstärkningsområde ökad kvalitet i undervisningen.",
        href: "/forstarkningsomraden/okad-kvalitet-i-undervisningen",
      },
      {
        titel: "Tydligare ansvar, styrning och ledning",
        beskrivning:
          "Här kan du läsa mer om grundskoleförvaltningens förstärkningsområde tydligare ansvar, styrning och ledning.",
        href: "/forstarkningsomraden/tydligare-ansvar-styrning-och-ledning",
      },
      SKOLENHETSUTREDNINGEN,
    ],
  },
];

// ---------------------------------------------------------------- Program

const JAMLIKT_MAL =
  "Målet fokuserar på att öka jämlikheten i Göteborg genom att skapa likvärdiga livsvillkor för alla göteborgare, oavsett socioekonomisk status, geografisk hemvist, kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, ålder eller sexuell läggning.";

export const program: ProgramSeed[] = [
  {
    slug: "jamlikt-goteborg",
    namn: "Jämlikt Göteborg",
    undertitel: "Målområde 2 – Goda uppväxtvillkor genom skolåren",
    ingress: `Göteborg ska vara en jämlik stad. ${JAMLIKT_MAL}`,
    beskrivning: [
      "Målområde 2 i Jämlikt Göteborg, ”Goda uppväxtvillkor genom skolåren”, handlar om skolans del i arbetet för en jämlik stad. Målet är att öka jämlikheten i Göteborg genom att skapa likvärdiga livsvillkor för alla göteborgare.",
      "En stärkt utbildningskedja bygger på kunskapssyn, ledning, övergångar, kvalitet och rationalitet, på samordning av alla skolformer för optimal kvalitet och resurshantering och på utbildningsresultat, progression och lärdomar.",
      "Nyckelområden vid övergångar ska identifieras för att kvalitetssäkra barns, elevers och vuxnas utbildningsresa i staden mot högre utbildning och etablering på arbetsmarknaden – från förskola till grundskola, gymnasium, vuxenutbildning och arbetsmarknad.",
      "Bra skolor har hög kompetens hos chefer och medarbetare, likvärdighet i resurser, tvärsektoriellt samarbete, kontinuitet i ledning och bland lärare samt riktade insatser efter analys.",
      "De vägledande utgångspunkterna för goda uppväxtvillkor i skolåren fokuserar på tidiga insatser.",
    ],
    punkter: [
      {
        kategori: "MAL",
        text: "Öka jämlikheten i Göteborg genom att skapa likvärdiga livsvillkor för alla göteborgare, oavsett socioekonomisk status, geografisk hemvist, kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, ålder eller sexuell läggning.",
      },
      {
        kategori: "GRUNDUPPDRAG",
        text: "Den absolut viktigaste insatsen för stärkt folkhälsa är att ge alla unga förutsättningar att klara skolan utan avhopp och med godkända betyg för gymnasiestudier.",
      },
      {
        kategori: "GRUNDUPPDRAG",
        text: "Om skolan lyckas med sitt grunduppdrag är vi närmare ett mer jämlikt Göteborg.",
      },
      {
        kategori: "UTGANGSPUNKT",
        text: "Ge varje barn möjlighet att utvecklas till sin fulla potential.",
      },
      { kategori: "UTGANGSPUNKT", text: "Starka vuxna kring barnet." },
      {
        kategori: "UTGANGSPUNKT",
        text: "Främja barns språkutveckling på samtliga arenor där barn och unga vistas.",
      },
      {
        kategori: "UTGANGSPUNKT",
        text: "Ge barn och unga möjlighet att stärka sociala nätverk och förmågor.",
      },
      {
        kategori: "UTGANGSPUNKT",
        text: "Ge barn och unga möjlighet till delaktighet, inflytande och rätt att vara sig själva.",
      },
      {
        kategori: "UTGANGSPUNKT",
        text: "Barn och unga ska ha tillgänglig och meningsfull fritid.",
      },
    ],
    delar: [],
  },
  {
    slug: "framtidsrustad-skola",
    namn: "Framtidsrustad skola",
    undertitel: "Samverkan mellan skola och arbetsliv",
    ingress:
      "Under läsåret 2019/2020 pågår samverkansprojektet Framtidsrustad skola mellan grundskoleförvaltningen i Göteborgs Stad, Vägledningscentrum och Göteborgsregionen (GR). Projektet ska stärka samarbetet mellan skola och arbetsliv och bidra till att stärka stadens elevers motivation och förmåga att genomföra väl underbyggda studie- och yrkesval.",
    beskrivning: [
      "Grundskoleförvaltningen i Göteborgs Stad vill ta ett samlat grepp för samverkan mellan skola och arbetsliv och med den vida studie- och yrkesvägledningen i stadens skolor. Därför inleds samverkansinsatsen Framtidsrustad skola, som under läsåret 2019/2020 kommer att projektledas av GR.",
      "Framtidsrustad skola syftar till att stödja skolorna i att utveckla elevernas livslånga lärande och till att stärka både deras framtidstro och förmåga att göra väl underbyggda studie- och yrkesval. Genom en verklighetsnära undervisning, där kopplingen mellan skola och arbetsliv är tydlig, får eleverna konkreta erfarenheter av betydelse för deras val av fortsatt utbildning och yrkesinriktning.",
      "Ett fokus ligger på att ta ett helhetsgrepp kring arbetet med den vida studie- och yrkesvägledningen, och projektet ska stärka och stödja samarbetet mellan lärare, skolledning och studie- och yrkesvägledare för att göra vägledningen till hela skolans ansvar.",
      "Projektet syftar även till att skapa en kvalitetssäker, likvärdig och systematisk samverkan mellan skola och arbetsliv, på både operativ och strategisk nivå, samt till att kvalitetssäkra praon.",
      "Till projektet är även en strategisk utvecklingsgrupp kopplad. I gruppen ingår rektorer och representanter från GR, Vägledningscentrum och grundskoleförvaltningen. Den strategiska utvecklingsgruppen sammankallas av Göteborgs Stads grundskoleförvaltning.",
      "Göteborgsregionen (GR) består av 13 kommuner som har valt att arbeta tillsammans. GR driver utvecklingsprojekt, har myndighetsuppdrag, forskar, ordnar utbildningar och är storstadsregionens röst i Västsverige.",
    ],
    punkter: [
      {
        kategori: "STRATEGISK_GRUPP_UPPDRAG",
        text: "Stämma av kring samverkansinsatsens syfte och mål.",
      },
      {
        kategori: "STRATEGISK_GRUPP_UPPDRAG",
        text: "Vägleda vid avgörande moment för samverkansinsatsens inriktning.",
      },
      {
        kategori: "STRATEGISK_GRUPP_UPPDRAG",
        text: "Aktivt arbeta med att förankra samverkansinsatsen.",
      },
      {
        kategori: "PROCESSTOD",
        text: "Processtöd i arbetet med att utveckla skolans arbete med den vida studie- och yrkesvägledningen.",
      },
      {
        kategori: "PROCESSTOD",
        text: "Syftet med processtödet är att bidra till en likvärdig studie- och yrkesvägledning som inte begränsas av faktorer som kön, social eller kulturell bakgrund samt funktionsvariationer.",
      },
      {
        kategori: "PROCESSTOD",
        text: "Dessutom ämnar insatserna bidra till en ökad måluppfyllelse för eleverna genom att öka deras motivation via en omvärldsförankring av skolans ämnen.",
      },
      {
        kategori: "PROCESSTOD",
        text: "Processtödet utgår ifrån skolans behov och förutsättningar och kan bland annat handla om att utveckla skolans samverkan med arbetslivet, att ta fram en kvalitetssäker praoprocess, att genom undervisningen utveckla elevers valkompetens eller andra områden som skolan vill utveckla.",
      },
      {
        kategori: "PROCESSTOD",
        text: "Stödet bygger på det kollegiala lärandet, där personalen utifrån beprövade metoder och erfarenheter utvecklar sin egen undervisning genom att analysera, testa, utvärdera och förändra. Arbetet leds av en processledare från GR. Kollegiet deltar tillsammans och till varje träff ingår ett material att utgå från.",
      },
      {
        kategori: "PROCESSTOD",
        text: "Under läsåret 2019/2020 erbjuds kommunala grundskolor i Göteborgs Stad processtöd via samverkansprojektet Framtidsrustad skola. Ett begränsat antal pilotskolor kommer att få fungera som goda exempel i det fortsatta arbetet inom Framtidsrustad skola.",
      },
      {
        kategori: "PROCESSTOD",
        text: "Kontakta Göteborgsregionen (GR) för mer information om hur er skola kan bli en del av utvecklingsinsatsen.",
      },
    ],
    delar: [
      {
        slug: "kartlaggning",
        namn: "Kartläggning",
        beskrivning:
          "Som ett första led i projektet genomförs en kartläggning i syfte att ta fram ett nuläge och ett önskat läge. Här deltar hela styrkedjan i form av förvaltningsledning, studie- och yrkesvägledare, rektorer, lärare och nyckelpersoner. Elever och arbetslivet är också viktiga röster i kartläggningen.",
      },
      {
        slug: "samverkansrad",
        namn: "Samverkansråd skola och arbetsliv",
        beskrivning:
          "Inom projektet skapas ett samverkansråd bestående av representanter från skola och arbetsliv samt andra nyckelaktörer i kommunen. Tanken är att samverkansrådet ska bidra till likvärdigheten och kvalitetssäkringen av olika samverkansinsatser samt vara ”en dörr in” för arbetslivet i kontakten med grundskolorna.",
      },
      {
        slug: "kompetensutveckling",
        namn: "Kompetensutveckling",
        beskrivning:
          "Kompetensutvecklingsinsatser tas fram utifrån de behov som kartläggningen visar på. Kompetensutvecklingen riktar sig till lärare, rektorer och andra funktioner inom styr- och stödkedjan.",
      },
      {
        slug: "processtod-till-pilotskolor",
        namn: "Processtöd till pilotskolor",
        beskrivning:
          "Som en del i projektet inleds ett utvecklingsarbete på ett antal pilotskolor i Göteborgs Stad, i syfte att skapa ett långsiktigt, systematiskt och kvalitetssäkert arbete kring den vida studie- och yrkesvägledningen utifrån respektive skolas behov och förutsättningar. Inriktningen på arbetet baseras på skolans behov och resultatet från kartläggningen. I utvecklingsarbetet tas en samverkansmodell fram, som kan spridas till fler skolor.",
      },
    ],
  },
];

// ---------------------------------------------------------------- Insatser
//
// Titles and descriptions come from the documents. Status, progress, schools and history are
// demo data: the documents say nothing about how far the work has come.

const REDAKTIONEN = "Redaktionen, grundskoleförvaltningen";
const STRATEGISKT_STOD = "Strategiskt stöd och verksamhetsutveckling";
const SAMORDNING = "Samordning och stöd";
const ELEVHALSA = "Elevhälsa";
const EKONOMI = "Ekonomi";
const LOKALPLANERING = "Lokalplanering";
const KOMPETENSFORSORJNING = "Kompetensförsörjning";
const KVALITET = "Kvalitet";
const FRAMTIDSRUSTAD_ANSVAR = "Strategiskt stöd och verksamhetsutveckling i samverkan med GR";

const LIKVARDIGHET = "okad-likvardighet-mellan-skolor";
const KVALITET_I_UNDERVISNINGEN = "okad-kvalitet-i-undervisningen";
const STYRNING = "tydligare-ansvar-styrning-och-ledning";

export const insatser: InsatsSeed[] = [
  // ------------------------------------------------------------ Jämlikt Göteborg, målområde 2
  {
    slug: "familjecentrerat-arbetssatt",
    titel: "Utveckla familjecentrerat arbetssätt (6–18 år)",
    beskrivning:
      "Ett familjecentrerat arbetssätt för barn och unga 6–18 år ska utvecklas. Arbetet omfattar strukturella förutsättningar tillsammans med Västra Götalandsregionen (VGR) och en modell för samlad barn- och ungdomshälsa.",
    status: "PAGAR",
    progress: 60,
    ansvarigEnhet: ELEVHALSA,
    program: "jamlikt-goteborg",
    demo: false,
    historik: [
      {
        dagarSedan: 620,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Jämlikt Göteborg, målområde 2.",
      },
      {
        dagarSedan: 480,
        forfattarNamn: ELEVHALSA,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 15,
        kommentar:
          "Arbetet har startat med en genomgång av hur elevhälsan och regionens verksamheter samarbetar kring barn och unga i dag.",
      },
      {
        dagarSedan: 300,
        forfattarNamn: ELEVHALSA,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 15,
        tillProgress: 40,
        kommentar:
          "Avsiktsförklaringen med VGR är undertecknad och arbetet med ett gemensamt avtal har börjat.",
      },
      {
        dagarSedan: 90,
        forfattarNamn: ELEVHALSA,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 40,
        tillProgress: 60,
        kommentar:
          "Avtalet med VGR är klart. Nu tas en modell för samlad barn- och ungdomshälsa fram och testas på tre skolor.",
      },
    ],
    delinsatser: [
      {
        slug: "familj-strukturella-forutsattningar-vgr",
        titel:
          "Skapa strukturella förutsättningar tillsammans med VGR (Västra Götalandsregionen) för arbetet: vägledning, avsiktsförklaring, avtal",
        beskrivning:
          "Strukturella förutsättningar för det familjecentrerade arbetssättet skapas tillsammans med Västra Götalandsregionen (VGR): vägledning, avsiktsförklaring och avtal.",
        status: "KLAR",
        progress: 100,
        ansvarigEnhet: STRATEGISKT_STOD,
        program: "jamlikt-goteborg",
        demo: false,
        historik: [
          {
            dagarSedan: 610,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 470,
            forfattarNamn: STRATEGISKT_STOD,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 30,
            kommentar: "Arbetet med en gemensam vägledning tillsammans med VGR har startat.",
          },
          {
            dagarSedan: 300,
            forfattarNamn: STRATEGISKT_STOD,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 30,
            tillProgress: 70,
            kommentar: "Avsiktsförklaringen mellan Göteborgs Stad och VGR är undertecknad.",
          },
          {
            dagarSedan: 95,
            forfattarNamn: STRATEGISKT_STOD,
            franStatus: "PAGAR",
            tillStatus: "KLAR",
            franProgress: 70,
            tillProgress: 100,
            kommentar:
              "Avtalet med VGR är klart och vägledningen har skickats till skolornas elevhälsoteam.",
          },
        ],
      },
      {
        slug: "familj-modell-samlad-barn-och-ungdomshalsa",
        titel: "Ta fram modell och testa för samlad barn- och ungdomshälsa",
        beskrivning: "En modell för samlad barn- och ungdomshälsa ska tas fram och testas.",
        status: "PAGAR",
        progress: 20,
        ansvarigEnhet: ELEVHALSA,
        program: "jamlikt-goteborg",
        skolor: ["gardstensskolan", "tynneredsskolan", "kvillebacksskolan"],
        demo: false,
        historik: [
          {
            dagarSedan: 450,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen startar när avtalet med VGR är på plats.",
          },
          {
            dagarSedan: 80,
            forfattarNamn: ELEVHALSA,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 10,
            kommentar:
              "Arbetsgruppen med elevhälsan och representanter från VGR har haft sitt första möte.",
          },
          {
            dagarSedan: 20,
            forfattarNamn: ELEVHALSA,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 10,
            tillProgress: 20,
            kommentar:
              "Tre skolor har valts ut för att testa modellen för samlad barn- och ungdomshälsa.",
          },
        ],
      },
    ],
  },
  {
    slug: "vidareutveckla-foraldrastodet",
    titel: "Vidareutveckla föräldrastödet",
    beskrivning:
      "Föräldrastödet för barn 6–18 år ska vidareutvecklas så att det blir likvärdigt, tillgängligt och attraktivt – generellt, selektivt och riktat.",
    status: "PAGAR",
    progress: 35,
    ansvarigEnhet: SAMORDNING,
    program: "jamlikt-goteborg",
    demo: false,
    historik: [
      {
        dagarSedan: 540,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Jämlikt Göteborg, målområde 2.",
      },
      {
        dagarSedan: 400,
        forfattarNamn: SAMORDNING,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 10,
        kommentar:
          "En genomgång av det föräldrastöd som i dag erbjuds för barn 6–18 år har startat.",
      },
      {
        dagarSedan: 150,
        forfattarNamn: SAMORDNING,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 10,
        tillProgress: 35,
        kommentar:
          "Genomgången av föräldrastödet i de fyra stadsområdena är klar. Arbetet med ett gemensamt och likvärdigt utbud har börjat.",
      },
    ],
    delinsatser: [
      {
        slug: "foraldrastod-strukturella-forutsattningar",
        titel: "Skapa strukturella förutsättningar för föräldrastödet för barn 6–18 år",
        beskrivning: "Strukturella förutsättningar för föräldrastödet för barn 6–18 år ska skapas.",
        status: "PAGAR",
        progress: 60,
        ansvarigEnhet: SAMORDNING,
        program: "jamlikt-goteborg",
        demo: false,
        historik: [
          {
            dagarSedan: 390,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 330,
            forfattarNamn: SAMORDNING,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 25,
            kommentar:
              "Ansvaret för föräldrastödet mellan skola och socialtjänst kartläggs i alla stadsområden.",
          },
          {
            dagarSedan: 140,
            forfattarNamn: SAMORDNING,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 25,
            tillProgress: 60,
            kommentar:
              "Ett förslag på gemensam struktur för föräldrastödet är framtaget och har skickats till stadsområdena för synpunkter.",
          },
        ],
      },
      {
        slug: "foraldrastod-likvardigt-tillgangligt-attraktivt",
        titel:
          "Utveckla likvärdigt, tillgängligt och attraktivt föräldrastöd – generellt, selektivt och riktat",
        beskrivning:
          "Ett likvärdigt, tillgängligt och attraktivt föräldrastöd ska utvecklas, som är generellt, selektivt och riktat.",
        status: "PAGAR",
        progress: 10,
        ansvarigEnhet: ELEVHALSA,
        program: "jamlikt-goteborg",
        demo: false,
        historik: [
          {
            dagarSedan: 380,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 45,
            forfattarNamn: ELEVHALSA,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 10,
            kommentar:
              "Arbetet har startat med att beskriva vad generellt, selektivt och riktat föräldrastöd ska innehålla.",
          },
        ],
      },
    ],
  },
  {
    slug: "samverkan-skola-och-vardnadshavare",
    titel: "Utveckla samverkan mellan skola och vårdnadshavare",
    beskrivning:
      "Samverkan mellan skola och vårdnadshavare ska utvecklas. Starka vuxna kring barnet är en av de vägledande utgångspunkterna för goda uppväxtvillkor i skolåren.",
    status: "PLANERAD",
    progress: 0,
    ansvarigEnhet: SAMORDNING,
    program: "jamlikt-goteborg",
    demo: false,
    historik: [
      {
        dagarSedan: 60,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen är planerad och beräknas starta under kommande läsår.",
      },
    ],
  },
  {
    slug: "oppna-upp-skolan-som-arena",
    titel: "Öppna upp skolan som arena",
    beskrivning:
      "Skolan ska öppnas upp som arena. Arbetet omfattar vägledning, avsiktsförklaring och avtal samt en modell för skolan som en öppen arena som ska testas.",
    status: "PAUSAD",
    progress: 25,
    ansvarigEnhet: STRATEGISKT_STOD,
    program: "jamlikt-goteborg",
    demo: false,
    historik: [
      {
        dagarSedan: 560,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Jämlikt Göteborg, målområde 2.",
      },
      {
        dagarSedan: 420,
        forfattarNamn: STRATEGISKT_STOD,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 15,
        kommentar:
          "Arbetet med vägledning och avsiktsförklaring för skolan som öppen arena har startat.",
      },
      {
        dagarSedan: 260,
        forfattarNamn: STRATEGISKT_STOD,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 15,
        tillProgress: 25,
        kommentar:
          "Ett utkast till vägledning har tagits fram och diskuterats med rektorer i alla fyra stadsområden.",
      },
      {
        dagarSedan: 120,
        forfattarNamn: STRATEGISKT_STOD,
        franStatus: "PAGAR",
        tillStatus: "PAUSAD",
        franProgress: 25,
        tillProgress: 25,
        kommentar:
          "Insatsen är pausad i väntan på att stadens gemensamma regler för hur skollokaler får användas efter skoltid beslutas.",
      },
    ],
    delinsatser: [
      {
        slug: "arena-strukturella-forutsattningar",
        titel:
          "Skapa strukturella förutsättningar för arbetet: vägledning, avsiktsförklaring, avtal",
        beskrivning:
          "Strukturella förutsättningar för arbetet med skolan som arena ska skapas: vägledning, avsiktsförklaring och avtal.",
        status: "PAUSAD",
        progress: 50,
        ansvarigEnhet: STRATEGISKT_STOD,
        program: "jamlikt-goteborg",
        demo: false,
        historik: [
          {
            dagarSedan: 550,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 415,
            forfattarNamn: STRATEGISKT_STOD,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 20,
            kommentar: "Arbetet med vägledningen har startat.",
          },
          {
            dagarSedan: 255,
            forfattarNamn: STRATEGISKT_STOD,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 20,
            tillProgress: 50,
            kommentar: "Ett utkast till vägledning och avsiktsförklaring är klart.",
          },
          {
            dagarSedan: 118,
            forfattarNamn: STRATEGISKT_STOD,
            franStatus: "PAGAR",
            tillStatus: "PAUSAD",
            franProgress: 50,
            tillProgress: 50,
            kommentar:
              "Pausad tills stadens regler för hur skollokaler får användas efter skoltid är beslutade. Avtalet kan inte skrivas innan dess.",
          },
        ],
      },
      {
        slug: "arena-modell-oppen-arena",
        titel: "Ta fram modell och testa för skolan som en öppen arena",
        beskrivning: "En modell för skolan som en öppen arena ska tas fram och testas.",
        status: "PLANERAD",
        progress: 0,
        ansvarigEnhet: SAMORDNING,
        program: "jamlikt-goteborg",
        demo: false,
        historik: [
          {
            dagarSedan: 540,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar:
              "Testet av skolan som öppen arena startar när vägledning, avsiktsförklaring och avtal är klara.",
          },
        ],
      },
    ],
  },
  {
    slug: "vagledning-framja-skolnarvaro",
    titel: "Vägledning för att främja skolnärvaro",
    beskrivning:
      "En vägledning för att främja skolnärvaro ska tas fram, utifrån en kartläggning av vilken samverkan som behövs.",
    status: "PAGAR",
    progress: 70,
    ansvarigEnhet: ELEVHALSA,
    program: "jamlikt-goteborg",
    demo: false,
    historik: [
      {
        dagarSedan: 500,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Jämlikt Göteborg, målområde 2.",
      },
      {
        dagarSedan: 380,
        forfattarNamn: ELEVHALSA,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 20,
        kommentar: "Elevhälsan har börjat ta fram en vägledning för att främja skolnärvaro.",
      },
      {
        dagarSedan: 210,
        forfattarNamn: ELEVHALSA,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 20,
        tillProgress: 45,
        kommentar:
          "Ett första utkast till vägledning är skrivet utifrån kartläggningen av nödvändig samverkan.",
      },
      {
        dagarSedan: 30,
        forfattarNamn: ELEVHALSA,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 45,
        tillProgress: 70,
        kommentar:
          "Utkastet till vägledning har prövats av elevhälsoteamen på några skolor och revideras utifrån deras synpunkter.",
      },
    ],
    delinsatser: [
      {
        slug: "skolnarvaro-kartlagga-samverkan",
        titel: "Kartlägga nödvändig samverkan för att främja skolnärvaro",
        beskrivning: "Den samverkan som är nödvändig för att främja skolnärvaro ska kartläggas.",
        status: "PAGAR",
        progress: 70,
        ansvarigEnhet: ELEVHALSA,
        program: "jamlikt-goteborg",
        demo: false,
        historik: [
          {
            dagarSedan: 490,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 370,
            forfattarNamn: ELEVHALSA,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 30,
            kommentar:
              "Kartläggningen av vilken samverkan som behövs för att främja skolnärvaro har startat.",
          },
          {
            dagarSedan: 200,
            forfattarNamn: ELEVHALSA,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 30,
            tillProgress: 55,
            kommentar: "Elevhälsoteamen i stadsområde Hisingen och Nordost har intervjuats.",
          },
          {
            dagarSedan: 28,
            forfattarNamn: ELEVHALSA,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 55,
            tillProgress: 70,
            kommentar:
              "Intervjuerna med elevhälsoteam är genomförda i alla fyra stadsområden och sammanställs.",
          },
        ],
      },
    ],
  },
  {
    slug: "likvardig-fysisk-skolmiljo",
    titel: "Skapa likvärdig fysisk skolmiljö och materiell standard",
    beskrivning:
      "Stadens skolor ska få en likvärdig fysisk skolmiljö och materiell standard. Arbetet omfattar en kartläggning av skollokaler och skolgårdar, en undersökning av hur elever och föräldrar upplever skolmiljön och en åtgärdsplan för upprustning.",
    status: "PAGAR",
    progress: 50,
    ansvarigEnhet: LOKALPLANERING,
    program: "jamlikt-goteborg",
    forstarkningsomrade: LIKVARDIGHET,
    demo: false,
    historik: [
      {
        dagarSedan: 680,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Jämlikt Göteborg, målområde 2.",
      },
      {
        dagarSedan: 600,
        forfattarNamn: LOKALPLANERING,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 10,
        kommentar:
          "Kartläggningen av skollokaler och skolgårdar har startat i stadsområde Nordost.",
      },
      {
        dagarSedan: 330,
        forfattarNamn: LOKALPLANERING,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 10,
        tillProgress: 35,
        kommentar:
          "Kartläggningen av skollokaler och skolgårdar är klar för alla fyra stadsområden.",
      },
      {
        dagarSedan: 65,
        forfattarNamn: LOKALPLANERING,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 35,
        tillProgress: 50,
        kommentar:
          "En enkät om hur elever och föräldrar upplever skolmiljön har skickats ut. Svaren sammanställs.",
      },
    ],
    delinsatser: [
      {
        slug: "skolmiljo-kartlagg-skollokaler-och-skolgardar",
        titel: "Kartlägg stadens skollokaler och skolgårdars befintliga skick",
        beskrivning: "Stadens skollokaler och skolgårdars befintliga skick ska kartläggas.",
        status: "KLAR",
        progress: 100,
        ansvarigEnhet: LOKALPLANERING,
        program: "jamlikt-goteborg",
        forstarkningsomrade: LIKVARDIGHET,
        skolor: ["hjallboskolan", "bergsjoskolan", "gardstensskolan", "kortedalaskolan"],
        demo: false,
        historik: [
          {
            dagarSedan: 670,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 590,
            forfattarNamn: LOKALPLANERING,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 25,
            kommentar:
              "Besiktningen av skollokaler och skolgårdar har startat i stadsområde Nordost.",
          },
          {
            dagarSedan: 420,
            forfattarNamn: LOKALPLANERING,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 25,
            tillProgress: 60,
            kommentar: "Kartläggningen av skolgårdarnas skick är klar för stadsområde Nordost.",
          },
          {
            dagarSedan: 330,
            forfattarNamn: LOKALPLANERING,
            franStatus: "PAGAR",
            tillStatus: "KLAR",
            franProgress: 60,
            tillProgress: 100,
            kommentar:
              "Kartläggningen är klar för alla fyra stadsområden och sammanställd i en rapport.",
          },
        ],
      },
      {
        slug: "skolmiljo-elevers-och-foraldrars-upplevelse",
        titel: "Undersök hur elever och föräldrar upplever skolmiljön",
        beskrivning: "Hur elever och föräldrar upplever skolmiljön ska undersökas.",
        status: "PAGAR",
        progress: 50,
        ansvarigEnhet: KVALITET,
        program: "jamlikt-goteborg",
        forstarkningsomrade: LIKVARDIGHET,
        skolor: ["lundbyskolan", "askimsskolan", "olskrokens-skola"],
        demo: false,
        historik: [
          {
            dagarSedan: 350,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 160,
            forfattarNamn: KVALITET,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 20,
            kommentar:
              "Enkätfrågorna om skolmiljön har tagits fram tillsammans med elevråden på tre skolor.",
          },
          {
            dagarSedan: 65,
            forfattarNamn: KVALITET,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 20,
            tillProgress: 50,
            kommentar:
              "Enkäten har skickats ut till elever och vårdnadshavare. Svaren sammanställs.",
          },
        ],
      },
      {
        slug: "skolmiljo-atgardsplan-upprustning",
        titel: "Ta fram åtgärdsplan för upprustning",
        beskrivning: "En åtgärdsplan för upprustning av skollokaler och skolgårdar ska tas fram.",
        status: "PLANERAD",
        progress: 0,
        ansvarigEnhet: LOKALPLANERING,
        program: "jamlikt-goteborg",
        forstarkningsomrade: LIKVARDIGHET,
        demo: false,
        historik: [
          {
            dagarSedan: 320,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar:
              "Åtgärdsplanen tas fram när kartläggningen och enkätsvaren är sammanställda.",
          },
        ],
      },
    ],
  },
  {
    slug: "studiehandledning-pa-modersmal",
    titel: "Studiehandledning på modersmål",
    beskrivning:
      "Studiehandledningen på modersmål ska kartläggas och kvalitetssäkras, och eleverna ska få likvärdig tillgång till den.",
    status: "PAGAR",
    progress: 40,
    ansvarigEnhet: SAMORDNING,
    program: "jamlikt-goteborg",
    forstarkningsomrade: LIKVARDIGHET,
    demo: false,
    historik: [
      {
        dagarSedan: 450,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Jämlikt Göteborg, målområde 2.",
      },
      {
        dagarSedan: 300,
        forfattarNamn: SAMORDNING,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 20,
        kommentar: "Kartläggningen av studiehandledningen på modersmål har startat.",
      },
      {
        dagarSedan: 100,
        forfattarNamn: SAMORDNING,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 20,
        tillProgress: 40,
        kommentar:
          "Kartläggningen visar hur studiehandledningen organiseras på skolorna i dag. Nu tas gemensamma kvalitetskriterier fram.",
      },
    ],
    delinsatser: [
      {
        slug: "studiehandledning-kartlagga-och-kvalitetssakra",
        titel: "Kartlägga och kvalitetssäkra",
        beskrivning: "Studiehandledningen på modersmål ska kartläggas och kvalitetssäkras.",
        status: "PAGAR",
        progress: 80,
        ansvarigEnhet: KVALITET,
        program: "jamlikt-goteborg",
        forstarkningsomrade: LIKVARDIGHET,
        skolor: ["angeredsskolan", "hammarkullsskolan", "biskopsgardsskolan"],
        demo: false,
        historik: [
          {
            dagarSedan: 440,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 290,
            forfattarNamn: KVALITET,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 40,
            kommentar:
              "Kartläggningen av hur studiehandledning på modersmål ges i dag har startat på tre skolor.",
          },
          {
            dagarSedan: 95,
            forfattarNamn: KVALITET,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 40,
            tillProgress: 80,
            kommentar:
              "Kartläggningen är klar. Gemensamma kvalitetskriterier för studiehandledning tas fram.",
          },
        ],
      },
      {
        slug: "studiehandledning-likvardig-tillgang",
        titel: "Likvärdig tillgång",
        beskrivning: "Alla elever som behöver det ska få likvärdig tillgång till studiehandledning på modersmål.",
        status: "PLANERAD",
        progress: 0,
        ansvarigEnhet: KOMPETENSFORSORJNING,
        program: "jamlikt-goteborg",
        forstarkningsomrade: LIKVARDIGHET,
        demo: false,
        historik: [
          {
            dagarSedan: 430,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar:
              "Arbetet med likvärdig tillgång till studiehandledning startar när kartläggningen och kvalitetskriterierna är klara.",
          },
        ],
      },
    ],
  },
  {
    slug: "likvardig-tillgang-kultur-och-fritid",
    titel: "Likvärdig tillgång till kultur och fritid",
    beskrivning:
      "Eleverna ska få likvärdig tillgång till kultur och fritid genom skolåren. Arbetet omfattar en inkluderande kulturskola och likvärdig tillgång till upplevelser och aktiviteter.",
    status: "PAGAR",
    progress: 65,
    ansvarigEnhet: SAMORDNING,
    program: "jamlikt-goteborg",
    forstarkningsomrade: LIKVARDIGHET,
    demo: false,
    historik: [
      {
        dagarSedan: 520,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Jämlikt Göteborg, målområde 2.",
      },
      {
        dagarSedan: 410,
        forfattarNamn: SAMORDNING,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 20,
        kommentar: "Planeringen tillsammans med kulturskolan har startat.",
      },
      {
        dagarSedan: 230,
        forfattarNamn: SAMORDNING,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 20,
        tillProgress: 50,
        kommentar:
          "Kulturskolans verksamhet på skoltid har byggts ut till skolor i alla fyra stadsområden.",
      },
      {
        dagarSedan: 40,
        forfattarNamn: SAMORDNING,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 50,
        tillProgress: 65,
        kommentar:
          "Ett förslag på vilka upplevelser och aktiviteter varje årskurs ska få ta del av har skickats till rektorerna.",
      },
    ],
    delinsatser: [
      {
        slug: "kultur-inkluderande-kulturskola",
        titel: "Utveckla arbetet med en inkluderande kulturskola",
        beskrivning: "Arbetet med en inkluderande kulturskola ska utvecklas.",
        status: "KLAR",
        progress: 100,
        ansvarigEnhet: SAMORDNING,
        program: "jamlikt-goteborg",
        forstarkningsomrade: LIKVARDIGHET,
        skolor: ["kvibergsskolan", "jarnbrottsskolan", "eriksbergsskolan"],
        demo: false,
        historik: [
          {
            dagarSedan: 510,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 400,
            forfattarNamn: SAMORDNING,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 30,
            kommentar:
              "Kulturskolan och grundskoleförvaltningen har börjat planera gemensamma aktiviteter på skoltid.",
          },
          {
            dagarSedan: 220,
            forfattarNamn: SAMORDNING,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 30,
            tillProgress: 75,
            kommentar: "Kulturskolans aktiviteter på skoltid har testats på tre skolor.",
          },
          {
            dagarSedan: 120,
            forfattarNamn: SAMORDNING,
            franStatus: "PAGAR",
            tillStatus: "KLAR",
            franProgress: 75,
            tillProgress: 100,
            kommentar:
              "Kulturskolans verksamhet på skoltid erbjuds nu på skolor i alla fyra stadsområden.",
          },
        ],
      },
      {
        slug: "kultur-likvardig-tillgang-upplevelser-och-aktiviteter",
        titel: "Säkerställ likvärdig tillgång till upplevelser och aktiviteter genom skolåren",
        beskrivning:
          "Alla elever ska ha likvärdig tillgång till upplevelser och aktiviteter genom skolåren.",
        status: "PAGAR",
        progress: 30,
        ansvarigEnhet: SAMORDNING,
        program: "jamlikt-goteborg",
        forstarkningsomrade: LIKVARDIGHET,
        demo: false,
        historik: [
          {
            dagarSedan: 500,
            forfattarNamn: REDAKTIONEN,
            franStatus: null,
            tillStatus: "PLANERAD",
            franProgress: null,
            tillProgress: 0,
            kommentar: "Delinsatsen lades in i portalen.",
          },
          {
            dagarSedan: 230,
            forfattarNamn: SAMORDNING,
            franStatus: "PLANERAD",
            tillStatus: "PAGAR",
            franProgress: 0,
            tillProgress: 15,
            kommentar:
              "En genomgång av vilka upplevelser och aktiviteter eleverna får ta del av på olika skolor har startat.",
          },
          {
            dagarSedan: 38,
            forfattarNamn: SAMORDNING,
            franStatus: "PAGAR",
            tillStatus: "PAGAR",
            franProgress: 15,
            tillProgress: 30,
            kommentar:
              "En plan för vilka kulturupplevelser varje årskurs ska få ta del av har skickats till rektorerna för synpunkter.",
          },
        ],
      },
    ],
  },

  // ------------------------------------------------------------ Förstärkningsområden
  {
    slug: "natverk-rektorer-socioekonomiskt-utsatta-omraden",
    titel: "Nätverk för rektorer på skolor i socioekonomiskt utsatta områden",
    beskrivning:
      "Ett nätverk där rektorer på skolor i socioekonomiskt utsatta områden kan dela och öka sina kunskaper med varandra.",
    status: "KLAR",
    progress: 100,
    ansvarigEnhet: SAMORDNING,
    forstarkningsomrade: LIKVARDIGHET,
    skolor: [
      "hjallboskolan",
      "bergsjoskolan",
      "hammarkullsskolan",
      "gardstensskolan",
      "biskopsgardsskolan",
    ],
    demo: false,
    historik: [
      {
        dagarSedan: 700,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen under förstärkningsområdet ökad likvärdighet mellan skolor.",
      },
      {
        dagarSedan: 640,
        forfattarNamn: SAMORDNING,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 30,
        kommentar:
          "Rektorer på skolor i socioekonomiskt utsatta områden har bjudits in till ett första nätverksmöte.",
      },
      {
        dagarSedan: 450,
        forfattarNamn: SAMORDNING,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 30,
        tillProgress: 70,
        kommentar:
          "Nätverket träffas en gång i månaden. Teman hittills har varit elevernas språkkunskaper och resursfördelning.",
      },
      {
        dagarSedan: 250,
        forfattarNamn: SAMORDNING,
        franStatus: "PAGAR",
        tillStatus: "KLAR",
        franProgress: 70,
        tillProgress: 100,
        kommentar:
          "Nätverket är etablerat och drivs nu vidare av rektorerna med stöd från Samordning och stöd.",
      },
    ],
  },
  {
    slug: "tidiga-insatser-sprakliga-formaga",
    titel: "Tidiga insatser för elevernas språkliga förmåga",
    beskrivning:
      "Genom att tidigt se vilka elever som behöver extra stöd i sin språkliga förmåga kan resurser styras på ett effektivt sätt. Insatserna ska ge alla elever en bra start på sin skolgång.",
    status: "PAGAR",
    progress: 55,
    ansvarigEnhet: STRATEGISKT_STOD,
    forstarkningsomrade: LIKVARDIGHET,
    skolor: ["gardaskolan", "kvibergsskolan", "majornas-skola"],
    demo: false,
    historik: [
      {
        dagarSedan: 520,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen under förstärkningsområdet ökad likvärdighet mellan skolor.",
      },
      {
        dagarSedan: 400,
        forfattarNamn: STRATEGISKT_STOD,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 15,
        kommentar:
          "Ett underlag för hur skolorna tidigt kan se vilka elever som behöver extra stöd i sin språkutveckling tas fram.",
      },
      {
        dagarSedan: 210,
        forfattarNamn: STRATEGISKT_STOD,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 15,
        tillProgress: 35,
        kommentar: "Ett kartläggningsmaterial för språklig förmåga i förskoleklass testas på tre skolor.",
      },
      {
        dagarSedan: 50,
        forfattarNamn: STRATEGISKT_STOD,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 35,
        tillProgress: 55,
        kommentar:
          "Testet är utvärderat och kartläggningsmaterialet justeras inför att fler skolor börjar använda det.",
      },
    ],
  },
  {
    slug: "resursfordelning-utifran-likvardighet",
    titel: "Resursfördelning utifrån likvärdighet",
    beskrivning:
      "Resurserna ska fördelas likvärdigt, med en resursfördelning som syftar till att ge alla Göteborgs elever en likvärdig skola.",
    status: "PAGAR",
    progress: 75,
    ansvarigEnhet: EKONOMI,
    forstarkningsomrade: LIKVARDIGHET,
    demo: false,
    historik: [
      {
        dagarSedan: 690,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen under förstärkningsområdet ökad likvärdighet mellan skolor.",
      },
      {
        dagarSedan: 620,
        forfattarNamn: EKONOMI,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 20,
        kommentar: "Arbetet med en modell för resursfördelning utifrån likvärdighet har startat.",
      },
      {
        dagarSedan: 400,
        forfattarNamn: EKONOMI,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 20,
        tillProgress: 50,
        kommentar: "Förslaget till resursfördelningsmodell har presenterats för rektorerna.",
      },
      {
        dagarSedan: 180,
        forfattarNamn: EKONOMI,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 50,
        tillProgress: 75,
        kommentar:
          "Modellen används i budgeten för kommande läsår. Effekterna följs upp under året.",
      },
    ],
  },
  {
    slug: "kollegialt-larande-pa-alla-nivaer",
    titel: "Kollegialt lärande på alla nivåer",
    beskrivning:
      "Ett kollegialt lärande och en samarbetskultur ska utvecklas och säkerställas på alla nivåer, baserat på forskning, beprövad erfarenhet och omvärldsbevakning.",
    status: "PAGAR",
    progress: 30,
    ansvarigEnhet: KOMPETENSFORSORJNING,
    forstarkningsomrade: KVALITET_I_UNDERVISNINGEN,
    demo: false,
    historik: [
      {
        dagarSedan: 330,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen under förstärkningsområdet ökad kvalitet i undervisningen.",
      },
      {
        dagarSedan: 200,
        forfattarNamn: KOMPETENSFORSORJNING,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 15,
        kommentar:
          "Kollegiala träffar för lärare i samma ämne har startat i två stadsområden.",
      },
      {
        dagarSedan: 25,
        forfattarNamn: KOMPETENSFORSORJNING,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 15,
        tillProgress: 30,
        kommentar:
          "Rektorer i alla fyra stadsområden träffas nu i nätverk för att utbyta erfarenheter, även utanför sitt eget område.",
      },
    ],
  },
  {
    slug: "systematiskt-kvalitetsarbete",
    titel: "Systematiskt kvalitetsarbete",
    beskrivning:
      "Ett systematiskt kvalitetsarbete ska utvecklas och säkras, med fokus på de nationella målen och utveckling av undervisningen.",
    status: "PAGAR",
    progress: 65,
    ansvarigEnhet: KVALITET,
    forstarkningsomrade: STYRNING,
    demo: false,
    historik: [
      {
        dagarSedan: 600,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen under förstärkningsområdet tydligare ansvar, styrning och ledning.",
      },
      {
        dagarSedan: 540,
        forfattarNamn: KVALITET,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 25,
        kommentar:
          "En gemensam årsplan för det systematiska kvalitetsarbetet har tagits fram för alla skolenheter.",
      },
      {
        dagarSedan: 300,
        forfattarNamn: KVALITET,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 25,
        tillProgress: 50,
        kommentar:
          "Utbildningscheferna har gått igenom årsplanen med rektorerna i respektive stadsområde.",
      },
      {
        dagarSedan: 60,
        forfattarNamn: KVALITET,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 50,
        tillProgress: 65,
        kommentar:
          "Skolornas kvalitetsrapporter för läsåret är inlämnade och analyseras av utbildningscheferna.",
      },
    ],
  },

  // ------------------------------------------------------------ Framtidsrustad skola
  {
    slug: "framtidsrustad-kartlaggning",
    titel: "Kartläggning av nuläge och önskat läge",
    beskrivning:
      "Som ett första led i Framtidsrustad skola genomförs en kartläggning i syfte att ta fram ett nuläge och ett önskat läge. Hela styrkedjan deltar, och elever och arbetslivet är viktiga röster i kartläggningen.",
    status: "KLAR",
    progress: 100,
    ansvarigEnhet: FRAMTIDSRUSTAD_ANSVAR,
    program: "framtidsrustad-skola",
    demo: false,
    historik: [
      {
        dagarSedan: 700,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Framtidsrustad skola.",
      },
      {
        dagarSedan: 660,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 20,
        kommentar:
          "Enkäter har skickats till förvaltningsledning, rektorer, lärare och studie- och yrkesvägledare.",
      },
      {
        dagarSedan: 600,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 20,
        tillProgress: 70,
        kommentar: "Intervjuer med elever och representanter för arbetslivet är genomförda.",
      },
      {
        dagarSedan: 540,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PAGAR",
        tillStatus: "KLAR",
        franProgress: 70,
        tillProgress: 100,
        kommentar:
          "Kartläggningen är klar och beskriver nuläge och önskat läge. Resultatet ligger till grund för kompetensutvecklingen och processtödet.",
      },
    ],
  },
  {
    slug: "framtidsrustad-samverkansrad",
    titel: "Samverkansråd skola och arbetsliv",
    beskrivning:
      "Ett samverkansråd med representanter från skola och arbetsliv samt andra nyckelaktörer i kommunen. Rådet ska bidra till likvärdighet och kvalitetssäkring av samverkansinsatser och vara ”en dörr in” för arbetslivet i kontakten med grundskolorna.",
    status: "PAGAR",
    progress: 80,
    ansvarigEnhet: FRAMTIDSRUSTAD_ANSVAR,
    program: "framtidsrustad-skola",
    demo: false,
    historik: [
      {
        dagarSedan: 650,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Framtidsrustad skola.",
      },
      {
        dagarSedan: 520,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 30,
        kommentar: "Representanter från skola och arbetsliv har bjudits in till samverkansrådet.",
      },
      {
        dagarSedan: 380,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 30,
        tillProgress: 60,
        kommentar: "Samverkansrådet har haft sitt första möte.",
      },
      {
        dagarSedan: 150,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 60,
        tillProgress: 80,
        kommentar:
          "Rådet har tagit fram gemensamma riktlinjer för hur arbetslivet kontaktar grundskolorna.",
      },
    ],
  },
  {
    slug: "framtidsrustad-kompetensutveckling",
    titel: "Kompetensutveckling utifrån kartläggningen",
    beskrivning:
      "Kompetensutvecklingsinsatser tas fram utifrån de behov som kartläggningen visar på. De riktar sig till lärare, rektorer och andra funktioner inom styr- och stödkedjan.",
    status: "PAGAR",
    progress: 40,
    ansvarigEnhet: FRAMTIDSRUSTAD_ANSVAR,
    program: "framtidsrustad-skola",
    demo: false,
    historik: [
      {
        dagarSedan: 530,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Kompetensutvecklingen planeras utifrån resultatet av kartläggningen.",
      },
      {
        dagarSedan: 430,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 20,
        kommentar:
          "Den första utbildningsdagen om den vida studie- och yrkesvägledningen har genomförts för rektorer.",
      },
      {
        dagarSedan: 110,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 20,
        tillProgress: 40,
        kommentar:
          "Lärare och studie- och yrkesvägledare har gått en utbildning om hur undervisningen kan utveckla elevers valkompetens.",
      },
    ],
  },
  {
    slug: "framtidsrustad-processtod-pilotskolor",
    titel: "Processtöd till pilotskolor",
    beskrivning:
      "Ett utvecklingsarbete på ett antal pilotskolor för ett långsiktigt, systematiskt och kvalitetssäkert arbete kring den vida studie- och yrkesvägledningen. I arbetet tas en samverkansmodell fram som kan spridas till fler skolor.",
    status: "PAGAR",
    progress: 35,
    ansvarigEnhet: FRAMTIDSRUSTAD_ANSVAR,
    program: "framtidsrustad-skola",
    skolor: [
      "orgryteskolan",
      "biskopsgardsskolan",
      "backaskolan",
      "hjallboskolan",
      "kortedalaskolan",
      "frolundaskolan",
    ],
    demo: false,
    historik: [
      {
        dagarSedan: 560,
        forfattarNamn: REDAKTIONEN,
        franStatus: null,
        tillStatus: "PLANERAD",
        franProgress: null,
        tillProgress: 0,
        kommentar: "Insatsen lades in i portalen som en del av Framtidsrustad skola.",
      },
      {
        dagarSedan: 470,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PLANERAD",
        tillStatus: "PAGAR",
        franProgress: 0,
        tillProgress: 15,
        kommentar:
          "Sex pilotskolor har valts ut, och processledaren från GR har haft startmöten med skolornas kollegier.",
      },
      {
        dagarSedan: 250,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 15,
        tillProgress: 25,
        kommentar:
          "Pilotskolorna arbetar med sin praoprocess och med skolans samverkan med arbetslivet.",
      },
      {
        dagarSedan: 35,
        forfattarNamn: FRAMTIDSRUSTAD_ANSVAR,
        franStatus: "PAGAR",
        tillStatus: "PAGAR",
        franProgress: 25,
        tillProgress: 35,
        kommentar:
          "Arbetet med en samverkansmodell som kan spridas till fler skolor har börjat.",
      },
    ],
  },
];

// ---------------------------------------------------------------- Skolor (demo)
//
// A demo set of schools: names, addresses and coordinates are plausible for each part of
// town, but they are not an official register.

export const skolor: SkolaSeed[] = [
  // Centrum
  {
    slug: "johannebergsskolan",
    namn: "Johannebergsskolan",
    stadsomrade: "CENTRUM",
    adress: "Eklandagatan 40",
    postnummer: "412 61",
    latitud: 57.6905,
    longitud: 11.984,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "orgryteskolan",
    namn: "Örgryteskolan",
    stadsomrade: "CENTRUM",
    adress: "Örgrytevägen 30",
    postnummer: "412 71",
    latitud: 57.701,
    longitud: 12.003,
    arskursFran: 7,
    arskursTill: 9,
    framtidsrustadPilot: true,
  },
  {
    slug: "lorensbergsskolan",
    namn: "Lorensbergsskolan",
    stadsomrade: "CENTRUM",
    adress: "Engelbrektsgatan 40",
    postnummer: "411 37",
    latitud: 57.6985,
    longitud: 11.976,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "vasastadens-skola",
    namn: "Vasastadens skola",
    stadsomrade: "CENTRUM",
    adress: "Vasagatan 30",
    postnummer: "411 24",
    latitud: 57.7,
    longitud: 11.968,
    arskursFran: 4,
    arskursTill: 9,
    framtidsrustadPilot: false,
  },
  {
    slug: "gardaskolan",
    namn: "Gårdaskolan",
    stadsomrade: "CENTRUM",
    adress: "Fabriksgatan 20",
    postnummer: "412 50",
    latitud: 57.7095,
    longitud: 11.9975,
    arskursFran: 0,
    arskursTill: 3,
    framtidsrustadPilot: false,
  },
  {
    slug: "guldhedsskolan",
    namn: "Guldhedsskolan",
    stadsomrade: "CENTRUM",
    adress: "Doktor Sydows gata 10",
    postnummer: "413 24",
    latitud: 57.6895,
    longitud: 11.964,
    arskursFran: 0,
    arskursTill: 9,
    framtidsrustadPilot: false,
  },
  {
    slug: "olskrokens-skola",
    namn: "Olskrokens skola",
    stadsomrade: "CENTRUM",
    adress: "Redbergsvägen 12",
    postnummer: "416 65",
    latitud: 57.715,
    longitud: 12.002,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "bagaregardsskolan",
    namn: "Bagaregårdsskolan",
    stadsomrade: "CENTRUM",
    adress: "Bagaregårdsgatan 15",
    postnummer: "416 70",
    latitud: 57.718,
    longitud: 12.012,
    arskursFran: 4,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },

  // Hisingen
  {
    slug: "biskopsgardsskolan",
    namn: "Biskopsgårdsskolan",
    stadsomrade: "HISINGEN",
    adress: "Långströmsgatan 20",
    postnummer: "418 70",
    latitud: 57.723,
    longitud: 11.905,
    arskursFran: 0,
    arskursTill: 9,
    framtidsrustadPilot: true,
  },
  {
    slug: "backaskolan",
    namn: "Backaskolan",
    stadsomrade: "HISINGEN",
    adress: "Selma Lagerlöfs Torg 2",
    postnummer: "422 45",
    latitud: 57.748,
    longitud: 11.98,
    arskursFran: 4,
    arskursTill: 9,
    framtidsrustadPilot: true,
  },
  {
    slug: "lundbyskolan",
    namn: "Lundbyskolan",
    stadsomrade: "HISINGEN",
    adress: "Lindholmsallén 20",
    postnummer: "417 55",
    latitud: 57.708,
    longitud: 11.937,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "tuveskolan",
    namn: "Tuveskolan",
    stadsomrade: "HISINGEN",
    adress: "Tuvevägen 30",
    postnummer: "417 42",
    latitud: 57.755,
    longitud: 11.925,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "torslandaskolan",
    namn: "Torslandaskolan",
    stadsomrade: "HISINGEN",
    adress: "Torslandavägen 200",
    postnummer: "423 37",
    latitud: 57.722,
    longitud: 11.772,
    arskursFran: 7,
    arskursTill: 9,
    framtidsrustadPilot: false,
  },
  {
    slug: "karraskolan",
    namn: "Kärraskolan",
    stadsomrade: "HISINGEN",
    adress: "Kärravägen 20",
    postnummer: "425 43",
    latitud: 57.79,
    longitud: 11.98,
    arskursFran: 0,
    arskursTill: 3,
    framtidsrustadPilot: false,
  },
  {
    slug: "eriksbergsskolan",
    namn: "Eriksbergsskolan",
    stadsomrade: "HISINGEN",
    adress: "Eriksbergstorget 5",
    postnummer: "417 64",
    latitud: 57.704,
    longitud: 11.915,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "kvillebacksskolan",
    namn: "Kvillebäcksskolan",
    stadsomrade: "HISINGEN",
    adress: "Hjalmar Brantingsgatan 50",
    postnummer: "417 58",
    latitud: 57.719,
    longitud: 11.961,
    arskursFran: 0,
    arskursTill: 9,
    framtidsrustadPilot: false,
  },

  // Nordost
  {
    slug: "hjallboskolan",
    namn: "Hjällboskolan",
    stadsomrade: "NORDOST",
    adress: "Hjällbotorget 5",
    postnummer: "424 36",
    latitud: 57.769,
    longitud: 12.021,
    arskursFran: 0,
    arskursTill: 9,
    framtidsrustadPilot: true,
  },
  {
    slug: "bergsjoskolan",
    namn: "Bergsjöskolan",
    stadsomrade: "NORDOST",
    adress: "Rymdtorget 8",
    postnummer: "415 07",
    latitud: 57.753,
    longitud: 12.069,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "angeredsskolan",
    namn: "Angeredsskolan",
    stadsomrade: "NORDOST",
    adress: "Angereds Torg 10",
    postnummer: "424 65",
    latitud: 57.796,
    longitud: 12.048,
    arskursFran: 7,
    arskursTill: 9,
    framtidsrustadPilot: false,
  },
  {
    slug: "kortedalaskolan",
    namn: "Kortedalaskolan",
    stadsomrade: "NORDOST",
    adress: "Kortedala Torg 5",
    postnummer: "415 28",
    latitud: 57.752,
    longitud: 12.04,
    arskursFran: 7,
    arskursTill: 9,
    framtidsrustadPilot: true,
  },
  {
    slug: "kvibergsskolan",
    namn: "Kvibergsskolan",
    stadsomrade: "NORDOST",
    adress: "Kvibergsvägen 10",
    postnummer: "415 05",
    latitud: 57.741,
    longitud: 12.03,
    arskursFran: 0,
    arskursTill: 3,
    framtidsrustadPilot: false,
  },
  {
    slug: "gamlestadsskolan",
    namn: "Gamlestadsskolan",
    stadsomrade: "NORDOST",
    adress: "Gamlestadsvägen 30",
    postnummer: "415 11",
    latitud: 57.73,
    longitud: 12.012,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "hammarkullsskolan",
    namn: "Hammarkullsskolan",
    stadsomrade: "NORDOST",
    adress: "Hammarkulletorget 20",
    postnummer: "424 37",
    latitud: 57.78,
    longitud: 12.036,
    arskursFran: 4,
    arskursTill: 9,
    framtidsrustadPilot: false,
  },
  {
    slug: "gardstensskolan",
    namn: "Gårdstensskolan",
    stadsomrade: "NORDOST",
    adress: "Gårdstensvägen 20",
    postnummer: "424 44",
    latitud: 57.797,
    longitud: 12.02,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },

  // Sydväst
  {
    slug: "frolundaskolan",
    namn: "Frölundaskolan",
    stadsomrade: "SYDVAST",
    adress: "Näverlursgatan 20",
    postnummer: "421 44",
    latitud: 57.652,
    longitud: 11.912,
    arskursFran: 7,
    arskursTill: 9,
    framtidsrustadPilot: true,
  },
  {
    slug: "askimsskolan",
    namn: "Askimsskolan",
    stadsomrade: "SYDVAST",
    adress: "Askims Stationsväg 10",
    postnummer: "436 40",
    latitud: 57.63,
    longitud: 11.935,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "hogsboskolan",
    namn: "Högsboskolan",
    stadsomrade: "SYDVAST",
    adress: "Högsbogatan 30",
    postnummer: "421 32",
    latitud: 57.668,
    longitud: 11.945,
    arskursFran: 4,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "majornas-skola",
    namn: "Majornas skola",
    stadsomrade: "SYDVAST",
    adress: "Mariaplan 5",
    postnummer: "414 71",
    latitud: 57.69,
    longitud: 11.92,
    arskursFran: 0,
    arskursTill: 3,
    framtidsrustadPilot: false,
  },
  {
    slug: "kungsladugardsskolan",
    namn: "Kungsladugårdsskolan",
    stadsomrade: "SYDVAST",
    adress: "Kungsladugårdsgatan 60",
    postnummer: "414 76",
    latitud: 57.687,
    longitud: 11.914,
    arskursFran: 0,
    arskursTill: 9,
    framtidsrustadPilot: false,
  },
  {
    slug: "tynneredsskolan",
    namn: "Tynneredsskolan",
    stadsomrade: "SYDVAST",
    adress: "Grevegårdsvägen 100",
    postnummer: "421 61",
    latitud: 57.644,
    longitud: 11.9,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "jarnbrottsskolan",
    namn: "Järnbrottsskolan",
    stadsomrade: "SYDVAST",
    adress: "Radiotorget 5",
    postnummer: "421 49",
    latitud: 57.66,
    longitud: 11.935,
    arskursFran: 0,
    arskursTill: 6,
    framtidsrustadPilot: false,
  },
  {
    slug: "onneredsskolan",
    namn: "Önneredsskolan",
    stadsomrade: "SYDVAST",
    adress: "Önneredsvägen 20",
    postnummer: "426 58",
    latitud: 57.655,
    longitud: 11.856,
    arskursFran: 4,
    arskursTill: 9,
    framtidsrustadPilot: false,
  },
];

// ---------------------------------------------------------------- Sidor

export const sidor: SidaSeed[] = [
  {
    slug: "om-forvaltningen",
    titel: "Om grundskoleförvaltningen",
    ingress:
      "Göteborgs grundskoleförvaltning är en av Sveriges största skolförvaltningar. Vårt mål är att alla barn i Göteborg ska få gå i en bra skola, oavsett vilken bakgrund de och deras vårdnadshavare har.",
    sektioner: [
      {
        rubrik: "Göteborgs grundskoleförvaltning",
        stycken: [
          "Det går 48 900 elever i våra skolor. I förvaltningen arbetar 9 600 medarbetare och cirka 280 chefer på någon av de 200 skolenheterna eller i någon av stödfunktionerna. Stödfunktionerna är till exempel elevhälsa, administration eller någon annan specialistfunktion som stöttar skolorna. I år har vi en budget på 8,8 miljarder kronor, som vi ska använda till att ge eleverna en likvärdig utbildning med hög kvalitet.",
        ],
      },
      {
        rubrik: "Vårt arbete och vår kultur",
        stycken: [
          "Allt vi arbetar med ska leda till att stärka mötet mellan lärare och elev, eftersom det är där lärandet sker. Läraren är den pedagogiska ledaren i klassrummet, och rektorn är den pedagogiska ledaren på skolan. Chefer och stödfunktioner ska stärka, stödja och avlasta rektor och lärare så att de kan fokusera på utbildningens kvalitet.",
          "Vi tror på ett tillitsbaserat ledarskap med ett utvecklat samspel mellan stödavdelningarna och skolorna. På så sätt får rektor stöd och utrymme för att vara pedagogisk ledare. Inom förvaltningen har vi även en dialogbaserad kultur där det kollegiala lärandet står i centrum. Vi tänker långsiktigt i våra arbetsinsatser och när vi arbetar mot våra mål. Dessutom ska allt vi gör vila på en vetenskaplig grund.",
          "Vårt mål är att alla barn i Göteborg ska få gå i en bra skola, oavsett vilken bakgrund de och deras vårdnadshavare har. Därför arbetar vi med en resursfördelning som syftar till att ge alla Göteborgs elever en likvärdig skola. Vi tror på ett ständigt lärande, och därför gör vi det möjligt för medarbetare och chefer i skolan att träffas och utbyta erfarenheter med varandra, inte bara inom sitt eget område. På detta sätt utvecklas vi och tillsammans banar vi väg för framtidens skola.",
        ],
      },
      {
        rubrik: "Bakgrund",
        stycken: [
          "Grundskoleförvaltningen bildades för att politikerna i Göteborgs Stad ville ha en högre kvalitet i undervisningen, ökad likvärdighet mellan skolor samt tydligare ledning och styrning av grundskolan. Förvaltningens uppdrag är att arbeta med tre förstärkningsområden.",
        ],
      },
      {
        rubrik: "Skolenhetsutredningen",
        stycken: [
          "Förvaltningens tre förstärkningsområden har sin bakgrund i skolenhetsutredningen, den utredning som ligger till grund för att grundskoleförvaltningen bildades.",
        ],
        punkter: [
          "Ökad kvalitet i undervisningen – för att öka elevernas lärande.",
          "Tydligare ansvar, styrning och ledning – för att öka elevernas kunskapsresultat.",
          "Ökad likvärdighet mellan skolor – för att alla elever ska få tillgång till undervisning av hög kvalitet och kompensera för elevers olika förutsättningar.",
        ],
      },
    ],
  },
  {
    slug: "styr-och-stodkedjan",
    titel: "Styr- och stödkedjan",
    ingress:
      "Organisationens mål är stödfunktionernas fokus: att stärka lärandet. Kärnan är att utveckla lärandet, i samverkan med staden och omvärlden.",
    sektioner: [
      {
        rubrik: "Pedagogiskt ledarskap – styr- och stödkedjan",
        stycken: [
          "Styr- och stödkedjan går från förvaltningsdirektören via utbildningscheferna och rektorerna till arbetslagen på skolorna.",
        ],
        punkter: ["Förvaltningsdirektör", "Utbildningschefer", "Rektor", "Arbetslag"],
      },
      {
        rubrik: "Avdelningar för stöd och styrning",
        stycken: ["Förvaltningen har följande avdelningar för stöd och styrning."],
        punkter: [
          "Myndighetsutövning",
          "Samordning och stöd",
          "HR",
          "Strategiskt stöd och verksamhetsutveckling",
          "Ekonomi",
          "Kommunikation",
          "Digitalisering och innovation",
        ],
      },
      {
        rubrik: "Stödfunktioner nära skolorna",
        stycken: [
          "Chefer och stödfunktioner ska stärka, stödja och avlasta rektor och lärare så att de kan fokusera på utbildningens kvalitet. Nära skolorna finns följande stödfunktioner.",
        ],
        punkter: [
          "Kvalitet",
          "HR",
          "Digitalisering",
          "Ekonomi",
          "Elevhälsa",
          "Skoljuridik",
          "Kompetensförsörjning",
          "Klagomålshantering och elevombud",
          "Lokalplanering",
          "Stöd till skolor, rektorer och strategier",
        ],
      },
      {
        rubrik: "Så leder vi",
        stycken: [
          "Styr- och stödkedjan bygger på ett pedagogiskt ledarskap hos rektor, utbildningschef och förvaltningsdirektör.",
        ],
        punkter: [
          "Pedagogiskt ledarskap hos rektor, utbildningschef och förvaltningsdirektör.",
          "Kollegiala arenor med fokus på kärnuppdraget.",
          "Samspel mellan målbilder.",
          "Öppenhet, transparens och tillit.",
          "Höga förväntningar.",
          "Samverkanskompetens.",
          "Vi lyfter utmaningar.",
          "Ett åtgärdsorienterat förhållningssätt.",
          "Vetenskaplig grund.",
        ],
      },
      {
        rubrik: "Stärkt utbildningskedja",
        stycken: [
          "Nyckelområden vid övergångar ska identifieras för att kvalitetssäkra barns, elevers och vuxnas utbildningsresa i staden mot högre utbildning och etablering på arbetsmarknaden – från förskola till grundskola, gymnasium, vuxenutbildning och arbetsmarknad.",
        ],
        punkter: [
          "Kunskapssyn, ledning, övergångar, kvalitet och rationalitet.",
          "Samordning av alla skolformer för optimal kvalitet och resurshantering.",
          "Utbildningsresultat, progression och lärdomar.",
        ],
      },
    ],
  },
  {
    slug: "arbeta-hos-oss",
    titel: "Arbeta hos oss",
    ingress:
      "Vad kul att du är nyfiken på att jobba hos oss! Här får du veta mer om grundskoleförvaltningen, vilken arbetskultur vi har och våra tre förstärkningsområden.",
    sektioner: [
      {
        rubrik: "En av Sveriges största skolförvaltningar",
        stycken: [
          "Som en av Sveriges största skolförvaltningar har vi bredd, djup och goda möjligheter för våra medarbetare att utvecklas till sin fulla potential. I förvaltningen arbetar 9 600 medarbetare och cirka 280 chefer på någon av de 200 skolenheterna eller i någon av stödfunktionerna. Stödfunktionerna är till exempel elevhälsa, administration eller någon annan specialistfunktion som stöttar skolorna.",
        ],
      },
      {
        rubrik: "Vårt arbete och vår kultur",
        stycken: [
          "Allt vi arbetar med ska leda till att stärka mötet mellan lärare och elev, eftersom det är där lärandet sker. Vi tror på ett tillitsbaserat ledarskap och har en dialogbaserad kultur där det kollegiala lärandet står i centrum. Vi tänker långsiktigt, och allt vi gör ska vila på en vetenskaplig grund.",
          "Vi tror på ett ständigt lärande, och därför gör vi det möjligt för medarbetare och chefer i skolan att träffas och utbyta erfarenheter med varandra, inte bara inom sitt eget område.",
        ],
      },
      {
        rubrik: "Våra tre förstärkningsområden",
        stycken: ["Göteborgs grundskoleförvaltning arbetar utifrån tre förstärkningsområden."],
        punkter: [
          "Ökad kvalitet i undervisningen",
          "Tydligare ansvar, styrning och ledning",
          "Ökad likvärdighet mellan skolor",
        ],
      },
      {
        rubrik: "Frågor om din anställning",
        stycken: [
          "Är du redan anställd hos oss och har frågor om din anställning? I så fall ska du ta kontakt med din närmaste chef.",
        ],
      },
    ],
  },
  {
    slug: "tillganglighet",
    titel: "Tillgänglighetsredogörelse",
    ingress:
      "Grundskoleförvaltningen i Göteborgs Stad står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service och hur du kan rapportera brister till oss.",
    sektioner: [
      {
        rubrik: "Vem ansvarar för webbplatsen",
        stycken: [
          "Grundskoleförvaltningen, Göteborgs Stad, ansvarar för webbplatsen och för den här tillgänglighetsredogörelsen.",
        ],
      },
      {
        rubrik: "Hur tillgänglig är webbplatsen",
        stycken: [
          "Vårt mål är att webbplatsen ska uppfylla riktlinjerna Web Content Accessibility Guidelines (WCAG) 2.1 på nivå AA. Det är den nivå som krävs enligt lagen om tillgänglighet till digital offentlig service.",
        ],
      },
      {
        rubrik: "Kända brister",
        stycken: [
          "Om vi hittar innehåll eller funktioner som inte uppfyller kraven redovisar vi dem här, tillsammans med när vi planerar att åtgärda dem.",
          "Webbplatsen byggs ut stegvis. Vi uppdaterar redogörelsen i takt med att webbplatsen växer och när vi får kännedom om nya brister.",
        ],
      },
      {
        rubrik: "Så har vi testat webbplatsen",
        stycken: [
          "Vi har granskat webbplatsen själva. Varje sida i webbplatsens testsvit testas automatiskt med verktyget axe-core mot kraven i WCAG 2.1 nivå A och AA.",
          "Vi kontrollerar också att sidorna och funktionerna går att använda med enbart tangentbord, att det syns var fokus är och att fokus flyttas i en logisk ordning.",
        ],
      },
      {
        rubrik: "Rapportera brister",
        stycken: [
          "Om du upptäcker problem som inte beskrivs här, om du anser att vi inte uppfyller lagens krav eller om du behöver innehåll i ett annat format, kan du kontakta oss. Använd kontaktformuläret på /kontakt eller ring 031-365 09 60.",
        ],
      },
      {
        rubrik: "Tillsynsmyndighet",
        stycken: [
          "Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och lämna ett klagomål.",
        ],
      },
      {
        rubrik: "Om redogörelsen",
        stycken: ["Redogörelsen upprättades 22 november 2026."],
      },
    ],
  },
  {
    slug: "personuppgifter",
    titel: "Så behandlar vi dina personuppgifter",
    ingress:
      "När du använder kontaktformuläret för att ställa en fråga eller lämna en synpunkt, ett klagomål eller beröm behandlar grundskoleförvaltningen i Göteborgs Stad de uppgifter du lämnar. Här beskriver vi vilka uppgifter vi sparar, varför, vem som ser dem och hur länge vi sparar dem.",
    sektioner: [
      {
        rubrik: "Vilka uppgifter vi sparar",
        stycken: [
          "När du skickar in kontaktformuläret sparar vi de uppgifter du lämnar. Namn och e-postadress är frivilliga, och du kan vara anonym. E-postadressen behövs bara om du vill ha svar.",
          "Skriv inte känsliga personuppgifter, till exempel om hälsa, i meddelandet om det inte behövs för ditt ärende.",
        ],
        punkter: [
          "Vilken typ av ärende det gäller: fråga, synpunkt, klagomål eller beröm.",
          "Ditt meddelande.",
          "Vilken skola ärendet gäller, om du väljer att ange en skola.",
          "Ditt namn, om du väljer att ange det.",
          "Din e-postadress, om du väljer att ange den.",
        ],
      },
      {
        rubrik: "Varför vi behandlar uppgifterna",
        stycken: [
          "Vi behandlar uppgifterna för att kunna handlägga och besvara ditt ärende. Den rättsliga grunden enligt dataskyddsförordningen är att behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning.",
        ],
      },
      {
        rubrik: "Vem som ser uppgifterna",
        stycken: [
          "Uppgifterna ses av de handläggare på grundskoleförvaltningen som tar emot och besvarar ärenden. Vi lämnar inte ut uppgifterna till någon annan, utom när lagen kräver det.",
        ],
      },
      {
        rubrik: "Hur länge vi sparar uppgifterna",
        stycken: [
          // {gallringstid} is filled in when the page is shown, from GALLRING_MANADER (lib/config.ts), so
          // the page always says what the gallring does.
          "Ditt namn och din e-postadress tas bort (gallras) {gallringstid} efter att ärendet avslutats. Själva ärendet, med meddelandet, sparas enligt de regler som gäller för Göteborgs Stads allmänna handlingar.",
        ],
      },
      {
        rubrik: "Offentlighetsprincipen",
        stycken: [
          "Det du skriver till oss kan bli en allmän handling. Enligt offentlighetsprincipen har alla rätt att begära att få ta del av allmänna handlingar. Innan en handling lämnas ut prövar vi om uppgifter i den omfattas av sekretess enligt offentlighets- och sekretesslagen.",
        ],
      },
      {
        rubrik: "IP-adresser",
        stycken: [
          "Vi sparar inte din IP-adress. För att kunna stoppa stora mängder automatiska inskick sparar vi i stället ett hashvärde som räknas fram från IP-adressen med en hemlig nyckel. Hashvärdet raderas efter ett dygn.",
        ],
      },
      {
        rubrik: "Dina rättigheter",
        stycken: [
          "Du har rätt att få veta vilka personuppgifter vi behandlar om dig. Rätten till radering gäller inte uppgifter som vi måste bevara enligt lag, till exempel när ditt meddelande har blivit en allmän handling.",
          "Om du anser att vi behandlar dina personuppgifter på ett felaktigt sätt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY).",
        ],
        punkter: [
          "Rätt till tillgång: att få ett utdrag över de personuppgifter vi behandlar om dig.",
          "Rätt till rättelse: att få felaktiga uppgifter rättade.",
          "Rätt till radering: att få uppgifter raderade när det inte finns skäl att behålla dem.",
          "Rätt att klaga hos Integritetsskyddsmyndigheten (IMY).",
        ],
      },
      {
        rubrik: "Kontakt och dataskyddsombud",
        stycken: [
          "Har du frågor om hur vi behandlar dina personuppgifter, eller vill du använda dina rättigheter, kan du ringa grundskoleförvaltningen på 031-365 09 60. Du når Göteborgs Stads dataskyddsombud via stadens kontaktcenter.",
        ],
      },
    ],
  },
];
