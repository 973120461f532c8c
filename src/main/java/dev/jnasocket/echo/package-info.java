/**
 * The programs: the echo server and client, and the command line of {@code target/jna-socket.jar}.
 * <ul>
 *   <li>{@link dev.jnasocket.echo.RawEchoServer} and {@link dev.jnasocket.echo.RawEchoClient}: the
 *       Python documentation's echo pair written C-shaped, straight on the raw layer
 *       ({@code import static dev.jnasocket.libc.LibC.*;}), every return value checked: the
 *       teacher's view.</li>
 *   <li>{@link dev.jnasocket.echo.EchoServer} and {@link dev.jnasocket.echo.EchoClient}: the same
 *       programs on the Python-style layer ({@code dev.jnasocket.socket}).</li>
 *   <li>{@link dev.jnasocket.echo.Main}: {@code demo}, {@code echo-server}, {@code echo-client},
 *       {@code --help}, {@code --version}.</li>
 * </ul>
 */
package dev.jnasocket.echo;
