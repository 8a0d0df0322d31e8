/** Everything a command may touch of the outside world: src/cli/io.ts passes the real one, tests a fake. */
export interface FileStat {
  kind: 'file' | 'directory' | 'other';
  size: number;
}

export interface Choice {
  value: string;
  name: string;
}

/** Questions on the terminal; only asked when stdin is one (stdinIsTTY). Ctrl-C rejects with an ExitPromptError. */
export interface Prompter {
  /** A line of text; `validate` says what is wrong (or true) as the user types and on Enter. */
  input(q: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
  /** One of the choices `source` suggests for what has been typed so far. */
  search(q: { message: string; source: (term: string) => readonly Choice[] }): Promise<string>;
}

/** One file of a batch that is written all or nothing (IO.writeFiles). */
export interface FileWrite {
  path: string;
  data: string | Uint8Array;
  /** The bytes the target must still hold (an edit of a file that was read). */
  unchanged?: Uint8Array;
  /** The target did not exist when it was read: it must still not exist (a file someone else created meanwhile is never overwritten). */
  absent?: true;
}

export interface IO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Atomic: a temporary file beside the target, then rename. With `unchanged`, the target must still
   * hold exactly those bytes just before the rename (else nothing is written and the error has code
   * ECHANGED): an edit never overwrites what someone else saved meanwhile.
   */
  writeFile(path: string, data: string | Uint8Array, unchanged?: Uint8Array): Promise<void>;
  /**
   * All or nothing: every file is staged beside its target and every `unchanged` compared before the
   * first rename, so a target that cannot be written (or changed meanwhile) leaves every file as it
   * was. The error names the failing target in `target`.
   */
  writeFiles(writes: readonly FileWrite[]): Promise<void>;
  /** Plain append, for files other tools own (GITHUB_STEP_SUMMARY). */
  appendFile(path: string, data: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  stat(path: string): Promise<FileStat | undefined>;
  /** Identifies the file a path leads to (device and inode on disk), so two spellings of one file compare equal; undefined if there is none. */
  fileId(path: string): Promise<string | undefined>;
  readDir(path: string): Promise<string[]>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  prompt: Prompter;
  /** The real date, only used when --today is not given. */
  today(): string;
}
