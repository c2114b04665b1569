import { cachad, taggar } from "../cache";
import { db } from "../db";
import { diariet, type Diariefilter } from "./diarium";

/** The public diarium's page, masked before it is cached; expired by every write that changes a case's public fields. */
export const getDiarium = cachad(
  "diarium",
  (filter: Diariefilter) => diariet(db, filter),
  () => [taggar.diarium],
);
