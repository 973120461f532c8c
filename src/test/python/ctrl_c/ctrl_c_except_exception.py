# except Exception does not catch KeyboardInterrupt: Ctrl-C in accept ends the program
# (exit status 130 seen from the shell, the traceback on stderr), after its finally block.
import socket
import sys

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("localhost", int(sys.argv[1])))
s.listen()
print("listening", flush=True)
try:
    s.accept()
except Exception as e:
    print("wrongly caught", e)
finally:
    print("finally runs")
