// Sets up what bench/peer.sh measures: a mediation room with 100 threaded messages, as the
// peer's thread has 100 posts. Prints the room's path and its mediator's cookie as shell
// assignments.
//
//   node bench/peer.mjs BASE_URL MAIL_DIR DATABASE_FILE KENES_BIN
import { roomWithMessages } from './lib.mjs';

const [base, mailDir, dbFile, bin] = process.argv.slice(2);
const { mediator, room } = await roomWithMessages(base, mailDir, bin, dbFile, 100);
console.log(`ROOM='${room}'`);
console.log(`COOKIE='${mediator.cookie()}'`);
