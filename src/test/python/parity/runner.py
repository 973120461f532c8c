"""Runs the CPython half of a parity scenario file for ParityTest.

python3 runner.py FILE.py: imports FILE.py and calls each function defined there whose name does
not start with "_" (helpers do), in the order they are defined. Before each it prints "### name"; an exception that
escapes a scenario prints "!!! Kind: message", where Kind is the exception's class name, except
that ValueError, TypeError and OverflowError (which the Java layer raises as
IllegalArgumentException with Python's message) print as "ArgumentError". Each scenario has at
most ten seconds (SIGALRM), so a hung one cannot hang the suite.
"""
import importlib.util
import os
import signal
import sys

ARGUMENT_ERRORS = (ValueError, TypeError, OverflowError)


def kind(e):
    if isinstance(e, ARGUMENT_ERRORS) and not isinstance(e, OSError):
        return "ArgumentError"
    return type(e).__name__


def alarm(signum, frame):
    raise RuntimeError("scenario took more than 10 s")


def main(path):
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    spec = importlib.util.spec_from_file_location("scenarios", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    signal.signal(signal.SIGALRM, alarm)
    for name, fn in list(vars(module).items()):
        if name.startswith("_") or not callable(fn) or getattr(fn, "__module__", None) != module.__name__:
            continue
        print("### " + name, flush=True)
        signal.alarm(10)
        try:
            fn()
        except BaseException as e:  # a scenario's escaping exception is part of what it prints
            print("!!! %s: %s" % (kind(e), e), flush=True)
        finally:
            signal.alarm(0)
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
