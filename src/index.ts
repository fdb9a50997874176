// `npm start`: turns on Node's compile cache, then starts the bot (src/start.ts). Most of a cold
// start is compiling the ~1,200 modules the Bot Framework SDK loads; with the cache a restart reuses
// the compiled code (in the OS temp folder, or NODE_COMPILE_CACHE) and answers its first question
// sooner. Static imports would load everything before this line runs, hence the dynamic import.
import module from 'node:module';

module.enableCompileCache?.();
await import('./start.js');
