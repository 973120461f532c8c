# UDP upper-case client: sends each word, waits half a second for the answer, retries twice.
# The second program of native-docs/porting.md; ported to Java in
# src/test/java/dev/jnasocket/UdpUpperClient.java.
import socket
import sys

HOST = '127.0.0.1'
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 50008
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.settimeout(0.5)
    for word in [b'hello', b'caf\xc3\xa9', b"it's"]:
        for attempt in range(3):
            s.sendto(word, (HOST, PORT))
            try:
                data, addr = s.recvfrom(1024)
            except socket.timeout:
                print('No answer, trying again')
                continue
            print('Sent', repr(word), 'got', repr(data), 'from', addr)
            break
    s.sendto(b'quit', (HOST, PORT))
