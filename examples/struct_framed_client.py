# The client of struct_framed_server.py: sends three requests, prints each response.
# Usage: struct_framed_client.py PORT
import socket
import struct
import sys

HEADER = struct.Struct("!BBHI")
REQUEST = 1


def recv_exactly(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise ConnectionError("connection closed after %d of %d bytes" % (len(data), n))
        data += chunk
    return data


HOST, PORT = "localhost", int(sys.argv[1])
with socket.create_connection((HOST, PORT)) as s:
    for seq, text in enumerate(["hello", "caf\u00e9 au lait", ""], start=1):
        body = text.encode("utf-8")
        s.sendall(HEADER.pack(1, REQUEST, seq, len(body)) + body)
        version, kind, rseq, length = HEADER.unpack(recv_exactly(s, HEADER.size))
        reply = recv_exactly(s, length)
        print("response", rseq, "kind", kind, "version", version, repr(reply), reply.decode("utf-8"))
