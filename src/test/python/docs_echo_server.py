# Echo server program
#
# The Python docs' example (Doc/library/socket.rst, "Example"), line for line, except that it
# listens on loopback only and takes its port from the command line, so that tests do not
# collide. Ported to Java in src/test/java/dev/jnasocket/DocsEchoServer.java.
import socket
import sys

HOST = '127.0.0.1'        # Loopback only (the docs use '', all available interfaces)
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 50007  # Arbitrary non-privileged port
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.bind((HOST, PORT))
    s.listen(1)
    conn, addr = s.accept()
    with conn:
        print('Connected by', addr)
        while True:
            data = conn.recv(1024)
            if not data: break
            conn.sendall(data)
