#!/usr/bin/python3
"""
How LibreOffice's lookups grow: N formulas, each looking up one key among 3 N rows (SUMIFS, COUNTIFS, SUMIF,
MATCH), for N = 1 000 and 10 000; CPU seconds of a full recalculation (calculateAll) in one soffice process. Ten
times the rows taking a hundred times as long means the function reads the whole range for every formula (no
index), so any formula that sums an agreement's rows of another table grows with agreements × rows.

Usage: /usr/bin/python3 bench/libreofficeLookups.py   (needs soffice and python3-uno)
"""
from libreofficeUno import cpu_seconds, prop, start_office, stop_office


def measure(desktop, pid, n, key, formula):
    doc = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, (prop('Hidden', True),))
    sheet = doc.Sheets.getByIndex(0)
    m = 3 * n
    # Rows in A:B (key, amount) in an order unrelated to the keys, the keys looked up in D, the formulas in E.
    sheet.getCellRangeByName(f'A1:B{m}').setDataArray(tuple((key((i * 7919) % n), float(i % 97)) for i in range(m)))
    sheet.getCellRangeByName(f'D1:D{n}').setDataArray(tuple((key(i),) for i in range(n)))
    sheet.getCellRangeByName(f'E1:E{n}').setFormulaArray(tuple((formula(r + 1, m),) for r in range(n)))
    before = cpu_seconds(pid)
    doc.calculateAll()
    seconds = cpu_seconds(pid) - before
    doc.close(True)
    return seconds


def main():
    desktop, pid, proc = start_office('lookups')
    number = lambda i: float(i + 1)
    label = lambda i: 'A-%05d' % i
    cases = [
        ('SUMIFS, one criterion (number)', number, lambda r, m: f'=SUMIFS($B$1:$B${m};$A$1:$A${m};D{r})'),
        ('SUMIFS, one criterion (text)', label, lambda r, m: f'=SUMIFS($B$1:$B${m};$A$1:$A${m};D{r})'),
        ('SUMIFS, two criteria', number, lambda r, m: f'=SUMIFS($B$1:$B${m};$A$1:$A${m};D{r};$B$1:$B${m};">0")'),
        ('COUNTIFS', number, lambda r, m: f'=COUNTIFS($A$1:$A${m};D{r})'),
        ('SUMIF', number, lambda r, m: f'=SUMIF($A$1:$A${m};D{r};$B$1:$B${m})'),
        ('MATCH exact (text)', label, lambda r, m: f'=MATCH(D{r};$A$1:$A${m};0)'),
    ]
    try:
        print(f"{'function':34s} {'N=1 000':>9s} {'N=10 000':>9s} {'ratio':>7s}")
        for name, key, formula in cases:
            small = measure(desktop, pid, 1000, key, formula)
            large = measure(desktop, pid, 10000, key, formula)
            print(f'{name:34s} {small:8.2f}s {large:8.2f}s {large / max(small, 0.01):6.0f}×', flush=True)
    finally:
        stop_office(desktop, proc)


main()
