package dev.jnasocket.echo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CLI's one argument parser. Each command declares what it accepts in a {@link Spec}; the
 * same rules then hold for every command: {@code --name value} or {@code --name=value},
 * {@code --} ends the options, {@code --help} is always accepted, and anything else that starts
 * with {@code -} is an error. The help text's synopsis is made from the same Spec, so the two
 * cannot disagree.
 */
final class CommandLine {
    /** A bad command line; its message is the one line the CLI prints before exiting with 2. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /** The options and operands one command accepts, in the order its synopsis shows them. */
    static final class Spec {
        private final Map<String, String> options = new LinkedHashMap<>();
        private final Map<String, String> metavars = new LinkedHashMap<>();
        private final Set<String> flags = new LinkedHashSet<>();
        private String operands;

        /**
         * @param name         e.g. {@code --port}
         * @param metavar      its value's name in the synopsis, e.g. {@code P}
         * @param defaultValue the value when the option is absent
         * @return this spec
         */
        Spec option(String name, String metavar, String defaultValue) {
            options.put(name, defaultValue);
            metavars.put(name, metavar);
            return this;
        }

        /**
         * @param name an option without a value, e.g. {@code --trace}
         * @return this spec
         */
        Spec flag(String name) {
            flags.add(name);
            return this;
        }

        /**
         * @param metavar the positional arguments' name, e.g. {@code MESSAGE}
         * @return this spec
         */
        Spec operands(String metavar) {
            operands = metavar;
            return this;
        }

        /** @return e.g. {@code [--host H] [--port P] [--trace] [MESSAGE...]} */
        String synopsis() {
            List<String> parts = new ArrayList<>();
            metavars.forEach((name, metavar) -> parts.add("[" + name + " " + metavar + "]"));
            flags.forEach(name -> parts.add("[" + name + "]"));
            if (operands != null) {
                parts.add("[" + operands + "...]");
            }
            return String.join(" ", parts);
        }
    }

    private final String command;
    private final Map<String, String> values;
    private final Set<String> givenFlags = new HashSet<>();
    private final Set<String> givenOptions = new HashSet<>();
    private final List<String> operands = new ArrayList<>();

    private CommandLine(String command, Spec spec) {
        this.command = command;
        this.values = new LinkedHashMap<>(spec.options);
    }

    /**
     * Parses a command's arguments.
     *
     * @param command the command's name, for error messages
     * @param spec    what it accepts
     * @param args    the arguments after the command's name
     * @return the parsed line
     * @throws UsageError for an unknown option, a missing value, or an operand the command does not take
     */
    static CommandLine parse(String command, Spec spec, List<String> args) throws UsageError {
        CommandLine line = new CommandLine(command, spec);
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (spec.operands == null) {
                    throw line.error("unexpected argument '" + arg + "'");
                }
                line.operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (spec.options.containsKey(name)) {
                line.givenOptions.add(name);
                if (eq >= 0) {
                    line.values.put(name, arg.substring(eq + 1));
                } else if (i + 1 < args.size()) {
                    line.values.put(name, args.get(++i));
                } else {
                    throw line.error(name + " needs a value");
                }
            } else if (eq < 0 && (spec.flags.contains(name) || name.equals("--help"))) {
                line.givenFlags.add(name);
            } else {
                throw line.error("unknown option '" + arg + "'");
            }
        }
        return line;
    }

    /**
     * @param name a flag, e.g. {@code --trace}
     * @return whether it was given
     */
    boolean flag(String name) {
        return givenFlags.contains(name);
    }

    /**
     * @param name an option of the spec
     * @return its value, or its default
     */
    String value(String name) {
        return values.get(name);
    }

    /**
     * An option's value as a port number.
     *
     * @param name the option, e.g. {@code --port}
     * @param min  the smallest port allowed (0 where "any free port" makes sense, else 1)
     * @return the port
     * @throws UsageError if it is not an integer from {@code min} to 65535
     */
    int port(String name, int min) throws UsageError {
        return integer(name, min, 65535);
    }

    /**
     * An option's value as an integer in a range.
     *
     * @param name the option
     * @param min  the smallest value allowed
     * @param max  the largest
     * @return the value
     * @throws UsageError if it is not an integer in the range
     */
    int integer(String name, int min, int max) throws UsageError {
        String v = value(name);
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw error(name + " must be an integer from " + min + " to " + max + ", not '" + v + "'");
    }

    /**
     * An option's value as a number of seconds.
     *
     * @param name the option
     * @return the value, 0 or more
     * @throws UsageError if it is not a non-negative number
     */
    double seconds(String name) throws UsageError {
        String v = value(name);
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(name + " must be a number of seconds, 0 or more, not '" + v + "'");
    }

    /**
     * @param name an option
     * @return whether the command line gave it (rather than its default)
     */
    boolean given(String name) {
        return givenOptions.contains(name);
    }

    /** @return the positional arguments, in order */
    List<String> operands() {
        return operands;
    }

    /** @return a usage error about this command, in the CLI's one-line form */
    UsageError error(String what) {
        return new UsageError(command + ": " + what);
    }
}
