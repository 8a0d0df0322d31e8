/** Everything a command may touch of the outside world: src/cli/io.ts passes the real one, tests a fake. */
export interface FileStat {
  kind: 'file' | 'directory' | 'other';
  size: number;
}

export interface IO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Atomic: a temporary file beside the target, then rename. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
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
  /** The real date, only used when --today is not given. */
  today(): string;
}
