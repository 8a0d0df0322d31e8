"""Runs a command in a real pseudo-terminal and answers its prompts, as a person at a keyboard would.

python3 terminal.py CWD STEPS_JSON -- COMMAND...   STEPS_JSON: [[pattern, keys], ...]; waits until the
screen (ANSI codes removed) shows `pattern` after the previous match, then types `keys`. Prints
{"code": exit code, "screen": everything shown} as JSON. Only the standard library: nothing to install.
"""
import json
import os
import pty
import re
import select
import sys
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>]")


def main():
    cwd, steps = sys.argv[1], json.loads(sys.argv[2])
    command = sys.argv[sys.argv.index("--") + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execvp(command[0], command)
    raw = b""
    seen = 0

    def read(timeout):
        nonlocal raw
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return None
        if not chunk:
            return None
        raw += chunk
        return True

    for pattern, keys in steps:
        deadline = time.time() + 20
        while True:
            screen = ANSI.sub("", raw.decode("utf-8", "replace"))
            found = re.search(pattern, screen[seen:])
            if found:
                seen += found.end()
                break
            if time.time() > deadline or read(0.2) is None:
                print(json.dumps({"code": None, "screen": screen, "waiting_for": pattern}))
                os.kill(pid, 9)
                return
        time.sleep(0.05)
        os.write(fd, keys.encode("utf-8"))
    while read(5) is not None:
        pass
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"code": code, "screen": ANSI.sub("", raw.decode("utf-8", "replace"))}))


main()
