# The client of the socketserver.TCPServer example (Python docs, Doc/library/socketserver.rst).
# Only change: the port is the first argument, the data the rest (tests run several at once).
import socket
import sys

HOST, PORT = "localhost", int(sys.argv[1])
data = " ".join(sys.argv[2:])

# Create a socket (SOCK_STREAM means a TCP socket)
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
    # Connect to server and send data
    sock.connect((HOST, PORT))
    sock.sendall(bytes(data + "\n", "utf-8"))

    # Receive data from the server and shut down
    received = str(sock.recv(1024), "utf-8")

print("Sent:     {}".format(data))
print("Received: {}".format(received))
