import type { Lang } from '../i18n/index.js';
import type { IO } from './io.js';

/** Global options every command receives, already resolved from flags and environment. */
export interface GlobalOptions {
  lang: Lang;
  color: boolean;
  /** `--today` or the real date: the only way a command learns the date. */
  today: string;
  quiet: boolean;
  debug: boolean;
  version: string;
}

export interface CommandContext {
  io: IO;
  global: GlobalOptions;
}
