package dev.jnasocket.echo;

import dev.jnasocket.Address;
import dev.jnasocket.SocketObject;

/**
 * The {@code single} mode of {@link EchoServer}: the Python documentation's server, one client at
 * a time; the next waits in the listen backlog until the current one has ended.
 */
final class SingleEcho extends BlockingEcho {
    SingleEcho(EchoServer server) {
        super(server);
    }

    @Override
    void handle(SocketObject conn, Address addr) {
        echo(conn, addr);
    }
}
