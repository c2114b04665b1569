import { describe, expect, it } from "vitest";
import { utskickPerKorning } from "@/lib/utskick";

describe("the outbox's sending rate", () => {
  it("is 20 mails per run without UTSKICK_PER_MINUT", () => {
    expect(utskickPerKorning(undefined, 15)).toBe(20);
    expect(utskickPerKorning("", 1)).toBe(20);
  });

  it("spreads UTSKICK_PER_MINUT over the runs of a minute, at least one per run", () => {
    expect(utskickPerKorning("120", 15)).toBe(30);
    expect(utskickPerKorning("30", 1)).toBe(1);
    expect(utskickPerKorning("600", 10)).toBe(100);
  });
});
