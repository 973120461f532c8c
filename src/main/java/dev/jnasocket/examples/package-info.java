/**
 * Line-for-line Java ports of the Python documentation's socket examples, each beside its
 * Python original in the repository's {@code examples/} folder:
 * <ul>
 *   <li>{@link dev.jnasocket.examples.echo_server} / {@link dev.jnasocket.examples.echo_client}: the IPv4 pair of
 *       {@code Doc/library/socket.rst} ({@code echo_server.py}, {@code echo_client.py});</li>
 *   <li>{@link dev.jnasocket.examples.echo_server_any} / {@link dev.jnasocket.examples.echo_client_any}: the IPv4/IPv6
 *       pair that walks {@code getaddrinfo} ({@code echo_server_any.py}, {@code echo_client_any.py});</li>
 *   <li>{@link dev.jnasocket.examples.selectors_echo}: the selectors echo server of
 *       {@code Doc/library/selectors.rst} ({@code selectors_echo.py});</li>
 *   <li>{@link dev.jnasocket.examples.socketserver_tcp_server} / {@link dev.jnasocket.examples.socketserver_tcp_client},
 *       {@link dev.jnasocket.examples.socketserver_udp_server} / {@link dev.jnasocket.examples.socketserver_udp_client}
 *       and {@link dev.jnasocket.examples.socketserver_threaded}: the examples of
 *       {@code Doc/library/socketserver.rst};</li>
 *   <li>{@link dev.jnasocket.examples.struct_framed_server} / {@link dev.jnasocket.examples.struct_framed_client}: a
 *       request/response protocol framed with {@code struct} (a fixed header carrying the body's length).</li>
 * </ul>
 * Run one with {@code java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar
 * dev.jnasocket.examples.echo_server [PORT]} (the flag keeps JDK 24+'s native-access warning away).
 */
package dev.jnasocket.examples;
