# GeneralModuleTests of CPython's Lib/test/test_socket.py: module-level conversions.
# Each function has a Java twin of the same name in SocketGeneralParityTest.
import socket


def GeneralModuleTests_testNtoH():
    for x in (0, 1, 0x1234, 0xffff):
        print(x, socket.htons(x), socket.ntohs(x))
    for x in (0, 1, 0x12345678, 0xffffffff):
        print(x, socket.htonl(x), socket.ntohl(x))


def GeneralModuleTests_testIPv4toString():
    for s in ("0.0.0.0", "1.0.1.0", "170.85.170.85", "255.255.255.255"):
        print(socket.inet_ntoa(socket.inet_aton(s)), socket.inet_aton(s).hex())


def GeneralModuleTests_testNtoHErrors():
    socket.htons(-1)
