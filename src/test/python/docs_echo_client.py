# Echo client program
#
# The Python docs' example (Doc/library/socket.rst, "Example"), line for line, except that it
# connects to loopback and takes its port from the command line. Ported to Java in
# src/test/java/dev/jnasocket/DocsEchoClient.java.
import socket
import sys

HOST = '127.0.0.1'        # The remote host
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 50007  # The same port as used by the server
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.connect((HOST, PORT))
    s.sendall(b'Hello, world')
    data = s.recv(1024)
print('Received', repr(data))
