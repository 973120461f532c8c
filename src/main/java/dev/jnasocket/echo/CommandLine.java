package dev.jnasocket.echo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CLI's one argument parser. Each command declares what it accepts in a {@link Spec}; the
 * same rules then hold for every command: {@code --name value} or {@code --name=value},
 * {@code --} ends the options, {@code --help} is always accepted, and anything else that starts
 * with {@code -} is an error. The help text's synopsis is made from the same Spec, so the two
 * cannot disagree; each option's default and help line come from the one {@link Option} table.
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
        private final Map<String, Option> options = new LinkedHashMap<>();
        private String operands;

        /**
         * @param accepted the options the command takes, from the one {@link Option} table
         * @return this spec
         */
        Spec options(Option... accepted) {
            for (Option o : accepted) {
                options.put(o.flag(), o);
            }
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

        /** @return e.g. {@code [--host H] [--port P] [--trace] [MESSAGE...]}: options with a value first */
        String synopsis() {
            List<String> parts = new ArrayList<>();
            options.values().stream().filter(o -> !o.isFlag()).forEach(o -> parts.add("[" + o.flag() + " " + o.metavar() + "]"));
            options.values().stream().filter(Option::isFlag).forEach(o -> parts.add("[" + o.flag() + "]"));
            if (operands != null) {
                parts.add("[" + operands + "...]");
            }
            return String.join(" ", parts);
        }
    }

    private final String command;
    private final Map<Option, String> values = new EnumMap<>(Option.class);
    private final Set<Option> given = EnumSet.noneOf(Option.class);
    private boolean help;
    private final List<String> operands = new ArrayList<>();

    private CommandLine(String command) {
        this.command = command;
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
        CommandLine line = new CommandLine(command);
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
            Option o = spec.options.get(name);
            if (o != null && !o.isFlag()) {
                line.given.add(o);
                if (eq >= 0) {
                    line.values.put(o, arg.substring(eq + 1));
                } else if (i + 1 < args.size()) {
                    line.values.put(o, args.get(++i));
                } else {
                    throw line.error(name + " needs a value");
                }
            } else if (eq < 0 && o != null) {
                line.given.add(o);
            } else if (eq < 0 && name.equals("--help")) {
                line.help = true;
            } else {
                throw line.error("unknown option '" + arg + "'");
            }
        }
        return line;
    }

    /** @return whether {@code --help} was given */
    boolean help() {
        return help;
    }

    /**
     * @param flag an option without a value, e.g. {@link Option#TRACE}
     * @return whether it was given
     */
    boolean flag(Option flag) {
        return given.contains(flag);
    }

    /**
     * @param o an option with a value
     * @return its value, or its default from the table
     */
    String value(Option o) {
        return values.getOrDefault(o, o.defaultValue());
    }

    /**
     * An option's value as a port number.
     *
     * @param o   the option, {@link Option#PORT}
     * @param min the smallest port allowed (0 where "any free port" makes sense, else 1)
     * @return the port
     * @throws UsageError if it is not an integer from {@code min} to 65535
     */
    int port(Option o, int min) throws UsageError {
        return integer(o, min, 65535);
    }

    /**
     * An option's value as an integer in a range.
     *
     * @param o   the option
     * @param min the smallest value allowed
     * @param max the largest
     * @return the value
     * @throws UsageError if it is not an integer in the range
     */
    int integer(Option o, int min, int max) throws UsageError {
        String v = value(o);
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw error(o.flag() + " must be an integer from " + min + " to " + max + ", not '" + v + "'");
    }

    /**
     * An option's value as a number of bytes: digits, optionally followed by {@code KiB}, {@code MiB}
     * or {@code GiB} (also {@code K}, {@code M}, {@code G}; all binary).
     *
     * @param o   the option
     * @param min the smallest value allowed
     * @param max the largest
     * @return the value
     * @throws UsageError if it is not such a number in the range
     */
    long bytes(Option o, long min, long max) throws UsageError {
        String v = value(o);
        long n = parseBytes(v);
        if (n >= min && n <= max) {
            return n;
        }
        throw error(o.flag() + " must be an integer from " + min + " to " + max + ", not '" + v + "'");
    }

    /**
     * @param text e.g. {@code 65536}, {@code 64KiB}, {@code 1G}
     * @return the number of bytes, or -1 if the text is not one (or overflows)
     */
    static long parseBytes(String text) {
        int shift = 0;
        String digits = text;
        String[][] suffixes = {{"KiB", "K"}, {"MiB", "M"}, {"GiB", "G"}};
        for (int i = 0; i < suffixes.length; i++) {
            for (String suffix : suffixes[i]) {
                if (text.endsWith(suffix)) {
                    shift = 10 * (i + 1);
                    digits = text.substring(0, text.length() - suffix.length());
                }
            }
        }
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long n = Long.parseLong(digits);
        return n > Long.MAX_VALUE >> shift ? -1 : n << shift;
    }

    /**
     * An option's value as a number of seconds.
     *
     * @param o the option
     * @return the value, 0 or more
     * @throws UsageError if it is not a non-negative number
     */
    double seconds(Option o) throws UsageError {
        String v = value(o);
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(o.flag() + " must be a number of seconds, 0 or more, not '" + v + "'");
    }

    /**
     * @param o an option
     * @return whether the command line gave it (rather than its default)
     */
    boolean given(Option o) {
        return given.contains(o);
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
