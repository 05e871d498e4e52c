/** `node --import ./register.ts`: installs hooks.ts before the shell loads. */
import { register } from 'node:module';

register('./hooks.ts', import.meta.url);
