// What insatser offer the other domains: the statuses' Swedish labels (Bevaka's mails name the
// new status) and the threshold for showing linked synpunkter ("Ni sa – vi gjorde"). The rest of
// the folder is insatser's own.
export { statusEtikett } from "./status";
export { KOPPLINGSTROSKEL, offentligtAntal } from "./kopplingstroskel";
