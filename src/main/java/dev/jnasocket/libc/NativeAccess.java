package dev.jnasocket.libc;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Opens libc through JNA for {@link Sys}, and turns the two ways that fails on a user's machine into
 * one error that says what to do: JNA cannot load its own native library (its temporary folder is
 * not writable or is mounted noexec), or the JVM denies native access (JDK 22+ with
 * {@code --illegal-native-access=deny}, or an {@code --enable-native-access} that names another module).
 */
final class NativeAccess {
    private NativeAccess() {}

    /** JNA's logger: it logs a stack trace of its own before it throws when its temporary folder is missing. */
    private static final String JNA_LOGGER = "com.sun.jna.Native";

    /**
     * Loads JNA and libc now, if not yet done: a class whose first use may also be JNA's first use
     * calls this from its static initializer, so that the error below is what the caller sees.
     *
     * @throws UnsatisfiedLinkError with {@link #explain(Throwable)}'s message when JNA cannot load
     */
    static void ensureLoaded() {
        Sys.C.getName(); // Sys's initializer calls libc() once
    }

    /**
     * {@code NativeLibrary.getInstance("c")}, JNA's first use.
     *
     * @return libc
     * @throws UnsatisfiedLinkError with {@link #explain(Throwable)}'s message when JNA cannot load
     */
    static NativeLibrary libc() {
        // JNA's own log records wait here until we know whether the load worked: on failure the error
        // below says it all; on success they go to JNA's logger as they would have.
        Logger jna = Logger.getLogger(JNA_LOGGER);
        List<LogRecord> held = new ArrayList<>();
        Handler hold = new Handler() {
            @Override
            public void publish(LogRecord r) {
                r.getSourceClassName(); // the caller is inferred when first asked: ask now, inside JNA
                held.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        boolean parents = jna.getUseParentHandlers();
        jna.addHandler(hold);
        jna.setUseParentHandlers(false);
        NativeLibrary c;
        try {
            c = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);
        } catch (LinkageError | RuntimeException e) {
            throw new UnsatisfiedLinkError(explain(e));
        } finally {
            jna.removeHandler(hold);
            jna.setUseParentHandlers(parents);
        }
        held.forEach(jna::log);
        return c;
    }

    /**
     * What went wrong and what to do about it, for the failure {@code e} of JNA's first use.
     *
     * @param e what JNA (or the JVM under it) threw
     * @return one message: the cause, the fix, and JNA's own words
     */
    static String explain(Throwable e) {
        StringBuilder said = new StringBuilder();
        boolean denied = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            denied |= t instanceof IllegalCallerException || (m != null && m.contains("native access"));
            if (m != null && said.indexOf(m) < 0) {
                said.append(said.length() == 0 ? "" : "; ").append(t.getClass().getSimpleName()).append(": ").append(m);
            }
        }
        String what = denied
                ? "jna-socket cannot call libc: the JVM denies native access to JNA. Enable it for JNA:"
                        + " java --enable-native-access=ALL-UNNAMED (JNA on the class path),"
                        + " --enable-native-access=com.sun.jna (JNA on the module path), or"
                        + " 'Enable-Native-Access: ALL-UNNAMED' in your executable jar's manifest."
                : "jna-socket cannot call libc: JNA could not load its native library (libjnidispatch)."
                        + " JNA unpacks it into a temporary folder and loads it from there, so that folder must"
                        + " exist, be writable and not be mounted noexec: point -Djna.tmpdir= at one that is"
                        + " (the default is java.io.tmpdir), or unpack libjnidispatch from the JNA jar once and"
                        + " name its folder with -Djna.boot.library.path=.";
        return what + " See the README's Troubleshooting section. (" + (said.length() > 0 ? said : e.getClass().getName()) + ")";
    }
}
