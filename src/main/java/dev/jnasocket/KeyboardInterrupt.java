package dev.jnasocket;

/**
 * Python's {@code KeyboardInterrupt}: Ctrl-C (SIGINT) while the main thread waits in a blocking
 * call of this library ({@code accept}, {@code recv}, {@code select}, {@code serve_forever}, ...).
 * A port of {@code try: server.serve_forever() except KeyboardInterrupt: ...} is
 * {@code try { server.serve_forever(); } catch (KeyboardInterrupt e) { ... }}.
 *
 * <p>It is an {@link Error}, not an {@link Exception}, for the reason Python makes it a
 * {@code BaseException}: a ported {@code except Exception:} ({@code catch (Exception e)}) must
 * not swallow it. If it escapes {@code main}, the program prints {@code KeyboardInterrupt} on
 * standard error and exits with status 130, what a shell shows for a Python program ended by an
 * uncaught Ctrl-C. It is raised in the main thread only, as in Python, in a program whose main
 * thread prints with {@code builtins.print} or uses {@link socketserver} (a port); see the porting guide.
 */
public class KeyboardInterrupt extends Error {
    private static final long serialVersionUID = 1L;

    /** Python's {@code KeyboardInterrupt()}: no message ({@code str(e)} is {@code ''}). */
    public KeyboardInterrupt() {
        super(null, null, false, false);
    }
}
