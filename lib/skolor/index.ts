// What other domains may use of skolor: the names of the stadsområden and a pilot school's steps
// ("Så går det" counts insatser by both). The rest of the folder is skolor's own.
export { stadsomraden } from "./stadsomrade";
export { PILOTSTEG, pilotstegEtikett } from "./pilot";
