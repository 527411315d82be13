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
import sys

import uno

from libreofficeUno import cpu_seconds, prop, start_office, stop_office


def main():
    runs = int(sys.argv[1])
    files = sys.argv[2:]
    desktop, pid, proc = start_office('recalc')
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
        stop_office(desktop, proc)
    print(json.dumps(result))


main()
