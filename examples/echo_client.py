# Echo client program (Python docs, Doc/library/socket.rst, "Example": the IPv4-only pair).
# Only changes: HOST is localhost, and the port may be given as the first argument.
import socket
import sys

HOST = 'localhost'        # The remote host
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 50007  # The same port as used by the server
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.connect((HOST, PORT))
    s.sendall(b'Hello, world')
    data = s.recv(1024)
print('Received', repr(data))
