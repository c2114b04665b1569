import { describe, expect, it } from "vitest";
import { text } from "@/lib/text";

describe("text from a form", () => {
  it("drops control characters and makes every line break a line feed", () => {
    expect(text().parse("Hej!\r\n\r\nRad två\rRad tre\u0000\u0007\tslut")).toBe("Hej!\n\nRad två\nRad tre\tslut");
  });
  it("applies the line feeds before the length rule", () => {
    expect(text().max(3).safeParse("a\r\nb").success).toBe(true);
  });
});
