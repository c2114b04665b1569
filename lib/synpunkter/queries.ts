import { unstable_cache } from "next/cache";
import { REVALIDATE_SECONDS, tags } from "../cache";
import { db } from "../db";
import { diariet, type Diariefilter } from "./diarium";

/** The public diarium's page, masked before it is cached; expired by every write that changes a case's public fields. */
export const getDiarium = unstable_cache((filter: Diariefilter) => diariet(db, filter), ["diarium"], {
  tags: [tags.diarium],
  revalidate: REVALIDATE_SECONDS,
});
