// Demo data: the lättläst and English versions of Om förvaltningen, written from the page's
// Swedish text in the seed (./content.ts). Lättläst: short sentences, common words, one thing at
// a time, hard words explained (LIX under 30).
export const sprakversioner = [
  {
    slug: "om-forvaltningen",
    sprak: "lattlast",
    titel: "Om grundskoleförvaltningen",
    ingress: "Grundskoleförvaltningen har hand om grundskolorna i Göteborg. Vi vill att alla barn ska få gå i en bra skola.",
    brodtext: `## Det här är vi

Grundskoleförvaltningen är en del av Göteborgs Stad.
Vi har hand om stadens grundskolor.
Det är en av de största skolförvaltningarna i Sverige.

- 48 900 elever går i våra skolor.
- 9 600 personer arbetar hos oss.
- Ungefär 280 av dem är chefer.
- Vi har 200 skolenheter. En skolenhet är en skola eller en del av en skola.

I år har vi 8,8 miljarder kronor.
Pengarna ska ge alla elever en bra utbildning.

## Det här vill vi

Alla barn i Göteborg ska få gå i en bra skola.
Det gäller alla barn, vilken bakgrund de än har.
Därför delar vi ut pengarna så att alla elever får en lika bra skola.

## Så arbetar vi

Det viktigaste är när lärare och elev möts.
Det är då eleverna lär sig.
Läraren leder arbetet i klassrummet.
Rektorn leder arbetet på skolan.
Chefer och annan personal ska hjälpa rektorer och lärare.
Då får de mer tid för undervisningen.

Vi litar på varandra.
Vi pratar med varandra och lär av varandra.
Lärare och chefer från olika skolor träffas och delar med sig av det de kan.
Det vi gör ska bygga på forskning.
Vi tänker på hur det blir om många år, inte bara nu.

## Därför finns vi

Politikerna i Göteborgs Stad ville göra grundskolan bättre.
Därför bildades grundskoleförvaltningen.
Vi arbetar mest med tre saker:

- Bättre undervisning, så att eleverna lär sig mer.
- Tydligare ansvar och ledning, så att eleverna får bättre resultat.
- Skolor som är lika bra, så att alla elever får bra undervisning. Även de elever som har det svårare.

De tre sakerna kommer från en utredning som heter skolenhetsutredningen.
`,
  },
  {
    slug: "om-forvaltningen",
    sprak: "en",
    titel: "About the Compulsory School Administration",
    ingress:
      "Gothenburg's Compulsory School Administration is one of the largest school administrations in Sweden. Our goal is that every child in Gothenburg gets to go to a good school, whatever their background or that of their parents or guardians.",
    brodtext: `## The Compulsory School Administration in Gothenburg

There are 48,900 pupils in our schools. The administration employs 9,600 people and around 280 managers, who work at one of the 200 school units or in one of the support functions. The support functions include, for example, pupil health, administration and other specialist functions that support the schools. This year we have a budget of SEK 8.8 billion, which we will use to give pupils an equitable education of high quality.

## Our work and our culture

Everything we do should strengthen the meeting between teacher and pupil, because that is where learning happens. The teacher is the pedagogical leader in the classroom, and the head teacher is the pedagogical leader of the school. Managers and support functions are there to strengthen, support and relieve head teachers and teachers, so that they can focus on the quality of education.

We believe in trust-based leadership with close cooperation between the support departments and the schools. This gives head teachers the support and the room to be pedagogical leaders. Within the administration we also have a culture built on dialogue, with collegial learning at its centre. We think long-term in our work and in how we pursue our goals. And everything we do should rest on a scientific foundation.

Our goal is that every child in Gothenburg gets to go to a good school, whatever their background or that of their parents or guardians. That is why we distribute resources in a way that aims to give every pupil in Gothenburg an equitable school. We believe in continuous learning. That is why we make it possible for staff and managers in schools to meet and share experience with each other, not only within their own area. This is how we develop, and together we pave the way for the school of the future.

## Background

The Compulsory School Administration was formed because the politicians of the City of Gothenburg wanted higher quality in teaching, greater equity between schools, and clearer leadership and governance of compulsory schooling. The administration's task is to work on three priority areas.

## The school unit inquiry

The administration's three priority areas have their origin in the school unit inquiry (Skolenhetsutredningen), the inquiry on which the founding of the Compulsory School Administration was based.

- Higher quality in teaching – to increase pupils' learning.
- Clearer responsibility, governance and leadership – to improve pupils' results.
- Greater equity between schools – so that all pupils have access to teaching of high quality, and to compensate for pupils' different circumstances.
`,
  },
] as const;
