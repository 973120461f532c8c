# The selectors echo server (Python docs, Doc/library/selectors.rst, "Examples").
# Only changes: the port may be given as the first argument, and the server stops after the
# number of connections given as the second argument (the original runs forever).
import selectors
import socket
import sys

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 1234
STOP_AFTER = int(sys.argv[2]) if len(sys.argv) > 2 else None
closed = 0

sel = selectors.DefaultSelector()

def accept(sock, mask):
    conn, addr = sock.accept()  # Should be ready
    print('accepted', conn, 'from', addr)
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)

def read(conn, mask):
    global closed
    data = conn.recv(1000)  # Should be ready
    if data:
        print('echoing', repr(data), 'to', conn)
        conn.send(data)  # Hope it won't block
    else:
        print('closing', conn)
        sel.unregister(conn)
        conn.close()
        closed += 1

sock = socket.socket()
sock.bind(('localhost', PORT))
sock.listen(100)
sock.setblocking(False)
sel.register(sock, selectors.EVENT_READ, accept)

while STOP_AFTER is None or closed < STOP_AFTER:
    events = sel.select()
    for key, mask in events:
        callback = key.data
        callback(key.fileobj, mask)
