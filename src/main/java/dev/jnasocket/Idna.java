package dev.jnasocket;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Python's {@code idna} codec (RFC 3490, {@code encodings/idna.py}) for encoding: its ASCII fast
 * path, its label split at the four dots, its per-label ToASCII, and its error texts. Nameprep
 * and Punycode are the JDK's ({@link IDN}, whose RFC 3491 tables are the same Unicode 3.2 ones);
 * what this class adds is Python's control flow around them and Python's wording of a failure.
 */
final class Idna {
    private Idna() {}

    /** The four full stops IDNA splits labels at. */
    private static final Pattern DOTS = Pattern.compile("[.\u3002\uff0e\uff61]");

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Python's {@code text.encode('idna')}, as text.
     *
     * @throws IllegalArgumentException with the codec's UnicodeError text ({@code "label empty or too long"})
     */
    static String encode(String input) {
        if (input.isEmpty()) {
            return "";
        }
        if (isAscii(input)) {
            String[] labels = input.split("\\.", -1);
            for (int i = 0; i < labels.length - 1; i++) {
                if (labels[i].isEmpty() || labels[i].length() >= 64) {
                    throw new IllegalArgumentException("label empty or too long");
                }
            }
            if (labels[labels.length - 1].length() >= 64) {
                throw new IllegalArgumentException("label too long");
            }
            return input;
        }
        List<String> labels = new ArrayList<>(List.of(DOTS.split(input, -1)));
        String trailingDot = "";
        if (!labels.isEmpty() && labels.get(labels.size() - 1).isEmpty()) {
            trailingDot = ".";
            labels.remove(labels.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String label : labels) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(toAscii(label));
        }
        return out.append(trailingDot).toString();
    }

    /** RFC 3490's ToASCII of one label, with AllowUnassigned as Python's codec has it. */
    private static String toAscii(String label) {
        if (isAscii(label)) {
            if (label.isEmpty() || label.length() >= 64) {
                throw new IllegalArgumentException("label empty or too long");
            }
            return label;
        }
        try {
            return IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("ACE Prefix")) {
                throw new IllegalArgumentException("Label starts with ACE prefix");
            }
            if (m.contains("prohibited")) {
                throw new IllegalArgumentException("Invalid character " + builtins.repr(prohibited(label)));
            }
            if (m.contains("BiDi")) {
                // RFC 3454 6: with a right-to-left character, no left-to-right one (2), and one at each end (3).
                boolean leftToRight = label.codePoints()
                        .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT);
                throw new IllegalArgumentException("Violation of BIDI requirement " + (leftToRight ? 2 : 3));
            }
            throw new IllegalArgumentException("label empty or too long"); // "too long", "Empty label"
        }
    }

    /** The character nameprep refused: the first that is refused on its own. */
    private static String prohibited(String label) {
        int[] cps = label.codePoints().toArray();
        for (int c : cps) {
            String one = new String(Character.toChars(c));
            if (c >= 0x80) {
                try {
                    IDN.toASCII(one, IDN.ALLOW_UNASSIGNED);
                } catch (IllegalArgumentException e) {
                    if (String.valueOf(e.getMessage()).contains("prohibited")) {
                        return one;
                    }
                }
            }
        }
        return new String(Character.toChars(cps[0]));
    }
}
