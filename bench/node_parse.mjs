// Baseline: the npm whatsapp-chat-parser on the same file, timed the same way (parse only).
import { readFileSync } from 'node:fs';
import { parseString } from 'whatsapp-chat-parser';

const text = readFileSync(process.argv[2], 'utf8');
const start = process.hrtime.bigint();
const messages = parseString(text, { daysFirst: true });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`node messages: ${messages.length}`);
console.log(`node seconds: ${seconds.toFixed(3)}`);
console.log(`node rate: ${Math.round(messages.length / seconds)} msg/s`);
console.log(`node peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
