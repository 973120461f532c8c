# A blocking accept loop, then a blocking recv, each inside try/except KeyboardInterrupt:
# Ctrl-C twice; the program goes on after each and ends with its own exit status.
import socket
import sys

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("localhost", int(sys.argv[1])))
s.listen()
print("listening", flush=True)
try:
    while True:
        conn, addr = s.accept()
        conn.close()
except KeyboardInterrupt as e:
    print("interrupted in accept", repr(e), "|" + str(e) + "|")
s.close()
a, b = socket.socketpair()
print("receiving", flush=True)
try:
    a.recv(10)
except KeyboardInterrupt:
    print("interrupted in recv")
b.sendall(b"still works")
print(a.recv(100))
sys.exit(3)
