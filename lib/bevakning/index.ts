// What other domains may use of Bevaka: queueing a change note for the subscribers of an insats,
// a förstärkningsområde or a school, in the caller's transaction.
export { koaAndring } from "./utskick";
