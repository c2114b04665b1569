import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports run one way: app → domain (lib/<domän>) → platform (lib/utskick, lib/sakerhet, …).
const FRAN_APP = { regex: "^(@/app|(\\.\\./)+app)(/|$)", message: "lib/ importerar inte från app/: sidan anropar lib, aldrig tvärtom." };
const FRAN_DOMAN = {
  regex: "^(@/lib/|(\\.\\./)+)(synpunkter|insatser|innehall|skolor|auth|anvandare|forstarkningsomraden|program|sok)(/|$)",
  message: "Plattformen (lib/utskick, lib/sakerhet) importerar ingen domän: ta emot det domänspecifika som argument.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  { files: ["lib/**"], rules: { "no-restricted-imports": ["error", { patterns: [FRAN_APP] }] } },
  { files: ["lib/utskick/**", "lib/sakerhet/**"], rules: { "no-restricted-imports": ["error", { patterns: [FRAN_APP, FRAN_DOMAN] }] } },
  { ignores: [".next/**", ".next-test/**", "lib/db/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
