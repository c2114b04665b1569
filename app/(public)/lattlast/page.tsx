import { StartsidansVersion, startsidansVersionMetadata } from "../startsidans-sprakversion";

// The start page in lättläst svenska, made on its first request and kept in the page cache.
export const generateMetadata = () => startsidansVersionMetadata("lattlast");

export default function Page() {
  return <StartsidansVersion sprak="lattlast" />;
}
