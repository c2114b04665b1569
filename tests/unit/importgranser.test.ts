// The import rule in eslint.config.mjs, run through ESLint itself on small made-up files, so that
// a change to the config, the plugin or the resolver cannot quietly turn it off.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const rot = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: rot });

/** The import-rule errors for a file at `fil` (relative to the project) that imports `fran`. */
async function brott(fil: string, fran: string): Promise<string[]> {
  const [resultat] = await eslint.lintText(`import * as x from "${fran}";\nexport default x;\n`, { filePath: path.join(rot, fil) });
  return resultat.messages.filter((m) => m.ruleId === "import/no-restricted-paths" || m.fatal).map((m) => m.message);
}

describe("the import rule between the layers", () => {
  it("stops a domain reaching into another domain's files, by alias or relative path", async () => {
    expect(await brott("lib/insatser/x.ts", "@/lib/synpunkter/statistik")).toEqual([
      expect.stringContaining("En domän når inte in i en annan"),
    ]);
    expect(await brott("lib/insatser/x.ts", "../synpunkter/statistik")).toHaveLength(1);
    expect(await brott("lib/innehall/typer/x.ts", "../../skolor/pilot")).toHaveLength(1);
  });

  it("lets a domain use another domain's public entry, the platform and its own files", async () => {
    expect(await brott("lib/insatser/x.ts", "@/lib/skolor")).toEqual([]);
    expect(await brott("lib/insatser/x.ts", "../skolor/index")).toEqual([]);
    expect(await brott("lib/insatser/x.ts", "../auth/permissions")).toEqual([]);
    expect(await brott("lib/insatser/x.ts", "@/lib/db")).toEqual([]);
    expect(await brott("lib/insatser/x.ts", "./status")).toEqual([]);
  });

  it("stops lib/ importing from app/", async () => {
    expect(await brott("lib/skolor/x.ts", "@/app/layout")).toEqual([expect.stringContaining("lib/ importerar inte från app/")]);
    expect(await brott("lib/cache.ts", "../app/layout")).toHaveLength(1);
  });

  it("stops the platform importing a domain", async () => {
    expect(await brott("lib/utskick/x.ts", "../synpunkter/nyckel")).toEqual([
      expect.stringContaining("Plattformen importerar ingen domän"),
    ]);
    expect(await brott("lib/auth/x.ts", "@/lib/anvandare/konton")).toHaveLength(1);
    expect(await brott("lib/text.ts", "./skolor")).toHaveLength(1);
  });

  it("lets only the composition import the jobs, and the jobs import domains", async () => {
    expect(await brott("lib/synpunkter/x.ts", "../jobb")).toEqual([expect.stringContaining("Jobben, uppstarten och utskicksmallarna")]);
    expect(await brott("lib/utskick/x.ts", "@/lib/utskicksmallar")).toHaveLength(1);
    expect(await brott("lib/jobb/x.ts", "../synpunkter/gallring")).toEqual([]);
    expect(await brott("lib/startup.ts", "./jobb")).toEqual([]);
  });
});
