// Stands in for an npm script whose feature a later issue delivers:
//   node scripts/not-yet.mjs NAME "reason"
const [name = 'this script', reason = 'it arrives with a later issue'] = process.argv.slice(2);
console.error(`npm run ${name} is not available yet: ${reason}`);
process.exit(1);
