# Host names through the IDNA codec before libc sees them (CPython's GeneralModuleTests.test_idna,
# without the Internet: only names that /etc/hosts or AI_NUMERICHOST answer on this machine).
# Each function has a Java twin of the same name in IdnaParityTest.
import socket


def _show(label, fn):
    try:
        r = fn()
    except Exception as e:
        kind = "ArgumentError" if isinstance(e, (ValueError, TypeError, OverflowError)) and not isinstance(e, OSError) else type(e).__name__
        print(label, "!!", kind, e)
    else:
        print(label, repr(r))


# Full-width letters: nameprep maps them to "localhost".
WIDE = "\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54"


def GeneralModuleTests_test_idna_local():
    _show("getaddrinfo", lambda: [ai[4] for ai in socket.getaddrinfo(WIDE, 80, socket.AF_INET, socket.SOCK_STREAM)])
    _show("gethostbyname", lambda: socket.gethostbyname(WIDE))

    def bind():
        with socket.socket() as s:
            s.bind((WIDE, 0))
            return s.getsockname()[0]
    _show("bind", bind)
    # Encoded, then not looked up: libc says the text is not a numeric address.
    _show("numeric", lambda: socket.getaddrinfo("b\u00fccher", 80, 0, 0, 0, socket.AI_NUMERICHOST))


def GeneralModuleTests_test_idna_errors():
    for host in ["a" * 64 + "\u00fc", "\u00fc..com", ".\u00fc", "x" * 300 + "\u00fc", "\u00fc" * 70]:
        _show(repr(host[:3]), lambda: socket.getaddrinfo(host, 80, 0, 0, 0, socket.AI_NUMERICHOST))

        def bind():
            with socket.socket() as s:
                s.bind((host, 0))
        _show(repr(host[:3]) + " bind", bind)
