# A request/response protocol framed with struct: each message is a fixed 8-byte header,
# network order (version: B, kind: B, sequence: H, body length: I), then the body.
# The server answers each request with the body upper-cased, until the client closes.
# Usage: struct_framed_server.py [PORT]
import socket
import struct
import sys

HEADER = struct.Struct("!BBHI")
REQUEST, RESPONSE = 1, 2


def recv_exactly(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


HOST, PORT = "localhost", int(sys.argv[1]) if len(sys.argv) > 1 else 50009
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((HOST, PORT))
    s.listen(1)
    conn, addr = s.accept()
    with conn:
        while True:
            header = recv_exactly(conn, HEADER.size)
            if header is None:
                break
            version, kind, seq, length = HEADER.unpack(header)
            body = recv_exactly(conn, length)
            print("request", seq, "kind", kind, "length", length, repr(body))
            reply = body.upper()
            conn.sendall(HEADER.pack(version, RESPONSE, seq, len(reply)) + reply)
    print("done")
