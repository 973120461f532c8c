# try: server.serve_forever() except KeyboardInterrupt: the socketserver idiom, Ctrl-C once.
import socketserver
import sys


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        pass


server = socketserver.TCPServer(("localhost", int(sys.argv[1])), Handler)
print("serving", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
finally:
    server.server_close()
print("bye")
