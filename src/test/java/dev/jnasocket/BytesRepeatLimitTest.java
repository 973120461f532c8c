package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@code data * n} past the largest array: CPython raises OverflowError("repeated bytes are too
 * long") past PY_SSIZE_T_MAX ({@code b'x' * 16 * 2**62}); here the bound is a Java array's, and
 * OverflowError is IllegalArgumentException, never an OutOfMemoryError.
 */
class BytesRepeatLimitTest {
    @Test
    void repeatingPastTheLargestArrayIsCpythonsOverflowError() {
        IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class,
                () -> bytes.mul(new byte[16], Integer.MAX_VALUE));
        assertThat(e.getMessage(), is("repeated bytes are too long"));
        assertThat(bytes.mul(new byte[] {'a', 'b'}, 3).length, is(6));
    }
}
