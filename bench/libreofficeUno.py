"""One headless LibreOffice driven through UNO (python3-uno) for the bench's scripts, and its CPU time."""
import os
import subprocess
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
    """User + system CPU seconds of a process so far, from /proc."""
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def start_office(name):
    """Starts soffice with a fresh profile listening on a pipe; returns (desktop, soffice.bin's pid, process)."""
    profile = tempfile.mkdtemp(prefix=f'iop-{name}-')
    pipe = f'iop{name}{os.getpid()}'
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
    # soffice is a script that starts soffice.bin: the process that listens on our pipe is the one to time.
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open(f'/proc/{entry}/cmdline', 'rb') as f:
                cmd = f.read().decode(errors='replace')
        except OSError:
            continue
        if 'soffice.bin' in cmd and pipe in cmd:
            return desktop, int(entry), proc
    raise SystemExit('soffice.bin not found')


def stop_office(desktop, proc):
    try:
        desktop.terminate()
    except Exception:
        pass
    proc.wait(timeout=120)
