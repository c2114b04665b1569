// What the insatser offer the other domains.
export { KOPPLINGSTROSKEL, offentligtAntal } from "./kopplingstroskel";
