import { StartsidansVersion, startsidansVersionMetadata } from "../startsidans-sprakversion";

// The start page in English, made on its first request and kept in the page cache.
export const generateMetadata = () => startsidansVersionMetadata("en");

export default function Page() {
  return <StartsidansVersion sprak="en" />;
}
