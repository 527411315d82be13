#!/usr/bin/python3
"""
LibreOffice's cost for workbooks, measured inside one soffice process through UNO (python3-uno), so that neither
the process's start nor the CSV export is counted and the machine's other work counts as little as it can:

  open      CPU seconds to open the .xlsx (LibreOffice computes every formula without a cached result as it loads)
  recalc    CPU seconds of a full recalculation of the open document (calculateAll: what Excel does with Ctrl+Alt+F9
            and what a workbook pays when our write changes the tables every report reads)

Usage: libreofficeRecalc.py RUNS FILE... ; prints JSON {file: {"open": [..], "recalc": [..]}}, RUNS values each,
CPU seconds of the soffice.bin process (user + system, from /proc), sorted ascending.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def cpu_seconds(pid):
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def office_pid(pipe):
    """soffice is a script that starts soffice.bin: find the process that listens on our pipe."""
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open(f'/proc/{entry}/cmdline', 'rb') as f:
                cmd = f.read().decode(errors='replace')
        except OSError:
            continue
        if 'soffice.bin' in cmd and pipe in cmd:
            return int(entry)
    return None


def main():
    runs = int(sys.argv[1])
    files = sys.argv[2:]
    profile = tempfile.mkdtemp(prefix='iop-bench-uno-')
    pipe = f'iopbench{os.getpid()}'
    proc = subprocess.Popen(
        ['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--invisible', '--norestore', '--nologo',
         f'--accept=pipe,name={pipe};urp;'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    ctx = None
    for _ in range(1200):
        try:
            ctx = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
            break
        except Exception:
            time.sleep(0.1)
    if ctx is None:
        raise SystemExit('LibreOffice did not start')
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    pid = office_pid(pipe)
    if pid is None:
        raise SystemExit('soffice.bin not found')
    result = {}
    try:
        for path in files:
            url = uno.systemPathToFileUrl(os.path.abspath(path))
            opened, recalculated = [], []
            for _ in range(runs):
                before = cpu_seconds(pid)
                doc = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
                opened.append(cpu_seconds(pid) - before)
                before = cpu_seconds(pid)
                doc.calculateAll()
                recalculated.append(cpu_seconds(pid) - before)
                doc.close(True)
            result[path] = {'open': sorted(opened), 'recalc': sorted(recalculated)}
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        proc.wait(timeout=120)
    print(json.dumps(result))


main()
