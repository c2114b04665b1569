// What other domains may use of insatser: the statuses' Swedish labels (Bevaka's mails name the
// new status). The rest of the folder is insatser's own.
export { statusEtikett } from "./status";
