# Echo client program (Python docs, Doc/library/socket.rst, "Example": the IPv4/IPv6 pair).
# Only changes: HOST is localhost, and the port may be given as the first argument.
import socket
import sys

HOST = 'localhost'        # The remote host
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 50007  # The same port as used by the server
s = None
for res in socket.getaddrinfo(HOST, PORT, socket.AF_UNSPEC, socket.SOCK_STREAM):
    af, socktype, proto, canonname, sa = res
    try:
        s = socket.socket(af, socktype, proto)
    except OSError as msg:
        s = None
        continue
    try:
        s.connect(sa)
    except OSError as msg:
        s.close()
        s = None
        continue
    break
if s is None:
    print('could not open socket')
    sys.exit(1)
with s:
    s.sendall(b'Hello, world')
    data = s.recv(1024)
print('Received', repr(data))
