package dev.jnasocket;

/**
 * A connected loopback TCP connection and its listener, the fixture of CPython's
 * {@code SocketConnectedTest}: {@link #client} is the connecting side ({@code serv_conn} there),
 * {@link #conn} the accepted side ({@code cli_conn}). Closing the pair closes all three sockets.
 */
final class TcpPair implements AutoCloseable {
    final SocketObject listener;
    final SocketObject client;
    final SocketObject conn;

    private TcpPair(SocketObject listener, SocketObject client, SocketObject conn) {
        this.listener = listener;
        this.client = client;
        this.conn = conn;
    }

    /** A fresh connection on 127.0.0.1 and an ephemeral port. */
    static TcpPair open() throws OSError {
        SocketObject listener = socket.create_server("127.0.0.1", 0);
        SocketObject client = null;
        try {
            client = socket.create_connection(listener.getsockname());
            return new TcpPair(listener, client, listener.accept().conn());
        } catch (OSError | RuntimeException e) {
            if (client != null) {
                client.close();
            }
            listener.close();
            throw e;
        }
    }

    /** @return the listener's port */
    int port() throws OSError {
        return listener.getsockname().port();
    }

    @Override
    public void close() throws OSError {
        try (listener; client; conn) {
            // try-with-resources closes all three, even if one close fails
        }
    }
}
