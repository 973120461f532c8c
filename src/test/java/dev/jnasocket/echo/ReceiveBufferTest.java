package dev.jnasocket.echo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.Test;

/** The blocking modes' receive buffer: small while idle, doubling on full reads, never past its cap. */
class ReceiveBufferTest {
    @Test
    void startsSmallSoAnIdleConnectionHoldsLittle() {
        assertThat(new ReceiveBuffer(65536).array().length, is(ReceiveBuffer.INITIAL));
        assertThat("a cap below the first size wins", new ReceiveBuffer(100).array().length, is(100));
    }

    @Test
    void doublesOnFullReadsUpToTheCap() {
        ReceiveBuffer b = new ReceiveBuffer(65536);
        int[] sizes = new int[7];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = b.array().length;
            b.filled(b.array().length);
        }
        assertThat(sizes, is(new int[] {2048, 4096, 8192, 16384, 32768, 65536, 65536}));
    }

    @Test
    void aPartialReadKeepsTheBuffer() {
        ReceiveBuffer b = new ReceiveBuffer(65536);
        byte[] before = b.array();
        b.filled(before.length - 1);
        b.filled(0);
        assertThat(b.array(), is(sameInstance(before)));
    }

    @Test
    void anOddCapIsReachedExactly() {
        ReceiveBuffer b = new ReceiveBuffer(5000);
        b.filled(2048);
        b.filled(4096);
        assertThat(b.array().length, is(5000));
        b.filled(5000);
        assertThat(b.array().length, is(5000));
    }
}
