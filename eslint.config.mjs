import { readdirSync } from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers of lib/, bottom up. Imports run one way: app/ and the composition → domain → platform.
// - Domains: one folder per subject. A domain imports the platform and its own folder; of another
//   domain only the public entry (lib/<domän>/index.ts), never a deeper file.
// - Composition: the jobs, startup and the outbox's list of mails put domains together; only app/,
//   instrumentation and each other import them.
// - Platform: everything else in lib/, owned by no domain and imported by all: the database,
//   HTTP, security, the outbox, the cache, and lib/auth. Auth is platform because every domain
//   asks it who is signed in (inloggad.ts) and what they may do (permissions.ts, one table for
//   every rule); it names the domains' actions as strings but imports none of them.
// The rule resolves each import to its file, so "@/lib/x", "../x" and "./x" are judged alike.
const DOMANER = [
  "agare",
  "besok",
  "anvandare",
  "bevakning",
  "forstarkningsomraden",
  "innehall",
  "insatser",
  "program",
  "skolor",
  "sok",
  "synpunkter",
];
const SAMMANKOPPLING = ["jobb", "startup.ts", "utskicksmallar.ts"];
const PLATTFORM = readdirSync(new URL("./lib", import.meta.url)).filter(
  (namn) => !DOMANER.includes(namn) && !SAMMANKOPPLING.includes(namn),
);

const lib = (namn) => `./lib/${namn}`;

const zoner = [
  {
    target: "./lib",
    from: ["./app", "./components"],
    message: "lib/ importerar inte från app/ eller components/: sidan anropar lib, aldrig tvärtom.",
  },
  ...DOMANER.map((doman) => ({
    target: lib(doman),
    from: DOMANER.filter((d) => d !== doman).map(lib),
    except: ["./index.ts"],
    message:
      "En domän når inte in i en annan: flytta det gemensamma ner i plattformen, ta emot det som argument, eller importera den andra domänens index.ts.",
  })),
  {
    target: PLATTFORM.map(lib),
    from: DOMANER.map(lib),
    message: "Plattformen importerar ingen domän: ta emot det domänspecifika som argument.",
  },
  {
    target: [...DOMANER, ...PLATTFORM].map(lib),
    from: SAMMANKOPPLING.map(lib),
    message: "Jobben, uppstarten och utskicksmallarna importeras bara av app/ och av varandra.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  { files: ["lib/**"], rules: { "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: zoner }] } },
  {
    ignores: [
      ".next/**",
      ".next-test/**",
      "lib/db/generated/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
