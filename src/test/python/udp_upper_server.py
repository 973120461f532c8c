# UDP upper-case server: answers each datagram with its bytes upper-cased, stops on b'quit'.
# The second program of native-docs/porting.md; ported to Java in
# src/test/java/dev/jnasocket/UdpUpperServer.java.
import socket
import sys

HOST = '127.0.0.1'
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 50008
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.bind((HOST, PORT))
    while True:
        data, addr = s.recvfrom(1024)
        if data == b'quit':
            break
        print('From', addr, 'got', repr(data))
        s.sendto(data.upper(), addr)
