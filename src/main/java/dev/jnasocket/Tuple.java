package dev.jnasocket;

import java.math.BigInteger;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Python's {@code tuple}: an immutable list that prints as Python prints a tuple,
 * {@code (1, b'ab', 2.5)} and {@code (7,)}. What {@code struct.unpack} returns; a port of
 * {@code a, b = struct.unpack('!HI', data)} reads {@code var t = struct.unpack("!HI", data);}
 * then {@code int a = t.getInt(0); long b = t.getLong(1);}.
 */
public final class Tuple extends AbstractList<Object> implements RandomAccess {
    private final Object[] items;

    private Tuple(Object[] items) {
        this.items = items;
    }

    /**
     * Python's {@code (a, b, ...)}.
     *
     * @param items the items (copied); a null array, Java's {@code Tuple.of(null)}, is Python's {@code (None,)}
     * @return the tuple
     */
    public static Tuple of(Object... items) {
        return new Tuple(items == null ? new Object[] {null} : items.clone());
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /**
     * An integer item as an int.
     *
     * @param index the position
     * @return the item as an int (an integer item of {@code struct}'s {@code b B h H i} codes)
     * @throws ArithmeticException if the item is an integer that does not fit in an int
     */
    public int getInt(int index) {
        Object o = items[index];
        return o instanceof BigInteger b ? b.intValueExact() : Math.toIntExact(((Number) o).longValue());
    }

    /**
     * An integer item as a long.
     *
     * @param index the position
     * @return the item as a long (any integer item; an unsigned 64-bit value above
     *         {@code Long.MAX_VALUE} keeps its bits, as C's {@code (int64_t)} cast)
     */
    public long getLong(int index) {
        return ((Number) items[index]).longValue();
    }

    /**
     * A number item as a double.
     *
     * @param index the position
     * @return the item as a double (a float item, or an integer one converted)
     */
    public double getDouble(int index) {
        return ((Number) items[index]).doubleValue();
    }

    /**
     * A boolean item.
     *
     * @param index the position
     * @return the item as a boolean (a {@code ?} item)
     */
    public boolean getBool(int index) {
        return (Boolean) items[index];
    }

    /**
     * A bytes item.
     *
     * @param index the position
     * @return the item as bytes (a {@code c}, {@code s} or {@code p} item)
     */
    public byte[] getBytes(int index) {
        return (byte[]) items[index];
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(items, items.length);
    }

    /** Python's repr of the tuple: {@code (1, 2)}, {@code (1,)}, {@code ()}. */
    @Override
    public String toString() {
        return builtins.repr(this);
    }
}
