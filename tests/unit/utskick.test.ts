import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { brevTillMejl, utskicksmapp } from "@/lib/utskick";

describe("where mails go without SMTP", () => {
  const fore = process.env.UTSKICK_MAPP;
  afterEach(() => {
    if (fore === undefined) delete process.env.UTSKICK_MAPP;
    else process.env.UTSKICK_MAPP = fore;
  });

  it("uses UTSKICK_MAPP when set (npm start sets it to the project's .data/utskick), whatever the working folder", () => {
    process.env.UTSKICK_MAPP = path.join(path.sep, "projekt", ".data", "utskick");
    expect(utskicksmapp()).toBe(path.join(path.sep, "projekt", ".data", "utskick"));
  });

  it("falls back to .data/utskick under the working folder (next dev)", () => {
    delete process.env.UTSKICK_MAPP;
    expect(utskicksmapp()).toBe(path.resolve(".data", "utskick"));
  });
});

describe("the mail nodemailer is given", () => {
  it("a notification asks nodemailer for List-Unsubscribe and List-Unsubscribe-Post; other mail has neither", () => {
    const url = "https://grundskola.example/api/avregistrera/abc.def";
    expect(brevTillMejl({ till: "a@exempel.se", amne: "Ämne", text: "Text", avregistrera: url })).toMatchObject({
      list: { unsubscribe: url },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    const vanligt = brevTillMejl({ till: "a@exempel.se", amne: "Ämne", text: "Text" });
    expect(vanligt).not.toHaveProperty("list");
    expect(vanligt).not.toHaveProperty("headers");
  });
});
