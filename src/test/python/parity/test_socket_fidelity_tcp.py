# BasicTCPTest and BasicUDPTest of CPython's Lib/test/test_socket.py on a loopback connection
# made in each scenario (no threads: the writes fit the kernel's buffers). Each function has a Java
# twin of the same name in SocketFidelityTcpParityTest.
import socket

MSG = b"Michael Gilfix was here\xe1\x88\xb4\r\n"


def _pair():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    cli = socket.create_connection(srv.getsockname())
    conn, addr = srv.accept()
    srv.close()
    return cli, conn


def BasicTCPTest_testRecv():
    cli, conn = _pair()
    with cli, conn:
        cli.sendall(MSG)
        print(conn.recv(1024) == MSG)


def BasicTCPTest_testOverFlowRecv():
    cli, conn = _pair()
    with cli, conn:
        cli.sendall(MSG)
        seg1 = conn.recv(len(MSG) - 3)
        seg2 = conn.recv(1024)
        print(seg1 + seg2 == MSG, len(seg1))


def BasicTCPTest_testRecvFrom():
    cli, conn = _pair()
    with cli, conn:
        cli.sendall(MSG)
        data, addr = conn.recvfrom(1024)
        print(data == MSG, addr)


def BasicTCPTest_testOverFlowRecvFrom():
    cli, conn = _pair()
    with cli, conn:
        cli.sendall(MSG)
        seg1, addr = conn.recvfrom(len(MSG) - 3)
        seg2, addr = conn.recvfrom(1024)
        print(seg1 + seg2 == MSG, addr)


def BasicTCPTest_testSendAll():
    cli, conn = _pair()
    with cli, conn:
        big = b"f" * 1024 * 64
        cli.sendall(big)
        cli.shutdown(socket.SHUT_WR)
        got = b""
        while True:
            read = conn.recv(4096)
            if not read:
                break
            got += read
        print(len(got), got == big)


def BasicTCPTest_testShutdown():
    cli, conn = _pair()
    with cli, conn:
        cli.sendall(MSG)
        cli.shutdown(2)
        print(conn.recv(1024) == MSG, conn.recv(1024))
        try:
            cli.shutdown(42)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)


def BasicTCPTest_testDetach():
    cli, conn = _pair()
    with cli:
        fileno = conn.fileno()
        f = conn.detach()
        print(f == fileno, conn.fileno())
        try:
            conn.recv(1024)
        except OSError as e:
            print(type(e).__name__, e)
        conn.close()
        with socket.socket(fileno=f) as sock:
            cli.sendall(MSG)
            print(sock.recv(1024) == MSG)


def BasicTCPTest_testFromFd():
    cli, conn = _pair()
    with cli, conn:
        sock = socket.fromfd(conn.fileno(), socket.AF_INET, socket.SOCK_STREAM)
        with sock:
            print(sock.fileno() != conn.fileno(), sock.family == socket.AF_INET, sock.type == socket.SOCK_STREAM)
            cli.sendall(MSG)
            print(sock.recv(1024) == MSG)


def BasicTCPTest_testDup():
    cli, conn = _pair()
    with cli, conn:
        sock = conn.dup()
        with sock:
            print(sock.fileno() != conn.fileno(), sock.getsockname() == conn.getsockname())
            cli.sendall(MSG)
            print(sock.recv(1024) == MSG)


def BasicTCPTest_testNames():
    cli, conn = _pair()
    with cli, conn:
        print(cli.getpeername() == conn.getsockname(), conn.getpeername() == cli.getsockname())
        print(cli.getsockname()[0], type(cli.getsockname()[1]).__name__)


def BasicTCPTest_testRecvInto():
    cli, conn = _pair()
    with cli, conn:
        cli.sendall(MSG)
        buf = bytearray(1024)
        n = conn.recv_into(buf)
        print(n, bytes(buf[:n]) == MSG)
        cli.sendall(MSG)
        buf = bytearray(5)
        print(conn.recv_into(buf, 5), buf)


def BasicTCPTest_testPeek():
    cli, conn = _pair()
    with cli, conn:
        cli.sendall(MSG)
        print(conn.recv(5, socket.MSG_PEEK), conn.recv(5))


def BasicTCPTest_testRecvmsgOnTcp():
    cli, conn = _pair()
    with cli, conn:
        cli.sendmsg([MSG[:10], MSG[10:]])
        msg, anc, flags, addr = conn.recvmsg(1024)
        print(msg == MSG, anc, flags, addr)


def BasicUDPTest_testSendtoAndRecv():
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with a, b:
        a.bind(("127.0.0.1", 0))
        b.bind(("127.0.0.1", 0))
        b.sendto(MSG, a.getsockname())
        data, addr = a.recvfrom(len(MSG))
        print(data == MSG, addr == b.getsockname())


def BasicUDPTest_testRecvFromNegative():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as a:
        a.recvfrom(-1)


def BasicUDPTest_testSendmsgToAddress():
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with a, b:
        a.bind(("127.0.0.1", 0))
        print(b.sendmsg([b"x", b"yz"], [], 0, a.getsockname()))
        msg, anc, flags, addr = a.recvmsg(10)
        print(msg, anc, flags, addr == b.getsockname())
