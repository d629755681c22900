#!/usr/bin/env python3
"""The map of src/ holds: one room calls the kernel, and each library includes only what lies below it.

  check_layers.py SRC_DIR    prints each breach as FILE:LINE: what, and exits 1 when there is any.

Rules (docs/ARCHITECTURE.md):
  - the IPC and shared-memory calls are made only in src/core/kernel/ (so that each call's C text is written
    once, and the call log sees every call);
  - src/core includes no header of src/cli or src/app, and nothing of Qt but Qt Core;
  - src/cli includes no header of src/app, and nothing of Qt but Qt Core (it runs without a display);
  - src/demo (shmdemo) is core's alone.
Comments and string literals are blanked before looking, so a comment that names shmat() is no call.
"""
import os
import re
import sys

KERNEL_CALLS = ("shmget", "shmat", "shmdt", "shmctl", "semget", "semctl", "semop", "semtimedop", "msgget",
                "msgctl", "msgsnd", "msgrcv", "shm_open", "shm_unlink", "memfd_create", "setns",
                "process_vm_readv", "process_vm_writev", "mincore")
CALL = re.compile(r"(?<![\w.>:])(?:::)?(" + "|".join(KERNEL_CALLS) + r")\s*\(")
INCLUDE = re.compile(r'#\s*include\s*([<"])([^>"]+)[>"]')
# Qt modules a library below the window may use: Qt Core only.
QT_CORE_ONLY = re.compile(r"^(QtWidgets|QtGui|QtConcurrent)/|^Q(Application|Widget|Painter|Font|Color|Pixmap|"
                          r"Image|Icon|Action|Dialog|MainWindow|GuiApplication|Palette|Accessible)\b")


def blank(text):
    """The text with comments and string/char literals replaced by spaces, line breaks kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == '"' and text[max(0, i - 1)] == "R":  # R"(...)" raw strings: up to )"
            j = text.find(')"', i)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (j + 1 - i))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "src")
    breaches = []
    files = 0
    for folder, _, names in os.walk(src):
        for name in sorted(names):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, src)
            room = rel.split(os.sep)[0]
            files += 1
            with open(path, encoding="utf-8") as f:
                text = f.read()
            code = blank(text)
            for number, line in enumerate(code.split("\n"), 1):
                if not rel.startswith(os.path.join("core", "kernel") + os.sep):
                    for call in CALL.finditer(line):
                        breaches.append(f"{rel}:{number}: calls {call.group(1)}() outside src/core/kernel/")
            for number, line in enumerate(text.split("\n"), 1):
                m = INCLUDE.search(line)
                if not m:
                    continue
                header = m.group(2)
                if room in ("core", "cli", "demo"):
                    forbidden = {"core": ("app/", "cli/"), "cli": ("app/",), "demo": ("app/", "cli/")}[room]
                    if m.group(1) == '"' and header.startswith(forbidden):
                        breaches.append(f"{rel}:{number}: {room} includes {header}")
                    if m.group(1) == "<" and QT_CORE_ONLY.search(header):
                        breaches.append(f"{rel}:{number}: {room} includes {header}, which is not Qt Core")
    for breach in breaches:
        print(breach)
    print(f"{files} files checked, {len(breaches)} breach(es)")
    return 1 if breaches or files == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
